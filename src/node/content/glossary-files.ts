/**
 * Whether the report has a glossary: any entry file in content/glossary/. A report without
 * one is normal, and Astro warns on an empty glob and on every read of an empty collection,
 * so the content config and the page helpers ask here first.
 */
import { existsSync, readdirSync } from 'node:fs';

/** The glossary's folder, relative to the project (Astro runs from the project's root). */
export const GLOSSARY_DIR = 'content/glossary';

export function hasGlossaryFiles(dir: string = GLOSSARY_DIR): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.md'));
}

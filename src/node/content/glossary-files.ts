/**
 * Whether a report has a glossary: any entry file in its glossary/ folder. A report without
 * one is normal, and Astro warns on an empty glob and on every read of an empty collection,
 * so the content config asks here first.
 */
import { existsSync, readdirSync } from 'node:fs';

/** `dir`: the glossary's folder, relative to the project (Astro runs from the project's root). */
export function hasGlossaryFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.md'));
}

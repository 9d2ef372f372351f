/**
 * The sections' slugs, read from `content/sections/*.mdx` when the Astro config loads, so
 * that the Markdown plugins can check links to sections and know which section a file
 * holds. (The collection schema checks the frontmatter itself; a missing slug is skipped
 * here and reported there.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from './frontmatter.ts';

/** Each section file's absolute path and slug, in file-name order. */
export function loadSectionFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort()) {
    const path = join(dir, name);
    const slug = (readFrontmatter(path) as { slug?: unknown } | null)?.slug;
    if (typeof slug === 'string') files.set(path, slug);
  }
  return files;
}

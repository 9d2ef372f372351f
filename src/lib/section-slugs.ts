/**
 * The sections' slugs, read from `content/sections/*.mdx` when the Astro config loads, so
 * that the Markdown plugins can check links to sections. (The collection schema checks
 * the frontmatter itself; a missing slug is skipped here and reported there.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from './frontmatter.ts';

export function loadSectionSlugs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => (readFrontmatter(join(dir, name)) as { slug?: unknown } | null)?.slug)
    .filter((slug): slug is string => typeof slug === 'string');
}

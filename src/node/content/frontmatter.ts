/** Reads the YAML frontmatter of a Markdown/MDX file, for code that runs before Astro's collections. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

export function readFrontmatter(file: string): unknown {
  const yaml = FRONTMATTER.exec(readFileSync(file, 'utf8'))?.[1];
  if (yaml === undefined) throw new Error(`${file}: no frontmatter`);
  return parse(yaml);
}

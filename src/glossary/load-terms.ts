/**
 * Reads the glossary entries' frontmatter from `content/glossary/*.md` when the Astro
 * config loads: the Markdown plugins need the terms before content collections exist.
 * The same zod schema as the collection checks it, so a bad entry fails here first,
 * with the file named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema } from '../schemas/glossary.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

export function loadGlossaryTerms(dir: string): GlossaryTerm[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const yaml = FRONTMATTER.exec(readFileSync(file, 'utf8'))?.[1];
      if (yaml === undefined) throw new Error(`${file}: no frontmatter`);
      const result = glossarySchema.safeParse(parse(yaml));
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `field "${issue.path.join('.')}": ${issue.message}`);
        throw new Error(`${file}: ${problems.join('; ')}`);
      }
      return { id: name.slice(0, -'.md'.length), term: result.data.term, aliases: result.data.aliases };
    });
}

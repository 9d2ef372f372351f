/**
 * Reads the glossary entries' frontmatter from `content/glossary/*.md` when the Astro
 * config loads: the Markdown plugins need the terms before content collections exist.
 * The same zod schema as the collection checks it, so a bad entry fails here first,
 * with the file named. A term or alias claimed by two entries is refused here too: a
 * mention in the text must lead to exactly one entry.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossarySchema } from '../../schemas/glossary.ts';
import { readFrontmatter } from './frontmatter.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
}

export function loadGlossaryTerms(dir: string): GlossaryTerm[] {
  const terms = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(dir, name));
      const result = glossarySchema.safeParse(readFrontmatter(file));
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `field "${issue.path.join('.')}": ${issue.message}`);
        throw new Error(`${file}: ${problems.join('; ')}`);
      }
      return { id: name.slice(0, -'.md'.length), file, term: result.data.term, aliases: result.data.aliases };
    });

  const owners = new Map<string, GlossaryTerm & { file: string }>();
  const claim = (name: string, entry: GlossaryTerm & { file: string }, field: 'term' | 'aliases') => {
    const owner = owners.get(name);
    if (owner && owner !== entry) throw new Error(`${entry.file}: field "${field}": "${name}" is also the term or an alias of ${owner.file}`);
    owners.set(name, entry);
  };
  for (const entry of terms) claim(entry.term, entry, 'term');
  for (const entry of terms) for (const alias of entry.aliases) claim(alias, entry, 'aliases');
  return terms.map(({ file: _file, ...term }) => term);
}

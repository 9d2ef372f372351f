import {
  emphasiseEnumeration,
  emphasiseLead,
  escapeMdxText,
  splitLeadSentence,
  toHeading,
  yamlString,
} from './markdown.ts';
import { GLOSSARY_PLAN } from './outline.ts';
import type { Manuscript } from './parse-manuscript.ts';
import { sectionSchema } from '../../src/schemas/section.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { partSchema, reportSchema } from '../../src/schemas/report.ts';
import { publishedSchema } from '../../src/schemas/addresses.ts';
import { currentAddresses, EMPTY_REDIRECTS, formatPublished } from '../../src/node/content/addresses.ts';

export interface ContentFile {
  /** Path relative to `content/`. */
  path: string;
  text: string;
}

type Section = Manuscript['sections'][number];

/** Fields are checked by the schema that will read them back, before they are written. */
function frontmatter(fields: Record<string, string | number | string[]>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    if (Array.isArray(value)) return `${key}: [${value.map(yamlString).join(', ')}]`;
    return `${key}: ${typeof value === 'number' ? value : yamlString(value)}`;
  });
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * The photo captions, where the source lists them (before the lead paragraph). The
 * pictures themselves are not part of the source, so the list says so.
 */
function captionList(captions: string[]): string {
  if (captions.length === 0) return '';
  const items = captions.map((caption) => `- ${escapeMdxText(caption)}`).join('\n');
  return `<Figures count={${captions.length}}>\n\n${items}\n\n</Figures>\n\n`;
}

function sectionBody(section: Section): { title: string; body: string } {
  const { plan, paragraphs } = section;
  switch (plan.style) {
    case 'plain':
      return { title: plan.title!, body: paragraphs.map(escapeMdxText).join('\n\n') };
    case 'lead':
      return {
        title: plan.title!,
        body: paragraphs
          .map((p) => emphasiseEnumeration(p.startsWith('——') ? emphasiseLead(p, '——') : emphasiseLead(p)))
          .join('\n\n'),
      };
    case 'area': {
      const [first, ...subAreas] = paragraphs;
      const opening = splitLeadSentence(first);
      if (!opening) throw new Error(`section "${plan.slug}": its first paragraph has no opening sentence`);
      const blocks = [escapeMdxText(opening.rest)];
      for (const paragraph of subAreas) {
        const split = splitLeadSentence(paragraph);
        if (!split) throw new Error(`section "${plan.slug}": paragraph "${paragraph.slice(0, 12)}…" has no opening sentence`);
        blocks.push(`## ${toHeading(split.lead)}`, escapeMdxText(split.rest));
      }
      return { title: opening.lead.replace(/。$/, ''), body: blocks.join('\n\n') };
    }
  }
}

/**
 * Every file the importer owns under `content/`, in a stable order. A new report (another
 * headline than the one in `content/report.json`) also starts a new list of published
 * addresses, those of its own sections and entries, and has no redirects; re-importing the
 * same report keeps both files as the builds and the editors left them.
 */
export function contentFiles(manuscript: Manuscript, { newReport = false }: { newReport?: boolean } = {}): ContentFile[] {
  const files: ContentFile[] = [];
  files.push({
    path: 'report.json',
    text: `${JSON.stringify(
      [reportSchema.parse({ id: 'report', title: manuscript.title, government: manuscript.government, headline: manuscript.headline, date: manuscript.date, dateText: manuscript.dateText })],
      null,
      2,
    )}\n`,
  });
  files.push({
    path: 'parts.json',
    text: `${JSON.stringify(
      manuscript.parts.map((part, i) => partSchema.parse({ id: part.id, order: i + 1, title: part.title, ...(part.subtitle ? { subtitle: part.subtitle } : {}) })),
      null,
      2,
    )}\n`,
  });

  const addressed: { sections: { slug: string; data: { title: string } }[]; glossary: { id: string; term: string }[] } = { sections: [], glossary: [] };
  manuscript.sections.forEach((section, i) => {
    const order = i + 1;
    const { title, body } = sectionBody(section);
    addressed.sections.push({ slug: section.plan.slug, data: { title } });
    const figures = section.plan.slug === 'overview' ? captionList(manuscript.captions) : '';
    const imports = figures ? "import Figures from '../../src/components/Figures.astro';\n\n" : '';
    files.push({
      path: `sections/${String(order).padStart(2, '0')}-${section.plan.slug}.mdx`,
      text: `${frontmatter(sectionSchema.parse({ title, shortTitle: section.plan.shortTitle, slug: section.plan.slug, order, part: section.plan.part }))}\n${imports}${figures}${body}\n`,
    });
  });

  manuscript.glossary.forEach(({ term, definition }, i) => {
    const plan = GLOSSARY_PLAN[term];
    if (!plan) throw new Error(`glossary term "${term}" has no id in GLOSSARY_PLAN (scripts/lib/outline.ts)`);
    addressed.glossary.push({ id: plan.id, term });
    files.push({
      path: `glossary/${plan.id}.md`,
      text: `${frontmatter(glossarySchema.parse({ term, order: i + 1, aliases: plan.aliases ?? [] }))}\n${escapeMdxText(definition)}\n`,
    });
  });

  if (newReport) {
    files.push({ path: 'published.yaml', text: formatPublished(publishedSchema.parse(currentAddresses(addressed))) });
    files.push({ path: 'redirects.yaml', text: EMPTY_REDIRECTS });
  }
  return files;
}

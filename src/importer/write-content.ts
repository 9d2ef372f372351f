import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import {
  emphasiseEnumeration,
  emphasiseLead,
  escapeMdxText,
  splitLeadSentence,
  toHeading,
  yamlString,
} from './mdx-text.ts';
import type { Manuscript } from './parse-manuscript.ts';
import { POINT_NUMBER } from '../shared/text.ts';
import type { Block } from './structure.ts';
import { shortLabel } from './slug.ts';
import { componentImport } from '../node/content/check-text.ts';
import { EMPTY_REDIRECTS, formatPublished } from '../node/content/addresses.ts';
import { sectionSchema } from '../schemas/section.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { partSchema, reportSchema } from '../schemas/report.ts';
import { indicatorSchema, type Chart, type Indicator } from '../schemas/indicators.ts';
import { draftIndicators, type IndicatorDraft, type DraftSection } from './indicator-draft.ts';

export interface ContentFile {
  /** Path relative to the report's folder. */
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

const captionItems = (captions: string[]) => captions.map((caption) => `- ${escapeMdxText(caption)}`).join('\n');

/**
 * The photo captions, where the source lists them (before the lead paragraph). The
 * pictures themselves are not part of the source, so the list says so.
 */
function captionList(captions: string[]): string {
  if (captions.length === 0) return '';
  return `<Captions count={${captions.length}}>\n\n${captionItems(captions)}\n\n</Captions>\n\n`;
}

/** Captions inside the text (consecutive ones together), where the pictures stood. */
function captionsInText(captions: string[]): string {
  return `<Captions count={${captions.length}} place="text">\n\n${captionItems(captions)}\n\n</Captions>`;
}

type TextBlock = Exclude<Block, { kind: 'caption' }>;

/**
 * The blocks of a section as Markdown: the captions among them as captions where they stand,
 * the rest written by `write`, which gets each block of text with its position among them.
 */
function writeBlocks(blocks: Block[], write: (block: TextBlock, index: number) => string[]): string[] {
  const written: string[] = [];
  let captions: string[] = [];
  const flush = () => {
    if (captions.length > 0) written.push(captionsInText(captions));
    captions = [];
  };
  let index = 0;
  for (const block of blocks) {
    if (block.kind === 'caption') {
      captions.push(block.text);
      continue;
    }
    flush();
    written.push(...write(block, index));
    index += 1;
  }
  flush();
  return written;
}

/** `一是…。` inside a paragraph, after the start or a mark (not `统一是…`). */
const ENUMERATION = new RegExp(`(^|[。；：，])(${POINT_NUMBER}[^。，；]{2,24}。)`, 'g');
const POINT = new RegExp(`^${POINT_NUMBER}`);

function boldEnumeration(text: string): string {
  return escapeMdxText(text).replace(ENUMERATION, '$1**$2**');
}

/**
 * A paragraph of a detected section: the lead sentence in bold when it is the paragraph's
 * summary (a `——` item, a `一是…` point, or a short sentence without commas), numbered points
 * inside it in bold.
 */
export function autoParagraph(text: string): string {
  const prefix = text.startsWith('——') ? '——' : '';
  const body = text.slice(prefix.length);
  const split = splitLeadSentence(body);
  const numbered = POINT.test(body);
  if (!split) return numbered || prefix ? `${escapeMdxText(prefix)}**${escapeMdxText(body)}**` : boldEnumeration(text);
  const short = [...split.lead].length <= 20 && !/[，、]/.test(split.lead);
  if (prefix || numbered || short)
    return `${escapeMdxText(prefix)}**${escapeMdxText(split.lead)}**${boldEnumeration(split.rest)}`;
  return boldEnumeration(text);
}

function autoBody(blocks: Block[]): string {
  return writeBlocks(blocks, (block) => [
    block.kind === 'heading' ? `## ${toHeading(block.text)}` : autoParagraph(block.text),
  ]).join('\n\n');
}

function sectionBody(section: Section): { title: string; body: string; paragraphs: string[] } {
  const plan = section;
  const blocks = section.blocks;
  // The text of the numbered paragraphs as the site shows them, for the figure draft.
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  switch (plan.style) {
    case 'auto':
      return { title: plan.title!, body: autoBody(blocks), paragraphs };
    case 'plain':
      return {
        title: plan.title!,
        body: writeBlocks(blocks, (block) => [escapeMdxText(block.text)]).join('\n\n'),
        paragraphs,
      };
    case 'lead':
      return {
        title: plan.title!,
        body: writeBlocks(blocks, ({ text: p }) => [
          emphasiseEnumeration(p.startsWith('——') ? emphasiseLead(p, '——') : emphasiseLead(p)),
        ]).join('\n\n'),
        paragraphs,
      };
    case 'area': {
      const first = blocks.find((block) => block.kind !== 'caption')?.text ?? '';
      const opening = splitLeadSentence(first);
      if (!opening) throw new Error(`section "${plan.slug}": its first paragraph has no opening sentence`);
      const shown: string[] = [];
      const body = writeBlocks(blocks, ({ text: paragraph }, index) => {
        if (index === 0) {
          shown.push(opening.rest);
          return [escapeMdxText(opening.rest)];
        }
        const split = splitLeadSentence(paragraph);
        if (!split)
          throw new Error(`section "${plan.slug}": paragraph "${paragraph.slice(0, 12)}…" has no opening sentence`);
        shown.push(split.rest);
        return [`## ${toHeading(split.lead)}`, escapeMdxText(split.rest)];
      });
      return { title: opening.lead.replace(/。$/, ''), body: body.join('\n\n'), paragraphs: shown };
    }
  }
}

/** The sections as the site shows them, for the figure draft: titles and numbered paragraphs. */
export function draftSections(manuscript: Manuscript): DraftSection[] {
  const parts = new Map(manuscript.parts.map((part) => [part.id, part.title]));
  return manuscript.sections.map((section) => {
    const { title, paragraphs } = sectionBody(section);
    return { slug: section.slug, title, partTitle: parts.get(section.part) ?? '', paragraphs };
  });
}

/**
 * The fields of `report.json` an editor writes and the text does not say (the home
 * page's introduction, the search examples…): kept when the same report is imported again.
 */
export const EDITED_REPORT_FIELDS = ['intro', 'searchExamples', 'figuresSummary', 'sourceNote'] as const;
export type EditedReportFields = Partial<Record<(typeof EDITED_REPORT_FIELDS)[number], unknown>>;

/** Every file the importer owns in the report's folder, in a stable order. */
export function contentFiles(manuscript: Manuscript, kept: EditedReportFields = {}): ContentFile[] {
  const files: ContentFile[] = [];
  files.push({
    path: 'report.json',
    text: `${JSON.stringify(
      [
        reportSchema.parse({
          id: 'report',
          title: manuscript.title,
          government: manuscript.government,
          headline: manuscript.headline,
          ...(manuscript.meeting ? { meeting: manuscript.meeting } : {}),
          ...(manuscript.speaker ? { speaker: manuscript.speaker } : {}),
          date: manuscript.date,
          dateText: manuscript.dateText,
          ...(manuscript.provenance.source || manuscript.provenance.published
            ? { provenance: manuscript.provenance }
            : {}),
          ...(manuscript.glossaryTitle ? { glossaryTitle: manuscript.glossaryTitle } : {}),
          ...Object.fromEntries(
            EDITED_REPORT_FIELDS.filter((field) => kept[field] !== undefined).map((field) => [field, kept[field]]),
          ),
        }),
      ],
      null,
      2,
    )}\n`,
  });
  files.push({
    path: 'parts.json',
    text: `${JSON.stringify(
      manuscript.parts.map((part, i) =>
        partSchema.parse({
          id: part.id,
          order: i + 1,
          title: part.title,
          ...(part.subtitle ? { subtitle: part.subtitle } : {}),
        }),
      ),
      null,
      2,
    )}\n`,
  });

  manuscript.sections.forEach((section, i) => {
    const order = i + 1;
    const { title, body } = sectionBody(section);
    const figures = i === 0 ? captionList(manuscript.captions) : '';
    const imports =
      figures || section.blocks.some((block) => block.kind === 'caption') ? `${componentImport('Captions')}\n\n` : '';
    files.push({
      path: `sections/${String(order).padStart(2, '0')}-${section.slug}.mdx`,
      text: `${frontmatter(sectionSchema.parse({ title, shortTitle: section.shortTitle ?? shortLabel(title), slug: section.slug, order, part: section.part }))}\n${imports}${figures}${body}\n`,
    });
  });

  // A report without a glossary keeps the (empty) folder, which the model of the report reads.
  if (manuscript.glossary.length === 0) files.push({ path: 'glossary/.gitkeep', text: '' });
  manuscript.glossary.forEach(({ term, definition, id, aliases }, i) => {
    files.push({
      path: `glossary/${id}.md`,
      text: `${frontmatter(glossarySchema.parse({ term, order: i + 1, aliases }))}\n${escapeMdxText(definition)}\n`,
    });
  });
  return files;
}

/** The year a report is given in, from its ISO date: its plans look ahead from it. */
export const reportYear = (manuscript: Pick<Manuscript, 'date'>) => Number(manuscript.date.slice(0, 4));

/** The draft of indicators.yaml for a new report: every figure of its text, to be curated. */
export function indicatorsDraft(manuscript: Manuscript): { text: string; draft: IndicatorDraft } {
  const names = manuscript.glossary.flatMap((entry) => [entry.term, ...entry.aliases]);
  const draft = draftIndicators(draftSections(manuscript), { year: reportYear(manuscript), names });
  const entry = (indicator: Indicator) => {
    const checked = indicatorSchema.parse(indicator);
    const { section, paragraph, quote } = checked.source;
    return [
      `  - id: ${checked.id}`,
      `    indicator: ${yamlString(checked.indicator)}`,
      `    value: ${checked.value}`,
      `    unit: ${yamlString(checked.unit)}`,
      `    period: ${yamlString(checked.period)}`,
      `    kind: ${checked.kind}`,
      ...(checked.qualifier ? [`    qualifier: ${yamlString(checked.qualifier)}`] : []),
      ...(checked.upper !== undefined ? [`    upper: ${checked.upper}`] : []),
      ...(checked.change ? [`    change: ${checked.change}`] : []),
      ...(checked.base ? [`    base: ${yamlString(checked.base)}`] : []),
      `    source: { section: ${yamlString(section)}, ${paragraph ? `paragraph: ${paragraph}, ` : ''}quote: ${yamlString(quote)} }`,
    ].join('\n');
  };
  const chart = (c: Chart) =>
    `  - id: ${c.id}\n    title: ${yamlString(c.title)}\n    type: ${c.type}\n    items: [${(c.items ?? []).join(', ')}]`;
  const text = [
    "# The report's figures as data (see docs/indicators.md), drafted by `npm run import` from the text:",
    `# ${draft.indicators.length} figures written in Arabic numerals with a unit. Check each indicator, period and`,
    '# kind, remove what is not a figure worth showing, and add charts; the draft is not written again',
    '# when the same report is re-imported. Remove `draft: true` once the figures are checked: until',
    '# then the 主要指标 page tells readers they were taken from the text by a program.',
    '',
    'draft: true',
    '',
    draft.charts.length ? `charts:\n${draft.charts.map(chart).join('\n')}` : 'charts: []',
    '',
    draft.indicators.length ? `indicators:\n${draft.indicators.map(entry).join('\n')}` : 'indicators: []',
    '',
  ].join('\n');
  return { text, draft };
}

/** Files that belong to one report, reset to their empty form when another report comes in. */
const PER_REPORT = /^(?:published|redirects|search-aliases|reconcile)\.(?:json|ya?ml)$/;

/** The empty value of the same shape: lists emptied, strings blanked, inside objects too. */
function emptyLike(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value === 'string') return '';
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, emptyLike(inner)]));
  return value;
}

/** reconcile.yaml of a report whose 对账单 no editor has read yet (docs/indicators.md). */
const EMPTY_RECONCILE = `# The editor's word on the 对账单 (docs/indicators.md): which result of the next year's
# report answers each target where the drafted pairing is wrong or missing, and whether every
# pair has been read against the texts. \`target\`: an id of this report's indicators.yaml;
# \`result\`: an id of the next report's, or null when it gives none.
# - target: <target id>
#   result: <result id>
confirmed: false
pairs: []
`;

/** search-aliases.yaml of a report that has no everyday words of its own. */
const EMPTY_SEARCH_ALIASES = `# Everyday words readers type that the report does not use, with the report's own words
# for the same thing (docs/search.md). \`words\`: what readers type; \`means\`: words that
# occur in the report. The build stops with the entry named if a \`means\` word does not.
# - words: [看病, 就医]
#   means: [医疗]
[]
`;

/**
 * What a new report starts from: the figures drafted from its text, and the per-report files
 * (published.yaml, redirects.yaml, search-aliases.yaml) empty; where the folder held them
 * already, emptied with their leading comments kept.
 */
export async function freshReportFiles(contentDir: string, indicatorsText: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [{ path: 'indicators.yaml', text: indicatorsText }];
  const present = (await readdir(contentDir).catch(() => [] as string[])).filter((n) => PER_REPORT.test(n));
  const missing: ContentFile[] = [
    { path: 'published.yaml', text: formatPublished({}) },
    { path: 'redirects.yaml', text: EMPTY_REDIRECTS },
    { path: 'search-aliases.yaml', text: EMPTY_SEARCH_ALIASES },
    { path: 'reconcile.yaml', text: EMPTY_RECONCILE },
  ].filter((file) => !present.some((name) => name.replace(/\.\w+$/, '') === file.path.replace(/\.\w+$/, '')));
  files.push(...missing);
  for (const name of present.sort()) {
    const text = await readFile(join(contentDir, name), 'utf8');
    if (name === 'reconcile.yaml') {
      // Another report's pairs name figures this one does not have.
      files.push({ path: name, text: EMPTY_RECONCILE });
    } else if (name === 'published.yaml') {
      // Written as the build writes it: its paragraphs are keyed by address, not by field.
      files.push({ path: name, text: formatPublished({}) });
    } else if (name.endsWith('.json')) {
      let value: unknown = [];
      try {
        value = JSON.parse(text);
      } catch {
        // An unreadable file is reset to an empty list.
      }
      files.push({ path: name, text: `${JSON.stringify(emptyLike(value), null, 2)}\n` });
    } else {
      const comments = text.match(/^(?:#.*\n|\s*\n)*/)?.[0] ?? '';
      let value: unknown = null;
      try {
        value = parse(text);
      } catch {
        // As above.
      }
      files.push({
        path: name,
        text: `${comments}${value === null || value === undefined ? '' : stringify(emptyLike(value))}`,
      });
    }
  }
  return files;
}

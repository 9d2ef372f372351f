/**
 * The model of the report, read once from `content/` in Node: what the Astro config, the
 * Markdown pipeline, the integrations and the importer's checks work from. Every file is
 * checked by the zod schemas of src/schemas/ (the same ones the content collections use),
 * and the rules across files that zod cannot see on one entry are checked here: reading
 * order and slugs unique, every section in a part that exists, a term or alias claimed by
 * one entry only. All problems found are reported together, each naming its file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative, resolve } from 'node:path';
import { ContentError, schemaProblems, type ContentProblem } from '../../shared/content-error.ts';
import { sectionSchema, type SectionData } from '../../schemas/section.ts';
import { glossarySchema, type GlossaryData } from '../../schemas/glossary.ts';
import { partSchema, reportSchema, type PartData, type ReportData } from '../../schemas/report.ts';
import { parseFrontmatter, cleanText } from './frontmatter.ts';
import { checkText } from './check-text.ts';
import { sectionBlocks } from './section-blocks.ts';
import { sectionPlaces, type SectionPlace } from '../../shared/places.ts';
import { loadIndicators, type IndicatorData } from './load-indicators.ts';
import { loadAddresses } from './load-addresses.ts';
import { sectionAnchors } from './paragraph-anchors.ts';
import { currentAddresses, lostAddressProblems, redirectProblems, redirectTarget, resolveSectionSlug } from './addresses.ts';
import { sectionPath } from '../../shared/paths.ts';
import { chosenReport, REPORT_FILES, reportFile, reportFolder } from './report-files.ts';
import type { PublishedData, Redirect } from '../../schemas/addresses.ts';

export interface SectionFile {
  /** Relative to the project: `content/reports/guowuyuan/2021/sections/02-achievements.mdx`. */
  file: string;
  /** Absolute, as the Markdown pipeline sees it. */
  path: string;
  data: SectionData;
  slug: string;
  body: string;
  /** Where the section starts in the report's numbering (src/shared/places.ts). */
  place: SectionPlace;
  /** How many paragraphs its text has: the ones with an anchor. */
  paragraphs: number;
  /** The anchor of each paragraph, in reading order (src/node/content/paragraph-anchors.ts). */
  anchors: string[];
  /** For each paragraph, the anchors of gone paragraphs that now lead to it. */
  aliases: string[][];
  /** The section's line of <report>/published.yaml after this build: its anchors and their texts. */
  anchorRecord: string[];
}

export interface GlossaryTerm {
  /** The file name without `.md`: the entry's URL. */
  id: string;
  term: string;
  aliases: string[];
}

export interface GlossaryFile extends GlossaryTerm {
  file: string;
  path: string;
  data: GlossaryData;
  /** The definition as written (Markdown). */
  definition: string;
}

export interface ReportModel {
  /** The report's id in the library: `guowuyuan/2021` (src/node/content/report-files.ts). */
  id: string;
  /** Its folder, relative to the project: `content/reports/guowuyuan/2021`. */
  dir: string;
  report: ReportData;
  /** In reading order. */
  parts: PartData[];
  /** In reading order. */
  sections: SectionFile[];
  /** In the order of the report's glossary. */
  glossary: GlossaryFile[];
  indicators: IndicatorData;
  /** published.yaml as read: every address published before this build. */
  published: PublishedData;
  /** redirects.yaml: published addresses that moved. */
  redirects: Redirect[];
}

/**
 * The anchors a section published: under its address, or, for a section renamed since, under
 * the old address that redirects to it.
 */
function recordedAnchors(published: PublishedData, redirects: readonly Redirect[], slug: string): string[] | undefined {
  const address = sectionPath(slug);
  const own = published.paragraphs[address];
  if (own) return own;
  const old = redirects.find(({ from }) => redirectTarget(redirects, from) === address && published.paragraphs[from]);
  return old ? published.paragraphs[old.from] : undefined;
}

/** The files of `dir` with `extension`, by name; none when there is no such folder. */
function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

function readJsonList(root: string, file: string): { raw: unknown; problems: ContentProblem[] } {
  try {
    return { raw: JSON.parse(cleanText(readFileSync(join(root, file), 'utf8'))), problems: [] };
  } catch (error) {
    return { raw: undefined, problems: [{ file, message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

/** A kind of entry file: its folder, extension and schema, and what an empty body lacks. */
interface EntryKind<T> {
  dir: string;
  extension: '.mdx' | '.md';
  schema: z.ZodType<T>;
  emptyBody: (data: T) => string;
}

const SECTIONS: EntryKind<SectionData> = {
  dir: REPORT_FILES.sections,
  extension: '.mdx',
  schema: sectionSchema,
  emptyBody: () => 'the section has no text: write its paragraphs after the frontmatter',
};

const GLOSSARY: EntryKind<GlossaryData> = {
  dir: REPORT_FILES.glossary,
  extension: '.md',
  schema: glossarySchema,
  emptyBody: ({ term }) => `the definition of “${term}” is empty: write what the term means after the frontmatter`,
};

interface Entry<T> {
  name: string;
  /** Relative to the project, for messages; `path` is absolute. */
  file: string;
  path: string;
  data: T;
  body: string;
  lineOf: (path: PropertyKey[]) => number | undefined;
}

/**
 * The entry files of one kind, by name: each one's frontmatter checked by its schema and its
 * body by checkText. An entry refused by its schema is left out; its problems, like every
 * other, go into `problems`.
 */
function readEntries<T>(root: string, reportDir: string, problems: ContentProblem[], { dir, extension, schema, emptyBody }: EntryKind<T>): Entry<T>[] {
  const entries: Entry<T>[] = [];
  const folder = resolve(root, reportDir, dir);
  for (const name of listFiles(folder, extension)) {
    const path = join(folder, name);
    const file = relative(root, path);
    try {
      const matter = parseFrontmatter(file, readFileSync(path, 'utf8'));
      const result = schema.safeParse(matter.data);
      if (!result.success) {
        problems.push(...schemaProblems(file, result.error.issues, (p) => ({ line: matter.lineOf(p) })));
        continue;
      }
      if (!matter.body.trim()) problems.push({ file, field: 'body', message: emptyBody(result.data) });
      problems.push(...checkText(matter.body, { file, bodyLine: matter.bodyLine, kind: extension === '.mdx' ? 'mdx' : 'md' }));
      entries.push({ name, file, path, data: result.data, body: matter.body, lineOf: matter.lineOf });
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  return entries;
}

/**
 * Reads and checks the report `id` (default: the one the build renders, src/node/content/
 * report-files.ts) of the project at `root` (default: the project, where Astro runs).
 */
export function loadReport(root: string = process.cwd(), id: string = chosenReport(root)): ReportModel {
  const problems: ContentProblem[] = [];
  const dir = reportFolder(id);

  // report.json: one entry.
  const reportJsonFile = reportFile(dir, REPORT_FILES.report);
  const reportJson = readJsonList(root, reportJsonFile);
  problems.push(...reportJson.problems);
  const reportEntry = Array.isArray(reportJson.raw) ? reportJson.raw[0] : reportJson.raw;
  const reportResult = reportSchema.safeParse(reportEntry);
  if (!reportJson.problems.length && !reportResult.success) problems.push(...schemaProblems(reportJsonFile, reportResult.error.issues));

  // parts.json: the report's parts, in order.
  const partsFile = reportFile(dir, REPORT_FILES.parts);
  const partsJson = readJsonList(root, partsFile);
  problems.push(...partsJson.problems);
  const parts: PartData[] = [];
  if (Array.isArray(partsJson.raw)) {
    partsJson.raw.forEach((raw: unknown, index) => {
      const result = partSchema.safeParse(raw);
      if (result.success) parts.push(result.data);
      else problems.push(...schemaProblems(partsFile, result.error.issues, (path) => ({ entry: `part ${index + 1}`, field: path.map(String).join('.') })));
    });
  } else if (!partsJson.problems.length) {
    problems.push({ file: partsFile, message: 'expected a list of parts: [{ "id": …, "order": …, "title": … }]' });
  }
  parts.sort((a, b) => a.order - b.order);
  parts.forEach((part, i) => {
    if (i > 0 && parts[i - 1].order === part.order) problems.push({ file: partsFile, entry: `part "${part.id}"`, field: 'order', message: `${part.order} is already used by part "${parts[i - 1].id}": give each part its own order` });
  });

  // sections/*.mdx
  const sections: SectionFile[] = [];
  const sectionLines = new Map<SectionFile, (path: PropertyKey[]) => number | undefined>();
  for (const { file, path, data, body, lineOf } of readEntries(root, dir, problems, SECTIONS)) {
    const section: SectionFile = { file, path, data, slug: data.slug, body, place: { before: 0 }, paragraphs: 0, anchors: [], aliases: [], anchorRecord: [] };
    sections.push(section);
    sectionLines.set(section, lineOf);
  }
  sections.sort((a, b) => a.data.order - b.data.order);
  const partIds = new Set(parts.map((part) => part.id));
  const firstWith = new Map<string, SectionFile>();
  for (const section of sections) {
    const lineOf = sectionLines.get(section)!;
    for (const field of ['order', 'slug'] as const) {
      const key = `${field}:${section.data[field]}`;
      const other = firstWith.get(key);
      if (other) problems.push({ file: section.file, line: lineOf([field]), field, message: `${JSON.stringify(section.data[field])} is already used by ${other.file}: give each section its own ${field}` });
      else firstWith.set(key, section);
    }
    if (parts.length && !partIds.has(section.data.part)) {
      problems.push({ file: section.file, line: lineOf(['part']), field: 'part', message: `no part "${section.data.part}" in ${partsFile} (write one of: ${[...partIds].join(', ')})` });
    }
  }

  // glossary/*.md
  const glossary: GlossaryFile[] = [];
  for (const { name, file, path, data, body } of readEntries(root, dir, problems, GLOSSARY)) {
    glossary.push({ id: name.slice(0, -'.md'.length), file, path, data, term: data.term, aliases: data.aliases, definition: body.trim() });
  }
  glossary.sort((a, b) => a.data.order - b.data.order);
  // A mention in the text must lead to exactly one entry.
  const owners = new Map<string, GlossaryFile>();
  const claim = (name: string, entry: GlossaryFile, field: 'term' | 'aliases') => {
    const owner = owners.get(name);
    if (owner && owner !== entry) problems.push({ file: entry.file, field, message: `"${name}" is also the term or an alias of ${owner.file}: a term leads to one entry` });
    owners.set(name, entry);
  };
  for (const entry of glossary) claim(entry.term, entry, 'term');
  for (const entry of glossary) for (const alias of entry.aliases) claim(alias, entry, 'aliases');
  const orders = new Map<number, GlossaryFile>();
  for (const entry of glossary) {
    const other = orders.get(entry.data.order);
    if (other) problems.push({ file: entry.file, field: 'order', message: `${entry.data.order} is already used by ${other.file}: give each entry its own order` });
    orders.set(entry.data.order, entry);
  }

  // indicators.yaml, if the report has figures.
  let indicators: IndicatorData = { indicators: [], charts: [], draft: false, lines: {} };
  const indicatorsFile = reportFile(dir, REPORT_FILES.indicators);
  try {
    if (existsSync(join(root, indicatorsFile))) indicators = loadIndicators(indicatorsFile, readFileSync(join(root, indicatorsFile), 'utf8'));
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
  }

  // Published addresses do not die: each one a page answers or a redirect sends on
  // (src/node/content/addresses.ts). Checked on content that is otherwise sound, so that a
  // section refused above does not also count as gone.
  const addresses = loadAddresses(root, dir);
  problems.push(...addresses.problems);
  const { published, redirects } = addresses;
  if (problems.length === 0) {
    const now = currentAddresses({ sections, glossary });
    const current = new Set([...now.pages, ...now.sections.map((s) => s.address), ...now.glossary.map((g) => g.address)]);
    const before = new Set([...published.pages, ...published.sections.map((s) => s.address), ...published.glossary.map((g) => g.address)]);
    problems.push(...lostAddressProblems(published, { dir, sections, glossary, redirects, slugLine: (s) => sectionLines.get(s as SectionFile)?.(['slug']) }));
    problems.push(...redirectProblems(redirects, { dir, current, published: before, lineOf: addresses.redirectLine }));
  }
  // A figure names its section by slug: a renamed section's figures follow its redirect.
  indicators = {
    ...indicators,
    indicators: indicators.indicators.map((i) => ({ ...i, source: { ...i.source, section: resolveSectionSlug(redirects, i.source.section) } })),
  };

  if (problems.length > 0) throw new ContentError(problems);
  const blocks = sections.map((section) => sectionBlocks(section.body));
  const places = sectionPlaces(
    sections.map((section, i) => ({ part: section.data.part, title: section.data.title, blocks: blocks[i] })),
    new Map(parts.map((part) => [part.id, part.title])),
  );
  sections.forEach((section, i) => {
    section.place = places[i];
    const texts = blocks[i].flatMap((block) => (block.kind === 'paragraph' ? [block.text ?? ''] : []));
    section.paragraphs = texts.length;
    const { anchors, aliases, record } = sectionAnchors(recordedAnchors(published, redirects, section.slug), texts);
    Object.assign(section, { anchors, aliases, anchorRecord: record });
  });
  return { id, dir, report: reportResult.data!, parts, sections, glossary, indicators, published, redirects };
}

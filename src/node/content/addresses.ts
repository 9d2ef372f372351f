/**
 * Published addresses do not die. `<report>/published.yaml` lists every address the site
 * has published; the build adds the new ones and never removes one. An address of the list
 * that no page answers any more (a section's slug renamed, a glossary entry removed) stops
 * the build unless `<report>/redirects.yaml` sends it to a page that exists, and the build
 * then writes a page at the old address that leads to the new one.
 *
 * The pure part: what the site publishes now, the list merged with it, the addresses lost,
 * the redirects checked. Reading the files is load-addresses.ts.
 */
import type { ContentProblem } from '../../shared/content-error.ts';
import { fullReportPath, glossaryIndexPath, glossaryPath, indicatorsPath, searchPath, sectionPath } from '../../shared/paths.ts';
import type { PublishedData, PublishedInput, Redirect } from '../../schemas/addresses.ts';
import { REPORT_FILES, reportFile } from './report-files.ts';

/** redirects.yaml of a report that has moved no page. */
export const EMPTY_REDIRECTS = `# Published addresses that moved: the build writes a page at \`from\` that leads to \`to\`.
# Addresses are relative to the site's base path and end in "/" (docs/editing.md):
# - { from: sections/goals/, to: sections/targets/ }
[]
`;

/** The pages that are neither a section nor a glossary entry (src/pages/). */
export const SITE_PAGES: readonly string[] = ['', fullReportPath(), glossaryIndexPath(), indicatorsPath(), searchPath()];

/** What the address rules need of a section and of a glossary entry. */
export interface AddressedSection {
  file: string;
  slug: string;
  data: { title: string };
  /** Its paragraph anchors and their texts, once the model has aligned them (paragraph-anchors.ts). */
  anchorRecord?: string[];
}
export interface AddressedEntry {
  file: string;
  id: string;
  term: string;
}

const byAddress = <T extends { address: string }>(a: T, b: T): number => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
const sorted = (list: string[]): string[] => [...new Set(list)].sort();

/** Every address the site publishes with this content. */
export function currentAddresses(content: { sections: readonly Pick<AddressedSection, 'slug' | 'data' | 'anchorRecord'>[]; glossary: readonly Pick<AddressedEntry, 'id' | 'term'>[] }): PublishedData {
  return {
    pages: sorted([...SITE_PAGES]),
    sections: content.sections.map((s) => ({ address: sectionPath(s.slug), title: s.data.title })).sort(byAddress),
    glossary: content.glossary.map((g) => ({ address: glossaryPath(g.id), term: g.term })).sort(byAddress),
    paragraphs: byKey(content.sections.filter((s) => s.anchorRecord?.length).map((s) => [sectionPath(s.slug), s.anchorRecord!])),
  };
}

/** A record of `entries`, in key order. */
const byKey = (entries: [string, string[]][]): Record<string, string[]> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The list after a build: every address it held and every address published now, in
 * address order. An address published now carries its current title or term.
 */
export function mergePublished(published: PublishedData, current: PublishedData): PublishedData {
  const merge = <T extends { address: string }>(old: T[], now: T[]): T[] => {
    const map = new Map(old.map((item) => [item.address, item]));
    for (const item of now) map.set(item.address, item);
    return [...map.values()].sort(byAddress);
  };
  return {
    pages: sorted([...published.pages, ...current.pages]),
    sections: merge(published.sections, current.sections),
    glossary: merge(published.glossary, current.glossary),
    // A section's anchors now replace those it had: its record keeps every anchor it published.
    paragraphs: byKey(Object.entries({ ...published.paragraphs, ...current.paragraphs })),
  };
}

/** The list as the file holds it: one address a line, in address order (stable diffs). */
export function formatPublished(data: PublishedInput): string {
  const paragraphs = data.paragraphs ?? {};
  const q = (text: string) => JSON.stringify(text);
  const list = (key: string, items: string[]) => (items.length ? [`${key}:`, ...items.map((item) => `  - ${item}`)] : [`${key}: []`]);
  const lines = [
    '# Every address this site has published, relative to its base path ("" is the home page).',
    '# The build adds new addresses here: commit this file with the content that made them.',
    '# None is ever removed: an address that no page answers any more stops the build until',
    '# redirects.yaml beside it sends it to a page that exists (see docs/editing.md).',
    ...list('pages', (data.pages ?? []).map(q)),
    ...list('sections', (data.sections ?? []).map(({ address, title }) => `{ address: ${q(address)}, title: ${q(title)} }`)),
    ...list('glossary', (data.glossary ?? []).map(({ address, term }) => `{ address: ${q(address)}, term: ${q(term)} }`)),
    '# The paragraph anchors of each section, each with the hash and the opening of its text:',
    '# an anchor stays with its paragraph when paragraphs are inserted or removed above it.',
    ...(Object.keys(paragraphs).length
      ? ['paragraphs:', ...Object.entries(paragraphs).flatMap(([address, lines]) => [`  ${q(address)}:`, ...lines.map((line) => `    - ${q(line)}`)])]
      : ['paragraphs: {}']),
  ];
  return `${lines.join('\n')}\n`;
}

/** Where a redirected address leads, following redirects; undefined if it is not redirected. */
export function redirectTarget(redirects: readonly Redirect[], address: string): string | undefined {
  const next = new Map(redirects.map(({ from, to }) => [from, to]));
  const seen = new Set<string>([address]);
  let at = next.get(address);
  if (at === undefined) return undefined;
  while (next.has(at) && !seen.has(at)) {
    seen.add(at);
    at = next.get(at)!;
  }
  return at;
}

/** The section slug that a slug written in the data (`source.section`) now stands for. */
export function resolveSectionSlug(redirects: readonly Redirect[], slug: string): string {
  const to = redirectTarget(redirects, sectionPath(slug));
  const match = to === undefined ? null : /^sections\/([^/]+)\/$/.exec(to);
  return match ? match[1] : slug;
}

/**
 * The problems of `<report>/redirects.yaml`, each at its entry's line: a redirect from a page
 * that exists or from an address never published, written twice, to itself, into a loop,
 * to another redirect or to no page.
 */
export function redirectProblems(
  redirects: readonly Redirect[],
  {
    dir,
    current,
    published,
    lineOf,
  }: {
    /** The report's folder (src/node/content/report-files.ts). */
    dir: string;
    current: ReadonlySet<string>;
    published: ReadonlySet<string>;
    lineOf: (index: number, field: 'from' | 'to') => number | undefined;
  },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = reportFile(dir, REPORT_FILES.redirects);
  const at = (index: number, field: 'from' | 'to', message: string) => problems.push({ file, line: lineOf(index, field), field, message });
  const next = new Map<string, string>();
  const firstIndex = new Map<string, number>();
  redirects.forEach(({ from, to }, index) => {
    const earlier = firstIndex.get(from);
    if (earlier !== undefined) at(index, 'from', `${from} is redirected twice (also at line ${lineOf(earlier, 'from') ?? earlier + 1}): keep one redirect`);
    else {
      firstIndex.set(from, index);
      next.set(from, to);
    }
  });
  redirects.forEach(({ from, to }, index) => {
    if (firstIndex.get(from) !== index) return;
    if (current.has(from)) {
      at(index, 'from', `${from} is a page of the site: a redirect would hide it; remove this redirect`);
      return;
    }
    if (!published.has(from)) {
      at(index, 'from', `${from} was never published (it is not in ${reportFile(dir, REPORT_FILES.published)}): only a published address needs a redirect; remove this redirect or correct the address`);
    }
    if (to === from) {
      at(index, 'to', `the redirect from ${from} points to itself: write the address the page moved to`);
      return;
    }
    if (current.has(to)) return;
    if (next.has(to)) {
      const chain = [from, to];
      let step = next.get(to);
      while (step !== undefined && !chain.includes(step)) {
        chain.push(step);
        step = next.get(step);
      }
      if (step !== undefined) at(index, 'to', `the redirects loop: ${[...chain, step].join(' → ')}: point each redirect at a page that exists`);
      else if (current.has(chain.at(-1)!)) at(index, 'to', `${to} is itself redirected: write to: ${chain.at(-1)}`);
      else at(index, 'to', `${to} is itself redirected, to ${chain.at(-1)}, where no page is: point each redirect at a page that exists`);
      return;
    }
    at(index, 'to', `no page at ${to}: write the address of a section (sections/<slug>/), a glossary entry (glossary/<id>/) or another page of the site`);
  });
  return problems;
}

/** Published addresses that no page answers and no redirect sends anywhere. */
export function lostAddresses(published: PublishedData, current: ReadonlySet<string>, redirects: readonly Redirect[]) {
  const redirected = new Set(redirects.map((r) => r.from));
  const lost = (address: string) => !current.has(address) && !redirected.has(address);
  return {
    pages: published.pages.filter(lost),
    sections: published.sections.filter((s) => lost(s.address)),
    glossary: published.glossary.filter((g) => lost(g.address)),
  };
}

/** Sections whose text uses a term, or links to the entry by hand (`glossary:<id>`). */
export function sectionsUsing(sections: readonly (AddressedSection & { body: string })[], term: string, id: string): string[] {
  return sections.filter((s) => s.body.includes(term) || s.body.includes(`glossary:${id})`)).map((s) => s.file);
}

/**
 * One problem for each published address lost, at the file an editor changed where it can
 * be told (the section whose slug was renamed, the entry that was removed or renamed), with
 * the redirect to declare.
 */
export function lostAddressProblems(
  published: PublishedData,
  content: {
    /** The report's folder (src/node/content/report-files.ts). */
    dir: string;
    sections: readonly (AddressedSection & { body: string })[];
    glossary: readonly AddressedEntry[];
    redirects: readonly Redirect[];
    /** The line of a section's `slug` field. */
    slugLine?: (section: AddressedSection) => number | undefined;
  },
): ContentProblem[] {
  const now = currentAddresses(content);
  const current = new Set([...now.pages, ...now.sections.map((s) => s.address), ...now.glossary.map((g) => g.address)]);
  const before = new Set([...published.pages, ...published.sections.map((s) => s.address), ...published.glossary.map((g) => g.address)]);
  const lost = lostAddresses(published, current, content.redirects);
  const redirect = (from: string, to: string) => `add a redirect in ${reportFile(content.dir, REPORT_FILES.redirects)} (from: ${from}, to: ${to})`;
  const problems: ContentProblem[] = [];

  for (const address of lost.pages) {
    problems.push({ file: reportFile(content.dir, REPORT_FILES.published), message: `the page ${address} was published and no longer exists: ${redirect(address, '<address>')} or restore the page` });
  }
  for (const { address, title } of lost.sections) {
    const slug = address.replace(/^sections\/|\/$/g, '');
    const fresh = content.sections.filter((s) => !before.has(sectionPath(s.slug)));
    // The section that had this slug: its file is still named after it, or it kept its title.
    const renamed =
      content.sections.find((s) => new RegExp(`^(?:.*/)?\\d+-${slug}\\.mdx$`).test(s.file)) ?? fresh.find((s) => s.data.title === title);
    if (renamed) {
      problems.push({
        file: renamed.file,
        line: content.slugLine?.(renamed),
        field: 'slug',
        message: `the address ${address} was published and no longer exists: ${redirect(address, sectionPath(renamed.slug))} or restore the slug "${slug}"`,
      });
    } else {
      problems.push({ file: `${reportFile(content.dir, REPORT_FILES.sections)}/`, message: `the section “${title}” (${address}) was published and no longer exists: ${redirect(address, 'sections/<slug>/')} or restore the section` });
    }
  }
  for (const { address, term } of lost.glossary) {
    const id = address.replace(/^glossary\/|\/$/g, '');
    const fresh = content.glossary.filter((g) => !before.has(glossaryPath(g.id)));
    const renamed = fresh.find((g) => g.term === term);
    if (renamed) {
      problems.push({ file: renamed.file, message: `the address ${address} (“${term}”) was published and no longer exists: ${redirect(address, glossaryPath(renamed.id))} or name the file ${id}.md again` });
      continue;
    }
    const file = reportFile(content.dir, `${REPORT_FILES.glossary}/${id}.md`);
    const users = sectionsUsing(content.sections, term, id);
    if (users.length > 0) {
      problems.push({ file, message: `the entry “${term}” (${address}) was removed but the text still uses it in ${users.join(', ')}: restore the entry, or ${redirect(address, 'glossary/<id>/')}` });
    } else {
      problems.push({ file, message: `the entry “${term}” (${address}) was published and no longer exists: restore the entry, or ${redirect(address, 'glossary/<id>/')}` });
    }
  }
  return problems;
}

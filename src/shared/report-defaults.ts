/**
 * What the site says about the report when `<report>/report.json` does not say it: a report
 * imported from its text alone (title, government, date, sections, perhaps a glossary)
 * still makes a site with a sensible introduction and search examples. Pure: the pages
 * call it at build time (src/lib/site.ts) with the content as plain data.
 */
import { readPlanName } from './five-year-plans.ts';
import { HAN } from './han.ts';
import { plainText } from './text.ts';

/** How many search examples the search page offers; the header box shows fewer. */
export const SEARCH_EXAMPLES = 5;
/** How many examples fit in the header's search box (its placeholder). */
export const PLACEHOLDER_EXAMPLES = 3;
/** A glossary term longer than this makes a poor example to type. */
const MAX_EXAMPLE_LENGTH = 6;

/** The glossary's heading, when the report does not write another (名词解释). */
export const DEFAULT_GLOSSARY_TITLE = '有关词语解释';

/** The footer's note on how the text was prepared, when the report does not give one. */
export const DEFAULT_SOURCE_NOTE = '全文据原稿录入，标点统一为全角。';

/** A phrase in quotation marks: two to eight characters, none of them punctuation. */
const QUOTED = new RegExp(`“([${HAN}\\p{N}A-Za-z+]{2,8})”`, 'gu');

/** Items by how often they occur, most often first; ties in the order they first occur. */
function byFrequency(items: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

/**
 * The phrases the text sets in quotation marks (“放管服”, “一网通办”, “12345”), most often first:
 * a report quotes its own slogans and programmes, the words a reader looks for. Two to
 * eight characters without punctuation inside; the five-year plans' names left out.
 */
export function quotedPhrases(texts: string[]): string[] {
  const found = texts.flatMap((text) => [...plainText(text).matchAll(QUOTED)].map((match) => match[1]));
  return byFrequency(found.filter((phrase) => readPlanName(phrase) === undefined));
}

/**
 * The number the text writes most often that is worth searching for: four digits or more,
 * or with a decimal point (12345, 38.56), and not a year (1900–2099).
 */
export function frequentNumber(texts: string[]): string | undefined {
  const found = texts.flatMap((text) => plainText(text).match(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g) ?? []);
  return byFrequency(
    found.filter((number) => (number.includes('.') || number.length >= 4) && !/^(19|20)\d\d$/.test(number)),
  )[0];
}

/**
 * The search examples when the report names none: the glossary's terms in its order (those
 * of at most six characters), then the phrases the text quotes most often, four in all,
 * and the number the text writes most often (see `frequentNumber`), five at most.
 */
export function deriveSearchExamples({ terms, texts }: { terms: string[]; texts: string[] }): string[] {
  const words = [
    ...new Set([...terms.filter((term) => [...term].length <= MAX_EXAMPLE_LENGTH), ...quotedPhrases(texts)]),
  ];
  const number = frequentNumber(texts);
  const examples = words.filter((word) => word !== number).slice(0, number ? SEARCH_EXAMPLES - 1 : SEARCH_EXAMPLES);
  return number ? [...examples, number] : examples;
}

/**
 * The examples the header's narrow search box shows: the three shortest, in the order the
 * report lists them (放管服、一网通办、河长制 of 放管服、12345、一网通办、38.56、河长制).
 */
export function placeholderExamples(examples: string[], count = PLACEHOLDER_EXAMPLES): string[] {
  const shortest = new Set(
    examples
      .map((example, index) => ({ example, index }))
      .sort((a, b) => [...a.example].length - [...b.example].length || a.index - b.index)
      .slice(0, count)
      .map(({ index }) => index),
  );
  return examples.filter((_, index) => shortest.has(index));
}

export interface IntroCounts {
  /** The number of sections (pages) of the report. */
  sections: number;
  /** The number of glossary entries (0: the report has none). */
  terms: number;
}

/**
 * The report's own introduction with its counts filled in: `{sections}` and `{terms}`
 * stand for the number of sections and of glossary entries, so that the sentence stays
 * true when a section or an entry is added.
 */
export function fillCounts(text: string, counts: IntroCounts): string {
  return text.replace(/\{(sections|terms)\}/g, (_, name: keyof IntroCounts) => String(counts[name]));
}

/**
 * The home page's introduction when the report gives none. The government is named unless
 * the title names it already (某区人民政府, 某区2030年政府工作报告).
 */
export function defaultIntro({
  title,
  government,
  glossaryTitle = DEFAULT_GLOSSARY_TITLE,
  ...counts
}: { title: string; government: string; glossaryTitle?: string } & IntroCounts): string {
  const who = title.includes(government.replace(/人民政府$/, '')) ? '' : government;
  const glossary = counts.terms > 0 ? `，文末附${glossaryTitle}${counts.terms}条` : '';
  return `这是${who}${title}的全文${glossary}。全文按报告自身的结构分为${counts.sections}节，每节一页，可逐节阅读，也可全文搜索。`;
}

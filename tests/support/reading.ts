/**
 * Reading a site as a reader reads the report, and checking that every sentence is there
 * exactly as often as the text has it, in the text's order. Shared by the main site's
 * reading-order test and the sites built from other reports.
 */
import { comparable } from './dist.ts';

/** How often `needle` occurs in `haystack`, overlapping occurrences included. */
export function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Sentences shorter than this may recur by chance (各位代表), so only longer ones are counted. */
const COUNTED_LENGTH = 8;

/**
 * What is wrong with reading `text` as the sequence `sentences` (in comparable form):
 * sentences missing, read more often than the sequence has them, or out of order. A
 * sentence that is not in the running text after the previous one but is in `titles` (the
 * page titles shown above the text, so outside its running order) counts as read.
 */
export function readingProblems(sentences: string[], text: string, { titles = '' } = {}): string[] {
  const site = comparable(text);
  const titleText = comparable(titles);
  const reference = sentences.join('\n');
  const problems: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const next = site.indexOf(sentence, at);
    if (next < 0 && titleText.includes(sentence)) continue;
    if (!site.includes(sentence)) {
      problems.push(`missing: ${sentence.slice(0, 30)}`);
      continue;
    }
    if (sentence.length > COUNTED_LENGTH && countOf(site, sentence) > countOf(reference, sentence))
      problems.push(`doubled: ${sentence.slice(0, 30)}`);
    if (next < 0) problems.push(`out of order: ${sentence.slice(0, 30)}`);
    else at = next + sentence.length;
  }
  return problems;
}

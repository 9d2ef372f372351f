/**
 * The report's glossary in the forms reports print it:
 * - `有关词语解释` followed by `【六稳】指稳就业……` entries;
 * - `名词解释` followed by numbered entries `1.“两重”：是指……`;
 * - none.
 * Each entry gets an id from the pinyin of its term and, as aliases, the other spellings
 * the report uses for it (`“3+1”冲刺清零` for 3+1冲刺清零).
 */
import type { SourceParagraph } from './paragraphs.ts';
import { pinyinName, unique } from './slug.ts';
import { closestPassage } from '../shared/quote-text.ts';

export interface GlossaryEntry {
  term: string;
  definition: string;
  id: string;
  aliases: string[];
  line: number;
}

export const GLOSSARY_HEADING =
  /^(?:附[：:]?)?(?:《[^》]{1,20}》)?(?:有关内容|相关)?(有关词语解释|名词解释|词语解释|名词注释|注释)[：:]?$/;
/** The heading's own words: 名词解释 of “附：名词解释：”, 名词注释 of “《政府工作报告》有关内容名词注释”. */
export const glossaryHeading = (text: string): string => GLOSSARY_HEADING.exec(text)?.[1] ?? text;

const BRACKETED = /^【([^】]+)】(.+)$/;
/** An entry's number: 1. 1、 ［1］ [1] 〔1〕 （1）. */
const ENTRY_NUMBER = '(?:\\d+[.．、]|[［\\[〔（(]\\d+[］\\]〕）)])';
const NUMBERED = new RegExp(`^${ENTRY_NUMBER}\\s*(.+?)[：:](.+)$`);
/** An entry whose definition the page set on the next line: `1.“四上”企业：`. */
const TERM_ALONE = new RegExp(`^(?:${ENTRY_NUMBER}\\s*.+?|【[^】]+】)[：:]?$`);
const STARTS_ENTRY = new RegExp(`^(?:${ENTRY_NUMBER}|【)`);

/** The entries with a definition the page set on a line of its own joined to their term. */
function joinDefinitions(entries: SourceParagraph[]): SourceParagraph[] {
  const joined: SourceParagraph[] = [];
  for (const p of entries) {
    const last = joined.at(-1);
    if (last && TERM_ALONE.test(last.text) && !STARTS_ENTRY.test(p.text))
      joined[joined.length - 1] = { ...last, text: last.text + p.text };
    else joined.push(p);
  }
  return joined;
}

export class StructureError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/** Where the glossary starts in the body, or -1. */
export function glossaryStart(body: SourceParagraph[]): number {
  return body.findIndex((p) => GLOSSARY_HEADING.test(p.text));
}

/** The term as a mention in the text would match it: quotation marks taken out. */
const bare = (text: string) => text.replace(/[“”"]/g, '');

/**
 * Spellings of `term` in `text` that put quotation marks inside it (`“三不管”楼院` for
 * 三不管楼院). A term merely quoted whole (`“六稳”`) is found by the term itself.
 */
export function spellingsIn(term: string, text: string): string[] {
  const chars = [...term].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`“?${chars.join('[“”]?')}”?`, 'g');
  const found = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const spelling = match[0];
    const inner = spelling.replace(/^“/, '').replace(/”$/, '');
    if (inner === term || !/[“”]/.test(inner)) continue;
    // Keep the marks balanced: `“3+1”冲刺清零`, not `3+1”冲刺清零`.
    const balanced =
      spelling.split('“').length === spelling.split('”').length
        ? spelling
        : inner.split('“').length === inner.split('”').length
          ? inner
          : null;
    if (balanced) found.add(balanced);
  }
  return [...found].sort();
}

/** Whether the characters of `short` stand in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/**
 * How the text writes a term it never writes whole, when it does so in one of two ways a
 * reader still recognises (so that the term links there):
 * - as one item of a quoted list after a shared head: 稳增长“21条”“18条” writes 稳增长18条 as “18条”;
 * - nearly, in a passage that starts and ends as the term does and shares most of its
 *   character pairs, with characters left out or added but none replaced: “六横六纵”现代水网体系
 *   for 六横六纵现代化水网体系.
 */
export function nearSpellings(term: string, written: string, text: string): string[] {
  if (text.includes(term) || spellingsIn(term, text).length > 0) return [];
  const found = new Set<string>();
  // A head and a quoted tail as the glossary writes it: 稳增长“18”条 → 稳增长 + 18条.
  const quoted = /^([^“”]{2,})“([^“”]+)”([^“”]*)$/.exec(written);
  if (quoted) {
    const [, head, inner, rest] = quoted;
    const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`${escape(head)}((?:“[^“”]{1,12}”)+)`, 'g'))) {
      for (const item of match[1].match(/“[^“”]+”/g) ?? []) if (bare(item) === inner + rest) found.add(item);
    }
  }
  if (found.size === 0 && [...term].length >= 6) {
    // Compared without quotation marks, as the term is; the spelling is then taken from the
    // text with its marks, an opening or closing mark at its edge included.
    const lines = text.split('\n').map((line) => {
      const kept = [...line.matchAll(/[^“”"]/g)];
      return { line, plain: kept.map((m) => m[0]).join(''), at: kept.map((m) => m.index) };
    });
    const passage = closestPassage(
      term,
      lines.map((l) => l.plain),
    );
    if (passage && passage.score >= 0.75) {
      const { line, plain, at } = lines[passage.index];
      let start = at[passage.start];
      let end = at[passage.end - 1] + 1;
      const marks = (part: string, mark: string) => part.split(mark).length - 1;
      if (marks(line.slice(start, end), '”') > marks(line.slice(start, end), '“') && line[start - 1] === '“')
        start -= 1;
      if (marks(line.slice(start, end), '“') > marks(line.slice(start, end), '”') && line[end] === '”') end += 1;
      const spelling = line.slice(start, end);
      const words = plain.slice(passage.start, passage.end);
      const balanced = marks(spelling, '“') === marks(spelling, '”');
      // Characters left out or added, never another word put in: 现代水网 for 现代化水网, but
      // not 基本养老保险 for 基本医疗保险.
      const nearly = words.length < term.length ? isSubsequence(words, term) : isSubsequence(term, words);
      if (balanced && nearly && words[0] === term[0] && words.at(-1) === term.at(-1)) found.add(spelling);
    }
  }
  return [...found].sort();
}

/**
 * Reads the entries after the glossary heading. Every paragraph there must be an entry: a
 * line of another shape stops the import, naming it.
 */
export function readGlossary(
  entries: SourceParagraph[],
  bodyText: string,
  plan: Record<string, { id: string; aliases?: string[] }> = {},
): GlossaryEntry[] {
  const taken = new Set<string>();
  const claimed = new Set<string>();
  const result: GlossaryEntry[] = [];
  for (const p of joinDefinitions(entries)) {
    const match = BRACKETED.exec(p.text) ?? NUMBERED.exec(p.text);
    if (!match)
      throw new StructureError(
        p.line,
        `glossary entry "${p.text.slice(0, 20)}…" is neither 【term】definition nor 1.term：definition (or ［1］term：definition)`,
      );
    const written = match[1].trim();
    const term = bare(written);
    const definition = match[2].trim();
    const planned = plan[term];
    const id = unique(planned?.id ?? (pinyinName(term, 16) || `term-${result.length + 1}`), taken);
    let aliases: string[];
    if (planned) aliases = planned.aliases ?? [];
    else {
      const candidates = new Set<string>([...spellingsIn(term, bodyText), ...nearSpellings(term, written, bodyText)]);
      if (written !== term && written !== `“${term}”`) candidates.add(written);
      aliases = [...candidates].filter((alias) => alias !== term && !claimed.has(alias)).sort();
    }
    claimed.add(term);
    for (const alias of aliases) claimed.add(alias);
    result.push({ term, definition, id, aliases, line: p.line });
  }
  return result;
}

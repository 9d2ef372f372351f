/**
 * Build-time helpers for the search data: pinyin spellings of glossary terms and the
 * traditional-to-simplified table restricted to the report's characters.
 */
import { pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js';
import { isHan } from '../../shared/han.ts';
import type { TraditionalTable } from '../../shared/search/types.ts';
import type { ReadingTable } from '../../shared/search/pinyin.ts';

/** `两不愁三保障` → { full: 'liangbuchousanbaozhang', initials: 'lbcsbz' }; digits and letters kept. */
export function pinyinOf(term: string): { full: string; initials: string } {
  const chars = pinyin(term, { toneType: 'none', type: 'all', v: true });
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    full: chars.map((c) => clean(c.isZh ? c.pinyin : c.origin)).join(''),
    initials: chars.map((c) => (c.isZh ? clean(c.pinyin).slice(0, 1) : clean(c.origin))).join(''),
  };
}

/**
 * OpenCC's converters, made on first use: building one reads its dictionaries (a tenth of a
 * second for the six), and the pages, which import this module for `pinyinOf`, never convert.
 */
type Convert = (text: string) => string;
let converters: { toTraditional: Convert[]; toSimplified: Convert[] } | undefined;
function opencc() {
  converters ??= {
    toTraditional: ['t', 'tw', 'hk'].map((to) => Converter({ from: 'cn', to: to as 't' })),
    toSimplified: ['t', 'tw', 'hk'].map((from) => Converter({ from: from as 't', to: 'cn' })),
  };
  return converters;
}

/**
 * Maps every traditional form of the report's characters back to the report's character.
 * The whole text is converted (phrase-aware: 发展 → 發展, 头发 → 頭髮) as well as each
 * character alone, and the differences are collected.
 */
export function traditionalTable(reportText: string): TraditionalTable {
  const table: TraditionalTable = {};
  const chars = [...new Set([...reportText].filter(isHan))].sort();
  const record = (simplified: string, traditional: string) => {
    const s = [...simplified];
    const t = [...traditional];
    if (s.length !== t.length) return;
    s.forEach((char, i) => {
      if (t[i] !== char && isHan(t[i]) && !(t[i] in table)) table[t[i]] = char;
    });
  };
  for (const convert of opencc().toTraditional) {
    record(reportText, convert(reportText));
    record(chars.join(''), convert(chars.join('')));
    for (const char of chars) record(char, convert(char));
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The report's own traditional characters (an editor pasted 營商環境 into a simplified
 * text), each mapped to its simplified form, so that search compares both forms as one:
 * 营商环境 finds the pasted sentence, and 營商環境 still finds the rest of the report.
 * Empty for a report written in simplified characters throughout. The text is converted
 * whole, phrase by phrase, and a character is folded only where it is converted at every
 * occurrence: 么 and 著 are simplified characters too (什么, 显著), which a character taken
 * alone would turn into 幺 and 着.
 */
export function foldTable(reportText: string): TraditionalTable {
  const chars = [...reportText];
  const kept = new Set<string>();
  const changed = new Map<string, string>();
  for (const convert of opencc().toSimplified) {
    const simplified = [...convert(reportText)];
    if (simplified.length !== chars.length) continue;
    chars.forEach((char, i) => {
      if (!isHan(char)) return;
      if (simplified[i] === char) kept.add(char);
      else if (isHan(simplified[i]) && !changed.has(char)) changed.set(char, simplified[i]);
    });
  }
  return Object.fromEntries([...changed].filter(([char]) => !kept.has(char)).sort(([a], [b]) => a.localeCompare(b)));
}

const syllable = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

function addReading(table: Map<string, Set<string>>, char: string, reading: string): void {
  const key = syllable(reading);
  if (!key) return;
  let chars = table.get(key);
  if (!chars) table.set(key, (chars = new Set()));
  chars.add(char);
}

const sortedTable = (table: Map<string, Set<string>>): ReadingTable =>
  Object.fromEntries(
    [...table.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, chars]) => [key, [...chars].join('')]),
  );

/**
 * The readings of the report's characters: each character as it is read where the report
 * uses it (pinyin-pro reads whole passages, so 银行 gives hang, 行动 xing), plus its usual
 * reading alone. Rare readings a character never has in the report are left out, so that
 * typed pinyin does not find words by readings nobody would type.
 */
export function reportReadingTable(texts: string[]): ReadingTable {
  const table = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const char of pinyin(text, { type: 'all', toneType: 'none', v: true }))
      if (char.isZh) addReading(table, char.origin, char.pinyin);
  }
  const chars = new Set(texts.join('').split('').filter(isHan));
  for (const char of chars) addReading(table, char, pinyin(char, { toneType: 'none', v: true }));
  return sortedTable(table);
}

/**
 * Every reading of the common characters (the 3755 of GB 2312 level 1) that the report does
 * not use, for recognising a query's slip (营商环竟: 竟 sounds like the report's 境).
 */
export function commonReadingTable(reportChars: Set<string>): ReadingTable {
  const decoder = new TextDecoder('gb2312');
  const table = new Map<string, Set<string>>();
  for (let row = 0xb0; row <= 0xd7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      if (row === 0xd7 && cell > 0xf9) break;
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (reportChars.has(char)) continue;
      for (const reading of pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true }))
        addReading(table, char, reading);
    }
  }
  return sortedTable(table);
}

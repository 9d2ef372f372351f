/**
 * Build-time helpers for the search data: pinyin spellings of glossary terms and the
 * traditional-to-simplified table restricted to the report's characters.
 */
import { pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js';
import { isHan } from '../../shared/search/normalize.ts';
import type { TraditionalTable } from '../../shared/search/types.ts';

/** `两不愁三保障` → { full: 'liangbuchousanbaozhang', initials: 'lbcsbz' }; digits and letters kept. */
export function pinyinOf(term: string): { full: string; initials: string } {
  const chars = pinyin(term, { toneType: 'none', type: 'all', v: true });
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    full: chars.map((c) => clean(c.isZh ? c.pinyin : c.origin)).join(''),
    initials: chars.map((c) => (c.isZh ? clean(c.pinyin).slice(0, 1) : clean(c.origin))).join(''),
  };
}

const variants = ['t', 'tw', 'hk'].map((to) => Converter({ from: 'cn', to: to as 't' }));

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
  for (const convert of variants) {
    record(reportText, convert(reportText));
    record(chars.join(''), convert(chars.join('')));
    for (const char of chars) record(char, convert(char));
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Glossary answers: a query that is a term or an alias (in any spelling the normaliser
 * folds: “六稳”, 六稳, 三不管楼院, “三不管”楼院) or its pinyin (`liuwen`, initials `lw`)
 * is answered with the entry first.
 */
import { normalize } from './normalize.ts';
import type { GlossaryRecord } from './types.ts';

export function glossaryEntryFor(query: string, glossary: GlossaryRecord[]): GlossaryRecord | undefined {
  const wanted = normalize(query);
  if (!wanted) return undefined;
  return glossary.find((entry) => [entry.term, ...entry.aliases].some((form) => normalize(form) === wanted));
}

const LATIN = /^[a-z]+$/;

/**
 * Entries whose pinyin the query spells: the full syllables (`liuwen`, `fangguanfu`), the
 * initials (`lbcsbz`), or, from four letters on, the start of the full pinyin (`fangg`).
 * Only for queries of Latin letters (after normalisation).
 */
export function glossaryEntriesByPinyin(query: string, glossary: GlossaryRecord[]): GlossaryRecord[] {
  const wanted = normalize(query);
  if (!LATIN.test(wanted) || wanted.length < 2) return [];
  const exact = glossary.filter((entry) => entry.pinyin.includes(wanted) || entry.initials.includes(wanted));
  if (exact.length > 0 || wanted.length < 4) return exact;
  return glossary.filter((entry) => entry.pinyin.some((spelling) => spelling.startsWith(wanted)));
}

/**
 * Glossary answers: a query that is a term or an alias (in any spelling the normaliser
 * folds: “六稳”, 六稳, 三不管楼院, “三不管”楼院) or its pinyin (`liuwen`, initials `lw`)
 * is answered with the entry first; so is a question that asks what a term means
 * (四风指什么, 什么是六稳).
 */
import { normalize } from './normalize.ts';
import type { GlossaryRecord } from './types.ts';

export function glossaryEntryFor(query: string, glossary: GlossaryRecord[]): GlossaryRecord | undefined {
  const wanted = normalize(query);
  if (!wanted) return undefined;
  return glossary.find((entry) => [entry.term, ...entry.aliases].some((form) => normalize(form) === wanted));
}

/**
 * How readers ask what a term means, around the term: 四风指什么, 放管服是什么意思,
 * 什么是六稳, “两不愁三保障”的含义.
 */
const ASKED_BEFORE = /^(?:什么是|什么叫|何谓|啥是|请问)(.+)$/;
const ASKED_AFTER =
  /^(?:请问)?(.+?)(?:指的是什么|是指什么|指什么|是什么意思|是啥意思|什么意思|啥意思|的意思|是什么|是啥|的含义|含义|的定义|的解释|解释|怎么理解|如何理解)$/;

/** The words a question asks the meaning of (四风指什么 → 四风), normalised; none for any other query. */
export function meaningAsked(query: string): string | undefined {
  const wanted = normalize(query);
  return (ASKED_AFTER.exec(wanted) ?? ASKED_BEFORE.exec(wanted))?.[1];
}

/** The entry a question asks the meaning of (四风指什么 → 四风); none for any other query. */
export function termAsked(query: string, glossary: GlossaryRecord[]): GlossaryRecord | undefined {
  const term = meaningAsked(query);
  return term ? glossaryEntryFor(term, glossary) : undefined;
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

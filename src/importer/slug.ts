/**
 * Readable ASCII names from Chinese text, through pinyin-pro (pinned, so the same text always
 * gives the same name): section slugs and glossary ids.
 */
import { pinyin } from 'pinyin-pro';
import { withoutNumbering } from '../shared/text.ts';
import { HAN } from '../shared/han.ts';

/** A run of Han characters, or of ASCII letters, digits and `+`. */
const RUN = new RegExp(`(${HAN}+)|([A-Za-z0-9+]+)`, 'gu');

/**
 * Pinyin without tones, syllables run together; runs of ASCII (digits, letters) kept,
 * lowercased, `+` read as `jia`; a hyphen between Chinese and ASCII runs and where
 * punctuation stood. `3+1冲刺清零` → `3jia1-chongciqingling`.
 * `maxSyllables` keeps the first syllables of each Chinese run only up to that many in all.
 */
export function pinyinName(text: string, maxSyllables = Infinity): string {
  const runs: string[] = [];
  let syllables = 0;
  for (const match of text.matchAll(RUN)) {
    if (syllables >= maxSyllables) break;
    if (match[1]) {
      const chars = [...match[1]].slice(0, maxSyllables - syllables);
      syllables += chars.length;
      runs.push((pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true }) as string[]).join(''));
    } else {
      runs.push(match[2].toLowerCase().replace(/\+/g, 'jia'));
    }
  }
  return runs
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A heading as a title: as written, numbering (`一、`, `（一）`) kept, without a closing full stop. */
export const headingTitle = (heading: string): string => heading.replace(/。$/, '');

/** Heading numbering (`一、`, `（一）`, `1.`) and a closing full stop are not part of a slug. */
function stripNumbering(heading: string): string {
  return withoutNumbering(heading.replace(/^\d+[.．、]/, '')).replace(/。$/, '');
}

/**
 * A section slug from its title: the first clause, at most eight syllables (four words,
 * mostly), a year kept as digits (`2025年工作回顾` → `2025-gongzuohuigu`).
 */
export function sectionSlug(title: string): string {
  const clause = stripNumbering(title)
    .split(/[，；：,;:]/)[0]
    .replace(/(\d{4})年/g, '$1');
  return pinyinName(clause, 8) || 'section';
}

/** Makes `name` unique among `taken` by appending -2, -3… and records it. */
export function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** A label of at most 16 characters: the first clause, or the first 15 characters and `…`. */
export function shortLabel(title: string): string {
  const clause = title.split(/[，；：,;:]/)[0];
  if ([...clause].length <= 16) return clause;
  return `${[...clause].slice(0, 15).join('')}…`;
}

/**
 * The government's part of a report's id: its name without 人民政府, in pinyin.
 * 河北省人民政府 → `hebeisheng`, 国务院 → `guowuyuan`.
 */
export const governmentSlug = (government: string): string =>
  pinyinName(government.replace(/人民政府$/, '')) || 'government';

/**
 * A report's id in the library, which is also its folder under content/reports/ and its
 * address in a library of several: the government and the year, `guowuyuan/2021`.
 */
export const reportIdOf = ({ government, date }: { government: string; date: string }): string =>
  `${governmentSlug(government)}/${date.slice(0, 4)}`;

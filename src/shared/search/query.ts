/**
 * Splits what the reader typed into parts: text in quotes ("…", “…”, 「…」) is one part
 * that must occur exactly; other text is split at spaces. Parts are normalised (see
 * normalize.ts); parts that are only punctuation vanish.
 */
import { normalize } from './normalize.ts';

export interface QueryPart {
  /** As typed, for messages. */
  raw: string;
  /** Normalised, for matching. */
  text: string;
  quoted: boolean;
}

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;

export function parseQuery(input: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const add = (raw: string, quoted: boolean) => {
    const text = normalize(raw);
    if (text) parts.push({ raw: raw.trim(), text, quoted });
  };
  let last = 0;
  for (const match of input.matchAll(QUOTED)) {
    for (const word of input.slice(last, match.index).split(/\s+/)) add(word, false);
    add(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '', true);
    last = match.index + match[0].length;
  }
  for (const word of input.slice(last).split(/\s+/)) add(word, false);
  return parts;
}

/** A query the reader quoted as a whole asks for the exact phrase only. */
export const isQuotedQuery = (parts: QueryPart[]): boolean => parts.length > 0 && parts.every((part) => part.quoted);

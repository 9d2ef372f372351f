/**
 * Traditional to simplified characters for queries typed in Hong Kong or Taiwan
 * (六穩 → 六稳, 營商環境 → 营商环境). The table is built at build time and holds only the
 * characters whose simplified form occurs in the report; it is loaded only when a query
 * has Han characters that the report does not contain.
 */
import { isHan } from '../han.ts';
import type { TraditionalTable } from './types.ts';

export function toSimplified(text: string, table: TraditionalTable): string {
  let out = '';
  for (const char of text) out += table[char] ?? char;
  return out;
}

/** Whether the query has Han characters that never occur in the report. */
export function hasForeignHan(query: string, reportChars: Set<string>): boolean {
  for (const char of query) if (isHan(char) && !reportChars.has(char)) return true;
  return false;
}

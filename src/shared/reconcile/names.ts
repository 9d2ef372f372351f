/**
 * Which indicator a figure's name names (content/language/indicator-names.yaml): the entry
 * one of whose names ends the figure's name, once the words that only say how it changes
 * (增速, 降幅…) and what it is for (要, 预期) are taken off; the longest such name, so that
 * 单位国内生产总值能耗降幅 is energy intensity and not GDP.
 */
import type { IndicatorName } from '../../schemas/indicator-names.ts';

const FILLER = /要|预期|拟|把|将|实际/g;
const CHANGE = /(?:年均)?(?:增速|增幅|降幅|涨幅|增长|下降|降低|上涨|增加额|减少额|增加|减少)$/;

/** The name without its change words and fillers: 能源消耗强度要降幅 → 能源消耗强度. */
export const measureOf = (name: string): string => name.replace(FILLER, '').replace(CHANGE, '');

export function indicatorNamed(name: string, entries: readonly IndicatorName[]): IndicatorName | undefined {
  const measure = measureOf(name);
  let best: { entry: IndicatorName; length: number } | undefined;
  for (const entry of entries)
    for (const candidate of entry.names)
      if (measure.endsWith(candidate) && (!best || candidate.length > best.length))
        best = { entry, length: candidate.length };
  return best?.entry;
}

/**
 * Which indicator a figure's name names (content/language/indicator-names.yaml): the entry
 * one of whose names ends the figure's name, once the words that only say how it changes
 * (增速, 降幅…) and what it is for (要, 预期) are taken off, with nothing before it but where
 * it is measured (全省); the longest such name, so that 单位国内生产总值能耗降幅 is energy
 * intensity and not GDP.
 */
import type { IndicatorName } from '../../schemas/indicator-names.ts';

const FILLER = /要|预期|拟|把|将|实际/g;
const CHANGE = /(?:年均)?(?:增速|增幅|降幅|涨幅|增长|下降|降低|上涨|增加额|减少额|增加|减少)$/;

/** The name without its change words and fillers: 能源消耗强度要降幅 → 能源消耗强度. */
export const measureOf = (name: string): string => name.replace(FILLER, '').replace(CHANGE, '');

/**
 * What may stand before a name and leave the indicator the same: where it is measured (全省
 * 生产总值), not which part of it (城镇居民人均可支配收入 is not 居民人均可支配收入).
 */
const SCOPE = /^(?:全国|全省|全市|全区|全县|全州|全盟|本市|本省|本区|我省|我市|我区|全年|年末|年末全国)?$/;

export function indicatorNamed(name: string, entries: readonly IndicatorName[]): IndicatorName | undefined {
  const measure = measureOf(name);
  let best: { entry: IndicatorName; length: number } | undefined;
  for (const entry of entries)
    for (const candidate of entry.names)
      if (
        measure.endsWith(candidate) &&
        SCOPE.test(measure.slice(0, measure.length - candidate.length)) &&
        (!best || candidate.length > best.length)
      )
        best = { entry, length: candidate.length };
  return best?.entry;
}

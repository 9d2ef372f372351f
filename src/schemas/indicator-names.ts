import { z } from 'astro/zod';

/**
 * `content/language/indicator-names.yaml`: the names reports give one indicator from year to
 * year and from government to government (国内生产总值 / 地区生产总值 / 经济增速 / GDP), so
 * that a target and the next year's result are paired by what they measure, not by wording.
 * Different indicators stay apart however alike they sound: 城镇调查失业率 and 城镇登记失业率
 * are two entries. Shared by every report of the library.
 */
const name = z
  .string()
  .trim()
  .min(2)
  .regex(/^[^\s"“”]+$/, 'one name, without spaces or quotes');

export const indicatorNameSchema = z
  .object({
    /** A stable id: gdp, cpi, unemployment-surveyed… */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens'),
    /** What the 对账单 calls it. */
    label: z.string().trim().min(1),
    /** The names reports use, each matched at the end of a figure's name (…增速, …降幅 aside). */
    names: z.array(name).min(1),
    /**
     * A price: its 左右 target is a ceiling (居民消费价格涨幅3%左右 is met at 3% or less).
     */
    price: z.boolean().optional(),
  })
  .strict();

export const indicatorNamesFileSchema = z.array(indicatorNameSchema);
export type IndicatorName = z.infer<typeof indicatorNameSchema>;

import { z } from 'astro/zod';

/**
 * `<report>/indicators.yaml`: the report's figures as data. Each indicator is one figure
 * as the report writes it (`value` followed by `unit`, e.g. 492.06 + 亿元 → “492.06亿元”),
 * with a quote of the sentence it comes from; the build finds the quote in its section
 * (src/node/markdown/remark-indicator-links.ts) and links the figure to the 主要指标 page.
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

/** A year (`2020`) or a span of years (`2016—2020`, with an em dash). */
const period = z.string().regex(/^\d{4}(—\d{4})?$/, 'a year such as 2020, or a span such as 2016—2020 (em dash)');

export const indicatorFields = {
  id,
  /** What is measured, in the report's words where it names it: 地区生产总值, 森林覆盖率… */
  indicator: z.string().trim().min(1),
  /** The number as written, without its unit. */
  value: z.number().nonnegative(),
  /** The unit exactly as written after the number: 亿元, 万美元, %, 天, 户, 名… */
  unit: z.string().trim().min(1),
  /** The year or the span of years the figure is about. */
  period,
  /**
   * achieved: a level or count reached; growth: a rate of change reached (年均增长8.4%,
   * 下降23%); target: anything the report aims for, level or rate.
   */
  kind: z.enum(['achieved', 'growth', 'target']),
  /**
   * The word that qualifies the number in the text, if any: a floor (以上, 不低于, 不少于,
   * 超过…), a ceiling (以内, 以下, 不超过, 低于, 控制在), an approximation (左右, 约, 近), an aim
   * (力争) or a running total (累计). Plain 达到 is not one.
   */
  qualifier: z
    .enum([
      '左右',
      '以上',
      '以内',
      '以下',
      '不低于',
      '不少于',
      '不超过',
      '低于',
      '控制在',
      '超过',
      '超',
      '突破',
      '跨上',
      '近',
      '约',
      '力争',
      '累计',
    ])
    .optional(),
  /** A range's upper end, in the same unit (6%至6.5%: value 6, upper 6.5). */
  upper: z.number().nonnegative().optional(),
  /** Which way a change goes, for a rate or amount of change: rise (增长, 提高) or fall (下降, 降低). */
  change: z.enum(['rise', 'fall']).optional(),
  /** The year a change is measured from, when the text names it (比2020年, 较“十三五”末 → 2020). */
  base: period.optional(),
  source: z
    .object({
      /** The section's slug (`<report>/sections/NN-<slug>.mdx`). */
      section: z.string().min(1),
      /**
       * A hint, not an address: the paragraph's number (`#p3`), read only to choose between
       * places where the quote occurs more than once in the section. The figure is found by
       * its quote, so paragraphs can be inserted, split or moved without touching this.
       */
      paragraph: z.number().int().positive().optional(),
      /**
       * A few words of the section, verbatim, that hold the figure and tell it apart from
       * the same figure elsewhere in the section: “2020年达到492.06亿元”. Spaces and line
       * breaks do not count: the quote matches across a line break in the text.
       */
      quote: z.string().min(1),
    })
    .strict(),
};

export const indicatorSchema = z
  .object(indicatorFields)
  .strict()
  .refine((indicator) => indicator.upper === undefined || indicator.upper > indicator.value, {
    message: 'a range’s `upper` is above its `value`',
    path: ['upper'],
  });
export type Indicator = z.infer<typeof indicatorSchema>;

export const chartSchema = z
  .object({
    id,
    title: z.string().trim().min(1),
    /**
     * bars: one bar per indicator, all in the same unit. change: rows of two or more
     * indicators of the same quantity at different times (250天 → 321天).
     */
    type: z.enum(['bars', 'change']),
    /** bars: indicator ids. */
    items: z.array(id).min(2).optional(),
    /** change: each row a label and the indicator ids in time order. */
    rows: z
      .array(z.object({ label: z.string().trim().min(1), items: z.array(id).min(2) }).strict())
      .min(1)
      .optional(),
  })
  .strict()
  .refine((chart) => (chart.type === 'bars' ? chart.items && !chart.rows : chart.rows && !chart.items), {
    message: 'a bars chart lists `items`, a change chart lists `rows`',
  });
export type Chart = z.infer<typeof chartSchema>;

export const indicatorsFileSchema = z
  .object({
    /**
     * True for the importer's draft (src/importer/indicator-draft.ts): the 主要指标 page tells readers the
     * figures were taken from the text by a program and not yet checked. An editor who has
     * curated the file removes it.
     */
    draft: z.boolean().default(false),
    charts: z.array(chartSchema).default([]),
    /** None at all: the report has no figures to show, and the site no 主要指标 page. */
    indicators: z.array(indicatorSchema).default([]),
  })
  .strict();

import { z } from 'astro/zod';

/** A report's date: ISO (2021-04-27), or the year alone (2014) when its text names no day. */
export const reportDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/, {
  error: 'must be a date as 2021-04-27, or a year as 2014',
});

/** `<report>/report.json`: what the report is, shown on the home page and in metadata. */
export const reportSchema = z
  .object({
    /** The file loader keeps each entry's `id` in its data. */
    id: z.literal('report'),
    /** The report's name: the site's name, the print running head and the title in citations. */
    title: z.string().trim().min(1),
    /** The government that speaks: the author in citations (…区人民政府). */
    government: z.string().trim().min(1),
    /** The heading the published text carries, when it is not the title (a news headline). */
    headline: z.string().trim().min(1),
    /** The line that says where the report was given (在…人民代表大会第…次会议上), if the text has one. */
    meeting: z.string().trim().min(1).optional(),
    /** Who gave it (省长 施小琳), if the text says. */
    speaker: z.string().trim().min(1).optional(),
    /** ISO date of the meeting or of publication, or the year alone when the text gives no day. */
    date: reportDateSchema,
    /** The date as the pages write it: 2021年04月27日, or 2014年 for a year. */
    dateText: z.string().regex(/^\d{4}年(?:\d{2}月\d{2}日)?$/),
    /** Where the copy came from, when it says: the page's source (云南日报) and its publication date. */
    provenance: z
      .object({ source: z.string().trim().min(1).optional(), published: z.iso.date().optional() })
      .strict()
      .optional(),
    /**
     * The home page's introduction, one paragraph; `{sections}` and `{terms}` stand for the
     * number of sections and of glossary entries. Default: a sentence made of the title,
     * the government and those counts (src/shared/report-defaults.ts, `defaultIntro`).
     */
    intro: z.string().trim().min(1).optional(),
    /**
     * Searches a reader may try (放管服, 12345, 河长制): the search page lists them all, the
     * header's box the three shortest. Default: derived from the content
     * (src/shared/report-defaults.ts, `deriveSearchExamples`).
     */
    searchExamples: z.array(z.string().trim().min(1).max(20)).min(1).max(8).optional(),
    /**
     * What the figures of <report>/indicators.yaml cover, in a phrase, for the 主要指标
     * page's description (“…”成就、…年工作…). Default: none, the count alone.
     */
    figuresSummary: z.string().trim().min(1).optional(),
    /**
     * The heading of the report's glossary as the text writes it (名词解释), for its page, the
     * navigation and citations. Default: 有关词语解释.
     */
    glossaryTitle: z.string().trim().min(1).max(12).optional(),
    /** The footer's note on how the text was prepared. Default: 全文据原稿录入，标点统一为全角。 */
    sourceNote: z.string().trim().min(1).optional(),
  })
  .strict();

/** `<report>/parts.json`: the report's parts (导语, 回眸…, 展望…), in reading order. */
export const partSchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/),
    order: z.number().int().positive(),
    title: z.string().trim().min(1),
    subtitle: z.string().trim().min(1).optional(),
  })
  .strict();

export type ReportData = z.infer<typeof reportSchema>;
export type PartData = z.infer<typeof partSchema>;

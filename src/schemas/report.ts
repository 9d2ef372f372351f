import { z } from 'astro/zod';

/** `content/report.json`: what the report is, shown on the home page and in metadata. */
export const reportSchema = z
  .object({
    /** The file loader keeps each entry's `id` in its data. */
    id: z.literal('report'),
    /** The report's name: the site's name and the title in citations (七里河区2021年政府工作报告). */
    title: z.string().trim().min(1),
    /** The government that speaks: the author in citations (七里河区人民政府). */
    government: z.string().trim().min(1),
    /** The heading the published text carries, when it is not the title (a news headline). */
    headline: z.string().trim().min(1),
    /** The line that says where the report was given (在…人民代表大会第…次会议上), if the text has one. */
    meeting: z.string().trim().min(1).optional(),
    /** Who gave it (省长 施小琳), if the text says. */
    speaker: z.string().trim().min(1).optional(),
    /** ISO date of publication. */
    date: z.iso.date(),
    /** The date as the source writes it. */
    dateText: z.string().regex(/^\d{4}年\d{2}月\d{2}日$/),
  })
  .strict();

/** `content/parts.json`: the report's parts (导语, 回眸“十三五”, 展望“十四五”). */
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

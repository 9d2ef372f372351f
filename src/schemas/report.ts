import { z } from 'astro/zod';

/** `content/report.json`: what the report is, shown on the home page and in metadata. */
export const reportSchema = z
  .object({
    /** The file loader keeps each entry's `id` in its data. */
    id: z.literal('report'),
    headline: z.string().trim().min(1),
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

import { z } from 'astro/zod';

/**
 * `<report>/search-aliases.yaml`: everyday words readers type that the report does not use
 * for what it means (看病 → 医疗, 上学 → 教育). Search tries the report's words as well,
 * ranked a little below the words typed. Editors keep it like the glossary; the build
 * checks every entry (src/node/content/load-search-aliases.ts).
 */
const word = z
  .string()
  .trim()
  .min(1)
  .regex(/^[^\s"“”]+$/, 'one word, without spaces or quotes');

export const searchAliasSchema = z
  .object({
    /** What readers type, e.g. 看病, 就医. */
    words: z.array(word).min(1),
    /** The report's words for it, each of which must occur in the report, e.g. 医疗. */
    means: z.array(word).min(1),
  })
  .strict();

export const searchAliasesFileSchema = z.array(searchAliasSchema);
export type SearchAlias = z.infer<typeof searchAliasSchema>;

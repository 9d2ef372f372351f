import { z } from 'astro/zod';

/**
 * Frontmatter of `<report>/glossary/*.md`. The file name is the entry's id and URL
 * (`<report>/glossary/liuwen.md` → `/glossary/liuwen/`); the body is the definition.
 */
export const glossaryFields = {
  /** The term as the report's 有关词语解释 writes it. */
  term: z.string().trim().min(1),
  /** Position in 有关词语解释, 1-based and unique. */
  order: z.number().int().positive(),
  /** Other spellings the report uses, e.g. “3+1”冲刺清零 for 3+1冲刺清零. */
  aliases: z.array(z.string().trim().min(1)).default([]),
};

export const glossarySchema = z.object(glossaryFields).strict();
export type GlossaryData = z.infer<typeof glossarySchema>;

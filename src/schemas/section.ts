import { z } from 'astro/zod';

/** Lowercase ASCII: section URLs must survive being pasted into chat apps. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lowercase ASCII letters, digits and single hyphens, e.g. "work-2020"',
});

/**
 * Frontmatter of `<report>/sections/*.mdx`. Unknown keys are errors, so a typo such as
 * `tilte:` cannot pass silently. `part` is checked against `<report>/parts.json` by
 * the collection config (a reference).
 */
export const sectionFields = {
  /** Page title and `<h1>`. */
  title: z.string().trim().min(1),
  /** Label in the table of contents and in previous/next links. */
  shortTitle: z.string().trim().min(1).max(16),
  /** The page URL: `/sections/<slug>/`. */
  slug: slugSchema,
  /** Reading order, 1-based and unique across sections. */
  order: z.number().int().positive(),
};

export const sectionSchema = z.object({ ...sectionFields, part: z.string().min(1) }).strict();
export type SectionData = z.infer<typeof sectionSchema>;

import { z } from 'astro/zod';

/**
 * The site's addresses, relative to its base path, as the URL scheme writes them
 * (src/shared/paths.ts): `sections/goals/`, `glossary/liuwen/`, `indicators/`, and `""`
 * for the home page. Lowercase ASCII path segments, each ending in `/`.
 */
export const addressSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, {
  error:
    'must be an address of the site relative to its base, ending in "/", e.g. "sections/goals/" (the home page is "")',
});

/**
 * `<report>/published.yaml`: every address the site has published. The build adds the new
 * ones and never removes one (src/node/content/addresses.ts); sections and glossary
 * entries keep their title or term, for messages about an address that went away.
 */
export const publishedSchema = z
  .object({
    /** The pages that are not a section or an entry: home, the glossary's index, search… */
    pages: z.array(addressSchema).default([]),
    sections: z.array(z.object({ address: addressSchema, title: z.string().trim().min(1) }).strict()).default([]),
    glossary: z.array(z.object({ address: addressSchema, term: z.string().trim().min(1) }).strict()).default([]),
    /**
     * The paragraph anchors each section published, in reading order, each with a
     * fingerprint of its text (src/node/content/paragraph-anchors.ts): `p3 1a2b3c4d 五年来，全区`,
     * `-p3 …` for a paragraph gone whose anchor still answers.
     */
    paragraphs: z
      .record(
        addressSchema,
        z.array(
          z.string().regex(/^-?p\d+ [0-9a-f]{8}(?: .*)?$/, {
            error: 'must be a paragraph anchor, the hash of its text and its opening, as the build writes them',
          }),
        ),
      )
      .default({}),
  })
  .strict();
export type PublishedData = z.infer<typeof publishedSchema>;
/** The list as written, before the schema's defaults (no `paragraphs` yet, say). */
export type PublishedInput = z.input<typeof publishedSchema>;

/**
 * `<report>/redirects.yaml`: a published address that moved, and where to. The build writes
 * a page at `from` that sends the reader to `to`.
 */
export const redirectSchema = z.object({ from: addressSchema, to: addressSchema }).strict();
export const redirectsSchema = z.array(redirectSchema);
export type Redirect = z.infer<typeof redirectSchema>;

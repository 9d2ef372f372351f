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
 * `content/published.yaml`: every address the site has published. The build adds the new
 * ones and never removes one (src/node/content/addresses.ts); sections and glossary
 * entries keep their title or term, for messages about an address that went away.
 */
export const publishedSchema = z
  .object({
    /** The pages that are not a section or an entry: home, the glossary's index, search… */
    pages: z.array(addressSchema).default([]),
    sections: z.array(z.object({ address: addressSchema, title: z.string().trim().min(1) }).strict()).default([]),
    glossary: z.array(z.object({ address: addressSchema, term: z.string().trim().min(1) }).strict()).default([]),
  })
  .strict();
export type PublishedData = z.infer<typeof publishedSchema>;

/**
 * `content/redirects.yaml`: a published address that moved, and where to. The build writes
 * a page at `from` that sends the reader to `to`.
 */
export const redirectSchema = z.object({ from: addressSchema, to: addressSchema }).strict();
export const redirectsSchema = z.array(redirectSchema);
export type Redirect = z.infer<typeof redirectSchema>;

import { z } from 'astro/zod';
import { addressSchema } from './addresses.ts';

/** A report's id: its folder under content/reports/, `<government>/<year>`. */
export const reportIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a report\'s folder under content/reports/, "<government>/<year>", e.g. "guowuyuan/2021"',
});

/**
 * `content/library.yaml`: the library's memory of the reports it has published, kept outside
 * their folders so that it outlives them. The build adds each report it serves, with the
 * place it serves it (relative to the site's base: "" at the root, when it is the only
 * report; `guowuyuan/2021/` in a library), and never removes one (scripts/build.ts).
 */
export const libraryRecordSchema = z
  .object({
    /** Each report published, and every place it was served at. */
    published: z.record(reportIdSchema, z.array(addressSchema)).default({}),
    /**
     * Reports taken out of the library on purpose, and the address their readers are sent to
     * instead (the library's home is ""). Their folders are gone; their homes lead there.
     */
    withdrawn: z.array(z.object({ report: reportIdSchema, to: addressSchema }).strict()).default([]),
  })
  .strict();
export type LibraryRecord = z.infer<typeof libraryRecordSchema>;

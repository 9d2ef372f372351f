import { z } from 'astro/zod';

/**
 * `<report>/reconcile.yaml`: the editor's word on the report's 对账单 (src/shared/reconcile/):
 * which result of the next report answers a target, where the draft paired it wrongly or not
 * at all, and whether the whole is checked. Without the file, or until `confirmed: true`, the
 * page says the pairs were drafted by a program.
 */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an indicator id of indicators.yaml');

export const reconcilePairSchema = z
  .object({
    /** The target's id in this report's indicators.yaml. */
    target: id,
    /** The result's id in the next report's indicators.yaml, or null: the next report gives none. */
    result: id.nullable(),
  })
  .strict();

export const reconcileFileSchema = z
  .object({
    /** Every pair read against the texts: the page no longer calls it a draft. */
    confirmed: z.boolean().default(false),
    pairs: z.array(reconcilePairSchema).default([]),
  })
  .strict();
export type ReconcileFile = z.infer<typeof reconcileFileSchema>;

/** /reconcile/reconcile.csv: the 对账单 as CSV (src/shared/reconcile/csv.ts), beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../../lib/content';
import { absoluteUrl } from '../../lib/page-urls';
import { RECONCILE_CSV } from '../../shared/paths';
import { reconcileCsv } from '../../shared/reconcile/csv';

export const getStaticPaths = (() =>
  model.reconcile && model.reconcile.rows.length + model.reconcile.answered.length > 0
    ? [{ params: { file: RECONCILE_CSV } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(reconcileCsv(model.reconcile!.rows, absoluteUrl()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

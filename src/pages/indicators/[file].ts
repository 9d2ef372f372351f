/**
 * /indicators/indicators.csv: the 主要指标 table as CSV (src/shared/indicators/csv.ts), only
 * when the report has figures, as its page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSections, model } from '../../lib/content';
import { absoluteUrl } from '../../lib/page-urls';
import { figureAnchorId, INDICATORS_CSV, sectionPath } from '../../shared/paths';
import { indicatorsCsv } from '../../shared/indicators/csv';

export const getStaticPaths = (() =>
  model.indicators.indicators.length > 0 ? [{ params: { file: INDICATORS_CSV } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const titles = new Map((await getSections()).map((section) => [section.data.slug, section.data.title]));
  const csv = indicatorsCsv(
    model.indicators.indicators.map((indicator) => ({
      indicator,
      section: titles.get(indicator.source.section) ?? indicator.source.section,
      url: `${absoluteUrl(sectionPath(indicator.source.section))}#${figureAnchorId(indicator.id)}`,
    })),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

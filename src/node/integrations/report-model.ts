/**
 * Hands the model of the report, read and checked once by the config (src/node/content/
 * load-report.ts), to pages and components as the module `virtual:report-model`, so that no
 * page reads or checks a content file again. Sections and glossary entries are still
 * rendered by Astro's content collections; everything else pages know comes from here.
 */
import type { AstroIntegration } from 'astro';
import type { ReportModel } from '../content/load-report.ts';
import { virtualModule } from './virtual-module.ts';
import { redirectTarget } from '../content/addresses.ts';
import { REPORT_FILES, reportFile } from '../content/report-files.ts';
import { editionsOf, isLibrary, reportPath, type LibraryReport } from '../../shared/library.ts';
import type { ReconcileModel } from '../../shared/reconcile/model.ts';

/** What pages read of the model: no file paths, no line tables for messages. */
export interface PageModel {
  /** The report's id in the library: `guowuyuan/2021` (src/node/content/report-files.ts). */
  id: string;
  report: ReportModel['report'];
  parts: ReportModel['parts'];
  /** In reading order, with the body as written (for search examples). */
  sections: { slug: string; file: string; data: ReportModel['sections'][number]['data']; body: string }[];
  /** In the order of the report's glossary. */
  glossary: { id: string; term: string; aliases: string[] }[];
  /**
   * Figures whose section moved name its new slug (through <report>/redirects.yaml); `file`
   * is where they are written, for messages.
   */
  indicators: Omit<ReportModel['indicators'], 'lines'> & { file: string };
  /** Each moved address and the page it leads to now, redirects followed to their end. */
  redirects: { from: string; to: string }[];
  /**
   * In a library of several reports: the library's home and this government's reports
   * (editions), newest first, each with its address from the host's root. Null when the
   * site holds this report alone.
   */
  library: { home: string; editions: { year: number; title: string; url: string; current: boolean }[] } | null;
  /** The 对账单 (src/node/content/load-reconcile.ts); null when the build did not read it. */
  reconcile: ReconcileModel | null;
}

/** Where the report stands in the library: `reports` is every report of it, `siteBase` the site's base path. */
export interface LibraryPlace {
  siteBase: string;
  reports: readonly LibraryReport[];
}

export function pageModel(
  model: ReportModel,
  place: LibraryPlace = { siteBase: '/', reports: [] },
  reconcile: ReconcileModel | null = null,
): PageModel {
  const governmentId = model.id.split('/')[0];
  const { indicators, charts, draft } = model.indicators;
  return {
    id: model.id,
    report: model.report,
    parts: model.parts,
    sections: model.sections.map(({ slug, file, data, body }) => ({ slug, file, data, body })),
    glossary: model.glossary.map(({ id, term, aliases }) => ({ id, term, aliases })),
    indicators: { indicators, charts, draft, file: reportFile(model.dir, REPORT_FILES.indicators) },
    redirects: model.redirects.map(({ from }) => ({ from, to: redirectTarget(model.redirects, from) ?? '' })),
    library: isLibrary(place.reports)
      ? {
          home: place.siteBase,
          editions: editionsOf(place.reports, governmentId).map(({ id, year, title }) => ({
            year,
            title,
            url: `${place.siteBase}${reportPath(id)}`,
            current: id === model.id,
          })),
        }
      : null,
    reconcile,
  };
}

export default function reportModelIntegration(
  model: ReportModel,
  place?: LibraryPlace,
  reconcile?: ReconcileModel,
): AstroIntegration {
  return virtualModule('report-model', pageModel(model, place, reconcile ?? null));
}

/**
 * Hands the model of the report, read and checked once by the config (src/node/content/
 * load-report.ts), to pages and components as the module `virtual:report-model`, so that no
 * page reads or checks a content file again. Sections and glossary entries are still
 * rendered by Astro's content collections; everything else pages know comes from here.
 */
import type { AstroIntegration } from 'astro';
import type { ReportModel } from '../content/load-report.ts';
import { redirectTarget } from '../content/addresses.ts';
import { INDICATORS_FILE } from '../content/load-indicators.ts';

const MODULE = 'virtual:report-model';
const RESOLVED = `\0${MODULE}`;

/** What pages read of the model: no file paths, no line tables for messages. */
export interface PageModel {
  report: ReportModel['report'];
  parts: ReportModel['parts'];
  /** In reading order, with the body as written (for search examples). */
  sections: { slug: string; file: string; data: ReportModel['sections'][number]['data']; body: string }[];
  /** In the order of the report's glossary. */
  glossary: { id: string; term: string; aliases: string[] }[];
  /**
   * Figures whose section moved name its new slug (through content/redirects.yaml); `file`
   * is where they are written, for messages.
   */
  indicators: Omit<ReportModel['indicators'], 'lines'> & { file: string };
  /** Each moved address and the page it leads to now, redirects followed to their end. */
  redirects: { from: string; to: string }[];
}

export function pageModel(model: ReportModel): PageModel {
  const { indicators, charts, draft } = model.indicators;
  return {
    report: model.report,
    parts: model.parts,
    sections: model.sections.map(({ slug, file, data, body }) => ({ slug, file, data, body })),
    glossary: model.glossary.map(({ id, term, aliases }) => ({ id, term, aliases })),
    indicators: { indicators, charts, draft, file: INDICATORS_FILE },
    redirects: model.redirects.map(({ from }) => ({ from, to: redirectTarget(model.redirects, from) ?? '' })),
  };
}

export default function reportModelIntegration(model: ReportModel): AstroIntegration {
  const source = `export default ${JSON.stringify(pageModel(model))};`;
  return {
    name: 'report-model',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'report-model',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

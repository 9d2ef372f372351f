/**
 * What the site says about the report, for pages and components: `<report>/report.json`,
 * with the defaults of src/shared/report-defaults.ts for the fields it leaves out, and
 * whether the report has a glossary and figures (each makes pages and links of its own).
 */
import { getGlossary, getReport, getSections, model } from './content';
import { pinyinOf } from '../node/search/build-data';
import { isAllHan } from '../shared/han';
import {
  DEFAULT_GLOSSARY_TITLE,
  DEFAULT_SOURCE_NOTE,
  defaultIntro,
  deriveSearchExamples,
  fillCounts,
  placeholderExamples,
} from '../shared/report-defaults';
import { writeDate } from '../shared/dates';

export interface Site {
  /** The site's name: the report's title. */
  name: string;
  /** The government that speaks: the author in citations. */
  government: string;
  /** The date of publication, YYYY-MM-DD, and as the source writes it. */
  date: string;
  dateText: string;
  headline: string;
  /** Where and by whom the report was given, when the text says (…在…会议上; 市长 殷勇). */
  meeting?: string;
  speaker?: string;
  /** Where the copy was taken from, when it says: 来源：云南日报，2026年02月03日. */
  provenance?: string;
  /** The home page's introduction. */
  intro: string;
  /** The footer's note on how the text was prepared. */
  sourceNote: string;
  /** Searches to try: the search page lists them all, the header box the shortest. */
  searchExamples: string[];
  placeholderExamples: string[];
  /** Pinyin a reader may type for a glossary term among the examples (liuwen, lbcsbz). */
  pinyinExamples: string[];
  /** What the figures cover, for the 主要指标 page's description. */
  figuresSummary?: string;
  /** The glossary's heading as the report writes it (有关词语解释, 名词解释). */
  glossaryTitle: string;
  glossaryCount: number;
  indicatorCount: number;
  /** Targets and reviewed targets of the 对账单: the page exists when there are any. */
  reconcileCount: number;
}

/** `examples` that are glossary terms in Chinese: the first in full pinyin, the second by its initials. */
function pinyinExamples(examples: string[], terms: Set<string>): string[] {
  const chinese = examples.filter((example) => terms.has(example) && isAllHan(example)).slice(0, 2);
  return chinese.map((example, i) => (i === 0 ? pinyinOf(example).full : pinyinOf(example).initials));
}

/** `来源：云南日报，2026年02月03日`, or what of it the copy says. */
function provenanceLine({ source, published }: { source?: string; published?: string }): string | undefined {
  const parts = [source, published && writeDate(published)].filter(Boolean);
  return parts.length ? `来源：${parts.join('，')}` : undefined;
}

let site: Promise<Site> | undefined;

/** The site's facts, worked out once per build: every page's header, footer and layout ask. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

async function loadSite(): Promise<Site> {
  const report = await getReport();
  const sections = await getSections();
  const glossary = await getGlossary();
  const counts = { sections: sections.length, terms: glossary.length };
  const searchExamples =
    report.searchExamples ??
    deriveSearchExamples({
      terms: glossary.map((entry) => entry.data.term),
      texts: sections.map((section) => section.body ?? ''),
    });
  const glossaryTitle = report.glossaryTitle ?? DEFAULT_GLOSSARY_TITLE;
  const terms = new Set(glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases]));
  return {
    name: report.title,
    government: report.government,
    date: report.date,
    dateText: report.dateText,
    headline: report.headline,
    ...(report.meeting ? { meeting: report.meeting } : {}),
    ...(report.speaker ? { speaker: report.speaker } : {}),
    ...(report.provenance ? { provenance: provenanceLine(report.provenance) } : {}),
    intro: report.intro
      ? fillCounts(report.intro, counts)
      : defaultIntro({ title: report.title, government: report.government, glossaryTitle, ...counts }),
    sourceNote: report.sourceNote ?? DEFAULT_SOURCE_NOTE,
    searchExamples,
    placeholderExamples: placeholderExamples(searchExamples),
    pinyinExamples: pinyinExamples(searchExamples, terms),
    figuresSummary: report.figuresSummary,
    glossaryTitle,
    glossaryCount: glossary.length,
    indicatorCount: model.indicators.indicators.length,
    reconcileCount: (model.reconcile?.rows.length ?? 0) + (model.reconcile?.answered.length ?? 0),
  };
}

/**
 * Reads a report as it was copied from the web into what the site is made of. The stages,
 * each in its own module:
 * 1. lines.ts: the paragraphs (lines cut inside words and sentences joined, invisible
 *    characters dropped) after normalize.ts has made the punctuation full-width;
 * 2. chrome.ts: the page's chrome and tail dropped, the head told apart from the body;
 * 3. metadata.ts: title, government, meeting, date, speaker, captions;
 * 4. glossary.ts: the glossary at the end, if any;
 * 5. structure.ts: the headings and the sections cut along them, or the plan of
 *    the report's outline.yaml.
 * Text whose structure is not recognised throws a ManuscriptError naming the file and line:
 * nothing is written from a report read half right.
 */
import { OUTLINE_HINT, REPORT_FILES } from '../node/content/report-files.ts';
import { normalizePunctuation } from './punctuation.ts';
import { joinLines } from './paragraphs.ts';
import { splitArticle } from './article.ts';
import { readMetadata, reportTitle, type Provenance } from './metadata.ts';
import { writeDate } from '../shared/dates.ts';
import { DEFAULT_GLOSSARY_TITLE } from '../shared/report-defaults.ts';
import { glossaryHeading, glossaryStart, readGlossary, StructureError, type GlossaryEntry } from './glossary.ts';
import { ANNEX, classify, planFromOutline, planSections, type PlannedPart, type PlannedSection } from './structure.ts';
import type { Outline } from '../schemas/outline.ts';

/** The text as imported, relative to the report's folder, in UTF-8. */
export const MANUSCRIPT_FILE = REPORT_FILES.manuscript;

export interface Manuscript {
  title: string;
  government: string;
  headline: string;
  meeting?: string;
  speaker?: string;
  /** ISO date: of the meeting, or of publication when the text names no meeting; or the year alone. */
  date: string;
  /** The date as `2021年04月27日`, or `2014年`. */
  dateText: string;
  /** Where the copy came from, when it says: the page's source and publication date. */
  provenance: Provenance;
  captions: string[];
  /** The glossary's heading as the text writes it, when it is not 有关词语解释 (名词解释). */
  glossaryTitle?: string;
  parts: PlannedPart[];
  sections: PlannedSection[];
  glossary: GlossaryEntry[];
}

export class ManuscriptError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

export function parseManuscript(source: string, outline: Outline = {}, file: string = MANUSCRIPT_FILE): Manuscript {
  const fail = (line: number, reason: string): never => {
    throw new ManuscriptError(file, line, reason);
  };
  try {
    const paragraphs = joinLines(normalizePunctuation(source));
    const article =
      splitArticle(paragraphs) ??
      fail(
        1,
        'no report text found: no paragraph starts with 各位代表 and none is a paragraph of prose (40 characters or more, with a 。)',
      );
    const meta = readMetadata(article.head, article.body, article.tail);
    const firstLine = article.body[0].line;

    const glossaryAt = glossaryStart(article.body);
    // An annex's label right above the glossary (附件2 / 名词解释) labels the glossary, which has its own page.
    const glossaryLabel = glossaryAt > 0 && ANNEX.test(article.body[glossaryAt - 1].text) ? 1 : 0;
    const text = glossaryAt < 0 ? article.body : article.body.slice(0, glossaryAt - glossaryLabel);
    const entries = glossaryAt < 0 ? [] : article.body.slice(glossaryAt + 1);
    if (glossaryAt >= 0 && entries.length === 0)
      fail(article.body[glossaryAt].line, `"${article.body[glossaryAt].text}" is followed by no entries`);

    const government =
      outline.government ??
      meta.government ??
      fail(
        firstLine,
        `cannot tell which government speaks (no “我代表…人民政府” and no speaker line such as 河北省人民政府省长 王正谱): write \`government:\` in ${OUTLINE_HINT}`,
      );
    const date =
      outline.date ??
      meta.date ??
      fail(
        1,
        `no date found: neither a meeting line (2026年1月25日在…会议上), a date line (2021年04月27日) nor a heading that names the year (一、2013年工作回顾): write \`date:\` (2014-03-05, or the year, 2014) in ${OUTLINE_HINT}`,
      );

    // A text with no title of its own is named by whose report it is, and of which year.
    const title = outline.title ?? meta.title ?? meta.headline ?? reportTitle(date.slice(0, 4), government);
    const detected = () => planSections(classify(text), title);
    let plan: { parts: PlannedPart[]; sections: PlannedSection[] };
    if (outline.sections) {
      plan = planFromOutline(text, { ...outline, sections: outline.sections }, outline.parts ?? detected().parts);
    } else {
      plan = detected();
      if (outline.parts) {
        if (outline.parts.length !== plan.parts.length)
          fail(
            firstLine,
            `${OUTLINE_HINT} lists ${outline.parts.length} parts, the text has ${plan.parts.length}: list them all, or add \`sections:\``,
          );
        const ids = new Map(plan.parts.map((part, i) => [part.id, outline.parts![i].id]));
        plan = {
          parts: outline.parts,
          sections: plan.sections.map((section) => ({ ...section, part: ids.get(section.part)! })),
        };
      }
    }

    const glossary = readGlossary(entries, text.map((p) => p.text).join('\n'), outline.glossary);
    const glossaryTitle = glossaryAt < 0 ? undefined : glossaryHeading(article.body[glossaryAt].text);
    return {
      title,
      government,
      headline: meta.headline ?? title,
      ...((outline.meeting ?? meta.meeting) ? { meeting: outline.meeting ?? meta.meeting } : {}),
      ...((outline.speaker ?? meta.speaker) ? { speaker: outline.speaker ?? meta.speaker } : {}),
      date,
      dateText: writeDate(date),
      captions: meta.captions,
      provenance: meta.provenance,
      ...(glossaryTitle && glossaryTitle !== DEFAULT_GLOSSARY_TITLE ? { glossaryTitle } : {}),
      parts: plan.parts,
      sections: plan.sections,
      glossary,
    };
  } catch (error) {
    if (error instanceof StructureError) throw new ManuscriptError(file, error.line, error.message);
    throw error;
  }
}

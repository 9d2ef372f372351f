import { normalizePunctuation, splitParagraphs } from './normalize.ts';
import { GLOSSARY_TITLE, GOVERNMENT, PART_TITLES, REPORT_TITLE, SECTION_PLAN, type PartId, type SectionPlan } from './outline.ts';

export interface Manuscript {
  title: string;
  government: string;
  dateText: string;
  /** ISO date derived from `dateText` (2021年04月27日 → 2021-04-27). */
  date: string;
  headline: string;
  captions: string[];
  parts: { id: PartId; title: string; subtitle: string }[];
  sections: { plan: SectionPlan; paragraphs: string[] }[];
  glossary: { term: string; definition: string }[];
}

const DATE = /^(\d{4})年(\d{2})月(\d{2})日$/;
const GLOSSARY_LINE = /^【([^】]+)】(.+)$/;

function fail(message: string): never {
  throw new Error(`manuscript: ${message}`);
}

/**
 * Reads the manuscript: date, headline, the photo captions (the short lines before the
 * first long paragraph), the two parts with their subtitles, the body and the glossary.
 * Throws when the text no longer has the shape the outline expects, so that an edited
 * manuscript cannot be imported half right.
 */
export function parseManuscript(source: string): Manuscript {
  const paragraphs = splitParagraphs(normalizePunctuation(source));
  const [dateText, headline, ...rest] = paragraphs;
  const date = DATE.exec(dateText ?? '') ?? fail(`first line "${dateText}" is not a date like 2021年04月27日`);
  if (!headline) fail('no headline after the date');

  // Captions are the short lines without a full stop between the headline and the lead.
  const leadIndex = rest.findIndex((p) => p.includes('。'));
  if (leadIndex < 0) fail('no lead paragraph');
  const captions = rest.slice(0, leadIndex);
  const body = rest.slice(leadIndex);

  const glossaryAt = body.indexOf(GLOSSARY_TITLE);
  if (glossaryAt < 0) fail(`no "${GLOSSARY_TITLE}" heading`);
  const glossary = body.slice(glossaryAt + 1).map((line) => {
    const match = GLOSSARY_LINE.exec(line) ?? fail(`glossary line "${line.slice(0, 20)}…" is not 【term】definition`);
    return { term: match[1], definition: match[2] };
  });

  // Take the part titles and subtitles out of the running text.
  const parts: Manuscript['parts'] = [{ id: 'lead', title: '导语', subtitle: '' }];
  const text = body.slice(0, glossaryAt);
  for (const [id, title] of Object.entries(PART_TITLES) as [PartId, string][]) {
    const at = text.indexOf(title);
    if (at < 0 || at + 1 >= text.length) fail(`part title "${title}" not found`);
    parts.push({ id, title, subtitle: text[at + 1] });
    text.splice(at, 2);
  }

  const starts = SECTION_PLAN.map((plan, i) => {
    if (i === 0) return 0;
    const at = text.findIndex((p) => p.startsWith(plan.start));
    if (at < 0) fail(`section "${plan.slug}" should start with "${plan.start}"`);
    return at;
  });
  starts.forEach((at, i) => {
    if (i > 0 && at <= starts[i - 1]) fail(`section "${SECTION_PLAN[i].slug}" starts before the previous one`);
  });
  const sections = SECTION_PLAN.map((plan, i) => ({
    plan,
    paragraphs: text.slice(starts[i], starts[i + 1] ?? text.length),
  }));

  return { title: REPORT_TITLE, government: GOVERNMENT, dateText, date: `${date[1]}-${date[2]}-${date[3]}`, headline, captions, parts, sections, glossary };
}

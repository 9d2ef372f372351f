/**
 * What the report is, read from its own text: the title, the government that speaks, the
 * meeting, the date and the speaker.
 */
import { DATE_LINE, MEETING, SPEAKER, TIMESTAMP, type HeadParagraph } from './article.ts';
import { PART_NUMBER } from '../shared/text.ts';
import type { SourceParagraph } from './paragraphs.ts';
import { readDate, YEAR } from '../shared/dates.ts';

export interface Provenance {
  /** Where the copy came from, as the page names it: 云南日报, 维基文库. */
  source?: string;
  /** When the page published it, ISO date. */
  published?: string;
}

export interface ReportMetadata {
  title?: string;
  government?: string;
  headline?: string;
  meeting?: string;
  speaker?: string;
  /** ISO date, or the year alone when the text gives no day. */
  date?: string;
  /** The date as `2026年01月25日`, or `2014年`. */
  dateText?: string;
  captions: string[];
  provenance: Provenance;
}

/** The places a government is named after, from 省 to 旗. */
const PLACE = '(?:省|自治区|特别行政区|市|区|县|自治州|州|旗|盟)';
/** The place a title names, before or after its year: 2026年河北省政府工作报告, 陕西省2026年政府工作报告. */
const TITLE_PLACE = new RegExp(`^(?:${YEAR.source})?(.+?${PLACE})(?:${YEAR.source})?(?:人民)?政府工作报告$`);
/** A government named by its level only: 我代表省人民政府, 我代表省政府. */
const LEVEL_ONLY = new RegExp(`^${PLACE}(?:人民)?政府$`);
/** The place in a meeting line: 在云南省第十四届人民代表大会… */
const MEETING_PLACE = new RegExp(`在(.{2,20}?${PLACE})第[一二三四五六七八九十\\d]+届人民代表大会`);
/** The place in a speaker line: 云南省省长 王予波, 河北省人民政府省长 王正谱. */
const SPEAKER_PLACE = new RegExp(`^(.{2,20}?${PLACE})(?:人民政府)?代?(?:省长|市长|主席|区长|县长|州长|盟长|旗长)`);

/** The place a title names: `2026年河北省政府工作报告` → 河北省, `陕西省2026年政府工作报告` → 陕西省. */
export function placeOf(title: string): string | undefined {
  return TITLE_PLACE.exec(title)?.[1];
}

/**
 * The government that speaks, from `我代表省人民政府` (with the place from the title, the
 * speaker line or the meeting line when the text names only the level) or from the speaker
 * line itself.
 */
export function readGovernment(
  body: SourceParagraph[],
  lines: { title?: string; speaker?: string; meeting?: string },
): string | undefined {
  const place =
    (lines.title && placeOf(lines.title)) ??
    (lines.speaker ? SPEAKER_PLACE.exec(lines.speaker)?.[1] : undefined) ??
    (lines.meeting ? MEETING_PLACE.exec(lines.meeting)?.[1] : undefined);
  for (const p of body.slice(0, 4)) {
    const named = /我代表(.{2,24}?)(?:，|,|向)/.exec(p.text)?.[1];
    if (!named) continue;
    if (LEVEL_ONLY.test(named)) return place ? `${place}人民政府` : undefined;
    return named;
  }
  return lines.speaker ? /^(.+?人民政府)/.exec(lines.speaker)?.[1] : undefined;
}

/**
 * The speaker line as written, its spaces made one: `云南省省长　王予波` → 云南省省长 王予波,
 * `国务院总理李克强` → 国务院总理 李克强, `上海市市长 龚 正` → 上海市市长 龚正 (the padding of a
 * two-character name is typesetting), a bare name as it stands.
 */
export function readSpeaker(line: string): string {
  const match = SPEAKER.exec(line);
  if (!match) return line.trim();
  return `${match[1]}${match[2]} ${match[3].replace(/\s/g, '')}`.trim();
}

/** A report's title from whose and of which year it is: 2014年国务院政府工作报告, 2026年云南省政府工作报告. */
export const reportTitle = (year: string, government: string): string =>
  `${year}年${government.replace(/人民政府$/, '')}政府工作报告`;

/**
 * The year of a text that names no date: the year after the one its first part reviews
 * (一、2013年工作回顾 is the 2014 report), or the year its plans are for (2014年重点工作).
 */
export function yearFromHeadings(body: SourceParagraph[]): number | undefined {
  const headings = body.filter((p) => PART_NUMBER.test(p.text)).map((p) => p.text);
  for (const heading of headings) {
    const reviewed = /(\d{4})年.{0,20}?工作回顾/.exec(heading);
    if (reviewed) return Number(reviewed[1]) + 1;
  }
  for (const heading of headings) {
    const planned = /(\d{4})年.{0,10}?(?:工作|任务|部署)/.exec(heading);
    if (planned) return Number(planned[1]);
  }
  return undefined;
}

/** Where the copy says it came from: a 来源 line, the page's publication time, Wikisource's notice. */
function readProvenance(head: HeadParagraph[], tail: SourceParagraph[]): Provenance {
  const provenance: Provenance = {};
  head.forEach((h, i) => {
    const label = /^(来源|时间|发布时间|发布日期)[：:]\s*(.*)$/.exec(h.text);
    const value = label ? label[2] || head[i + 1]?.text || '' : h.text;
    if (label?.[1] === '来源' && value && !provenance.source) provenance.source = value.trim();
    else if ((label || TIMESTAMP.test(h.text)) && !provenance.published) {
      const day = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(value.trim());
      if (day) provenance.published = `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`;
    }
  });
  if (!provenance.source && tail.some((p) => p.text.includes('维基文库'))) provenance.source = '维基文库';
  return provenance;
}

export function readMetadata(
  head: HeadParagraph[],
  body: SourceParagraph[],
  tail: SourceParagraph[] = [],
): ReportMetadata {
  const first = (kind: HeadParagraph['kind']) => head.find((h) => h.kind === kind)?.text;
  const meetingLine = first('meeting');
  const meeting = meetingLine ? MEETING.exec(meetingLine)![1] : undefined;
  const dateLine = first('date');
  const day = (meeting && readDate(meeting)) || (dateLine && DATE_LINE.test(dateLine) ? readDate(dateLine) : null);
  const headingYear = day ? undefined : yearFromHeadings(body);
  const when = day ?? (headingYear ? { date: String(headingYear), dateText: `${headingYear}年` } : null);
  const speakerLine = first('speaker');
  let title = first('title');
  const government = readGovernment(body, { title, speaker: speakerLine, meeting });
  const year = when?.date.slice(0, 4);
  if (title && year && !YEAR.test(title)) title = `${year}年${title}`;
  // A title that leaves out whose report it is (2026年政府工作报告), or no title at all.
  if (year && government && (!title || title === `${year}年政府工作报告`)) title = reportTitle(year, government);
  return {
    title,
    government,
    headline: first('headline'),
    meeting,
    speaker: speakerLine ? readSpeaker(speakerLine) : undefined,
    date: when?.date,
    dateText: when?.dateText,
    captions: head.filter((h) => h.kind === 'caption').map((h) => h.text),
    provenance: readProvenance(head, tail),
  };
}

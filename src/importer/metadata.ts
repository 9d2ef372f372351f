/**
 * What the report is, read from its own text: the title, the government that speaks, the
 * meeting, the date and the speaker.
 */
import { DATE_LINE, MEETING, SPEAKER, type HeadParagraph } from './article.ts';
import type { SourceParagraph } from './paragraphs.ts';
import { readDate, YEAR } from '../shared/dates.ts';

export interface ReportMetadata {
  title?: string;
  government?: string;
  headline?: string;
  meeting?: string;
  speaker?: string;
  /** ISO date. */
  date?: string;
  /** The date as `2026年01月25日`. */
  dateText?: string;
  captions: string[];
}

const TITLE_YEAR = new RegExp(`^${YEAR.source}`);
const TITLE_PLACE = new RegExp(
  `^(?:${YEAR.source})?(.+?(?:省|自治区|特别行政区|市|区|县|自治州|州|旗|盟))(?:人民)?政府工作报告$`,
);

/** The place a title names: `2026年河北省政府工作报告` → 河北省. */
export function placeOf(title: string): string | undefined {
  return TITLE_PLACE.exec(title)?.[1];
}

/**
 * The government that speaks, from `我代表省人民政府` (with the place from the title or the
 * speaker line when the text shortens it) or from the speaker line itself.
 */
export function readGovernment(
  body: SourceParagraph[],
  title: string | undefined,
  speakerLine: string | undefined,
): string | undefined {
  const place =
    (title && placeOf(title)) ??
    (speakerLine ? /^(.+?(?:省|自治区|市|区|县|州))(?:人民政府)/.exec(speakerLine)?.[1] : undefined);
  for (const p of body.slice(0, 4)) {
    const named = /我代表(.{2,24}?)(?:，|,|向)/.exec(p.text)?.[1];
    if (!named) continue;
    if (/^(?:省|市|区|县|州|自治区|自治州|盟|旗)人民政府$/.test(named)) return place ? `${place}人民政府` : undefined;
    return named;
  }
  const fromSpeaker = speakerLine ? /^(.+?人民政府)/.exec(speakerLine)?.[1] : undefined;
  return fromSpeaker;
}

/** `河北省人民政府省长 王正谱` → 省长 王正谱; `国务院总理李克强` → 总理 李克强. */
export function readSpeaker(line: string): string | undefined {
  const match = SPEAKER.exec(line);
  if (!match) return undefined;
  const prefix = match[1].replace(/.*(?:人民政府|国务院)/, '');
  const role = /^(?:自治区|特别行政区)$/.test(prefix) ? `${prefix}${match[2]}` : match[2];
  return `${role} ${match[3]}`;
}

export function readMetadata(head: HeadParagraph[], body: SourceParagraph[]): ReportMetadata {
  const first = (kind: HeadParagraph['kind']) => head.find((h) => h.kind === kind)?.text;
  const meetingLine = first('meeting');
  const meeting = meetingLine ? MEETING.exec(meetingLine)![1] : undefined;
  const dateLine = first('date');
  const when = (meeting && readDate(meeting)) || (dateLine && DATE_LINE.test(dateLine) ? readDate(dateLine) : null);
  const speakerLine = first('speaker');
  let title = first('title');
  const government = readGovernment(body, title, speakerLine);
  if (title && when && !TITLE_YEAR.test(title)) {
    const year = when.date.slice(0, 4);
    title =
      title === '政府工作报告' && government
        ? `${year}年${government.replace(/人民政府$/, '')}政府工作报告`
        : `${year}年${title}`;
  }
  return {
    title,
    government,
    headline: first('headline'),
    meeting,
    speaker: speakerLine ? readSpeaker(speakerLine) : undefined,
    date: when?.date,
    dateText: when?.dateText,
    captions: head.filter((h) => h.kind === 'caption').map((h) => h.text),
  };
}

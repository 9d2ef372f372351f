/**
 * What the web page put around the report, told apart from the report.
 *
 * The copy is cut in three: the head (page chrome, title, meeting line, speaker, dates,
 * photo captions), the body (from 各位代表 or, in a news article, from the first paragraph of
 * prose) and the tail (相关报道, 责任编辑, related links, the licence notice of Wikisource, a
 * title and first paragraph repeated after the end), which is dropped whole. Nothing of the
 * head is dropped unless it is known chrome: a line that is neither chrome nor metadata is a
 * photo caption (the pictures are not in the copy, their captions are).
 */
import type { SourceParagraph } from './paragraphs.ts';
import { DATE, YEAR } from '../shared/dates.ts';
import { HAN } from '../shared/han.ts';

export type HeadKind = 'chrome' | 'title' | 'meeting' | 'speaker' | 'date' | 'headline' | 'caption';

export interface HeadParagraph extends SourceParagraph {
  kind: HeadKind;
}

export interface Article {
  head: HeadParagraph[];
  body: SourceParagraph[];
  /** The tail that was dropped, for the record. */
  tail: SourceParagraph[];
}

/** Buttons and labels of the page, each on a line of its own. */
const CHROME_LINE =
  /^(?:下载|打印|全屏|收藏|分享(?:到)?[：:]?|加大|还原|减小|打印本页|关闭窗口|【字号[：:]?|【字体[：:]?|】|扫一扫在手机打开当前页|【字号[：:]?\s*大\s*中\s*小\s*】|【字体[：:]?\s*大\s*中\s*小\s*】)$/;
/** Source, time, editor lines: `来源：北京日报`, `时间：2026-02-02`, or the label alone with its value on the next line. */
const LABEL_LINE = /^(?:来源|时间|发布时间|发布日期|作者|编辑|责任编辑|字号|浏览次数|点击数)[：:]/;
/** A publication time as a page prints it: `2026年02月10日 07时41分`, `2026-02-02 10:00`. */
export const TIMESTAMP =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[时:：]\d{1,2}分?(?:\d{1,2}秒)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/;
/** Where the page's own text ends: everything from here on is the page's, not the report's. */
const TAIL_START =
  /^(?:相关报道|相关新闻|相关阅读|相关附件|相关链接|相关文档|责任编辑|打印本页|关闭窗口|扫一扫在手机打开当前页|本作品是中华人民共和国的|本作品在全世界都属于公有领域|注：中文维基文库|Public domain)/;

/** What sets a meeting line off: a dash (——, ――, --) before it, or brackets around it. */
const MEETING_MARK = '(?:[—―]{1,2}|-{1,2})?\\s*[（(]?';
export const MEETING = new RegExp(`^${MEETING_MARK}(${DATE.source}在.*(?:会议|大会)上)[）)]?$`);
/** The first line of a meeting line that the page broke in two (——2026年1月26日在某省第十四届). */
const MEETING_START = new RegExp(`^${MEETING_MARK}${DATE.source}在[^。，]*$`);
/** A breadcrumb's opening (您的位置：首页 > 要闻): its items follow, one a line, joined by `>`. */
const BREADCRUMB = /^(?:您的位置|您现在的位置|当前位置)[：:]?/;
const BREADCRUMB_SEPARATOR = /^[>＞›»]$/;
/** A speaker line that is a bare name (王予波, 嘎玛·泽登), right under the meeting line. */
const BARE_NAME = new RegExp(`^[${HAN}·]{2,6}$`, 'u');
export const DATE_LINE = new RegExp(`^${DATE.source}$`);
export const TITLE = new RegExp(`^(?:${YEAR.source})?.{0,20}政府工作报告$`);
/** A speaker line: the office, then the name (a two-character name often padded: 龚 正). */
export const SPEAKER = new RegExp(
  `^(.{0,16}?)(代?(?:总理|省长|市长|主席|区长|县长|州长|盟长|旗长))\\s*([${HAN}·](?:\\s?[${HAN}·]){1,11})$`,
  'u',
);
const CAPTION = /(?:摄|供图|图片来源.*)$|本报记者|新华社记者|记者\s*\S+\s*摄/;

/** The body starts at 各位代表, or in an article at the first paragraph of prose. */
function bodyStart(paragraphs: SourceParagraph[]): number {
  const address = paragraphs.findIndex((p) => /^各位代表[：:！!，,]/.test(p.text));
  if (address >= 0) return address;
  return paragraphs.findIndex((p) => p.text.includes('。') && p.text.length >= 40 && !CAPTION.test(p.text));
}

/** A meeting line with the speaker after it on the same line: …会议上 陕西省省长 赵刚. */
const MEETING_AND_SPEAKER = /^(.*(?:会议|大会)上[）)]?)\s+(\S.*)$/;

/**
 * The head's lines as the page should have set them: a meeting line the page broke over two
 * lines joined into one, a meeting line that carries the speaker split in two.
 */
function headLines(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const lines: SourceParagraph[] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    const both = MEETING_AND_SPEAKER.exec(p.text);
    if (next && MEETING_START.test(p.text) && !MEETING.test(p.text) && MEETING.test(p.text + next.text)) {
      lines.push({ text: p.text + next.text, line: p.line });
      i += 1;
    } else if (both && MEETING.test(both[1]) && SPEAKER.test(both[2])) {
      lines.push({ text: both[1], line: p.line }, { text: both[2], line: p.line });
    } else lines.push(p);
  }
  return lines;
}

function classifyHead(paragraphs: SourceParagraph[]): HeadParagraph[] {
  const head: HeadParagraph[] = [];
  let inFontSwitch = false;
  let labelWithoutValue = false;
  /** In a breadcrumb: `item` when an item comes next, `separator` when a `>` may. */
  let breadcrumb: 'item' | 'separator' | null = null;
  /** The breadcrumb's last item (the page's column), which pages print again as a heading. */
  let column: string | undefined;
  const lastKind = () => head.findLast((h) => h.kind !== 'chrome')?.kind;
  for (const p of paragraphs) {
    const text = p.text;
    let kind: HeadKind;
    if (breadcrumb === 'item' || (breadcrumb === 'separator' && BREADCRUMB_SEPARATOR.test(text))) {
      kind = 'chrome';
      if (breadcrumb === 'item') column = text;
      breadcrumb = breadcrumb === 'item' ? 'separator' : 'item';
    } else if (text === '首页') {
      // A breadcrumb without its label: 首页 > 政府信息公开 > 政府工作报告.
      kind = 'chrome';
      column = text;
      breadcrumb = 'separator';
    } else if (BREADCRUMB.test(text)) {
      kind = 'chrome';
      const items = text.replace(BREADCRUMB, '').trim();
      if (items) column = items.split(/\s*[>＞›»]\s*/).at(-1);
      else breadcrumb = 'item';
    } else if ((column !== undefined && text === column) || head.some((h) => h.kind !== 'chrome' && h.text === text)) {
      // The column printed again under the breadcrumb, or a head line the page prints twice.
      kind = 'chrome';
    } else if (inFontSwitch) {
      kind = 'chrome';
      if (text.includes('】')) inFontSwitch = false;
    } else if (/^【(?:字号|字体)/.test(text) && !text.includes('】')) {
      kind = 'chrome';
      inFontSwitch = true;
    } else if (labelWithoutValue) {
      kind = 'chrome';
      labelWithoutValue = false;
    } else if (CHROME_LINE.test(text) || TIMESTAMP.test(text)) kind = 'chrome';
    else if (LABEL_LINE.test(text)) {
      kind = 'chrome';
      labelWithoutValue = /[：:]$/.test(text);
    } else if (MEETING.test(text)) kind = 'meeting';
    else if (DATE_LINE.test(text)) kind = 'date';
    else if (TITLE.test(text) && !head.some((h) => h.kind === 'title')) kind = 'title';
    else if (SPEAKER.test(text) && text.length <= 30) kind = 'speaker';
    else if (BARE_NAME.test(text) && lastKind() === 'meeting') kind = 'speaker';
    else if (CAPTION.test(text)) kind = 'caption';
    else if (!head.some((h) => h.kind === 'title' || h.kind === 'headline')) kind = 'headline';
    else kind = 'caption';
    if (breadcrumb === 'separator' && kind !== 'chrome') breadcrumb = null;
    head.push({ ...p, kind });
  }
  return head;
}

/**
 * Drops trailing paragraphs that repeat the opening: the title, or the first paragraphs of the
 * body run together (`各位代表：现在，我代表…`), as some pages print them again under the end.
 */
function dropRepeats(
  head: HeadParagraph[],
  body: SourceParagraph[],
): { body: SourceParagraph[]; repeats: SourceParagraph[] } {
  const opening = new Set<string>();
  for (const h of head) opening.add(h.text);
  let run = '';
  for (const p of body.slice(0, 4)) {
    opening.add(p.text);
    run += p.text;
    opening.add(run);
  }
  const kept = [...body];
  const repeats: SourceParagraph[] = [];
  while (kept.length > 4 && opening.has(kept.at(-1)!.text)) repeats.unshift(kept.pop()!);
  return { body: kept, repeats };
}

/** A line of the page after the text: chrome, or a few characters with no sentence mark in them. */
const isPageLine = (text: string) => isChromeLine(text) || ([...text].length <= 20 && !/[。！？!?；;：:]/.test(text));

/** Splits the copy into head, body and tail. Returns `null` when no body is found. */
export function splitArticle(paragraphs: SourceParagraph[]): Article | null {
  const start = bodyStart(paragraphs);
  if (start < 0) return null;
  const head = classifyHead(headLines(paragraphs.slice(0, start)));
  const rest = paragraphs.slice(start);
  const end = rest.findIndex((p, i) => i > 0 && TAIL_START.test(p.text));
  let stop = end >= 0 ? end : rest.length;
  // Short lines without a sentence after the last one: the page's buttons (收藏, |, 分享到微信, ×).
  while (stop > 1 && isPageLine(rest[stop - 1].text)) stop -= 1;
  const tail = rest.slice(stop);
  const { body, repeats } = dropRepeats(head, rest.slice(0, stop));
  return { head, body, tail: [...repeats, ...tail] };
}

export const isChromeLine = (text: string): boolean =>
  CHROME_LINE.test(text) || LABEL_LINE.test(text) || TIMESTAMP.test(text) || TAIL_START.test(text);

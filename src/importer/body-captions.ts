/**
 * A photo caption standing inside the report's text, where the page showed a picture: the
 * copy keeps the caption and loses the picture. Such a line is told apart from the report's
 * own paragraphs by how a newspaper writes a caption, and only by that, so that no paragraph
 * of a report is ever taken for one:
 *
 * - it opens with a caption's mark: `▲`/`△` (the picture above), `图为`, `图：`, `（图）`;
 * - or it ends with the photographer's credit: `（摄影 张三）`, `（新华社记者 李四 摄）`,
 *   `本报记者 戴冰摄`, `新华社记者 牟宇摄`, or a name set off by a space: `… 王五 摄`.
 *
 * And it is short: a caption is a line or two, a report's paragraph that happened to start
 * with 图为 would not be. The captions before the report's first paragraph are read with the
 * head (chrome.ts, metadata.ts); these are the ones after it.
 */
import { HAN } from '../shared/han.ts';

/** A caption is one or two lines under a picture. */
export const CAPTION_MAX = 100;

const OPENING_MARK = /^(?:[▲△]|图为|图[：:]|（图）)/;
/** A name as a credit gives it: two to eight Han characters, maybe with a middle dot or a space. */
const NAME = `[${HAN}·]{2,8}(?:\\s[${HAN}·]{1,4})?`;
const CREDIT = new RegExp(
  [
    // （摄影 张三）, （摄影：张三）, （张三 摄）, （新华社记者 李四 摄）, （图：王五）
    `（(?:摄影|图|图片)[：:/／]?\\s*${NAME}）$`,
    `（[^（）]{0,12}${NAME}\\s*摄）$`,
    // 本报记者 戴冰摄, 新华社记者 牟宇 摄, 通讯员 赵六摄
    `(?:记者|通讯员|摄影)\\s*${NAME}\\s*摄$`,
    // … 王五 摄: a name set off by a space before 摄 (report text has no such space).
    `\\s${NAME}\\s*摄$`,
  ].join('|'),
  'u',
);

export function isBodyCaption(text: string): boolean {
  const line = text.trim();
  if ([...line].length > CAPTION_MAX) return false;
  return OPENING_MARK.test(line) || CREDIT.test(line);
}

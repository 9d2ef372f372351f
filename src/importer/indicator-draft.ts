/**
 * The importer's draft of `<report>/indicators.yaml`: every quantity the report writes in
 * Arabic numerals with a unit (492.06亿元, 6.3%, 1.7万人（次）), as an entry an editor then
 * curates. For each figure the draft reads, from the words around it and the section it
 * stands in:
 * - the kind: a target when the sentence looks ahead (a year or five-year plan still to come,
 *   力争/目标/预期…, or a section of plans), otherwise growth for a rate of change (增长6%,
 *   增速8.4%, 下降23%) and achieved for anything else;
 * - the period: the year or span the sentence names last before the figure (2020年,
 *   “十三五”, 2016—2020年), else the one its section's title names, else the report's year
 *   for a target and the year before for a result;
 * - the qualifier (左右, 以上, 超过, 力争, 累计…) and the indicator (the words before the
 *   figure, without the verb: 地区生产总值 of 地区生产总值达到492.06亿元);
 * - the quote: the fewest words around the figure that name one place in the section, as
 *   remark-indicator-links will look for them (both place a quote with `placeFigure`, in
 *   src/shared/quote-text.ts), so that a draft always builds.
 * Years (2020年), dates, ordinals and numbers inside names (S186#, 5G) are not quantities.
 */
import type { Chart, Indicator } from '../schemas/indicators.ts';
import { placeFigure, sectionQuoteText, squeeze as squeezeText, type SectionQuoteText } from '../shared/quote-text.ts';
import { PLAN_NAME, planYears, readPlanName } from '../shared/five-year-plans.ts';

/** A section as the site will show it: its slug, titles and numbered paragraphs' text. */
export interface DraftSection {
  slug: string;
  title: string;
  partTitle: string;
  paragraphs: string[];
}

/**
 * Units, longest first so that 万平方米 is not read as 万 + 平方米. A number followed by
 * anything else (年, 月, 周年, 岁 in a name…) is not drafted.
 */
const UNITS = [
  '万人（次）',
  '微克/立方米',
  '个百分点',
  '亿千瓦时',
  '万千瓦时',
  '万平方米',
  '平方公里',
  '亿立方米',
  '万立方米',
  '万标准箱',
  '万亿元',
  '亿美元',
  '万美元',
  '平方米',
  '立方米',
  '亿千瓦',
  '万千瓦',
  '万人次',
  '万公里',
  '万个',
  '万家',
  '万户',
  '万人',
  '万亩',
  '亿亩',
  '万名',
  '万吨',
  '亿吨',
  '万亿斤',
  '亿斤',
  '万斤',
  '万辆',
  '万套',
  '万张',
  '万头',
  '万床',
  '万元',
  '亿元',
  '人次',
  '公里',
  '公顷',
  '千瓦',
  '兆瓦',
  '大类',
  '小时',
  '分钟',
  '元',
  '%',
  '％',
  '‰',
  '米',
  '亩',
  '吨',
  '人',
  '名',
  '户',
  '家',
  '个',
  '项',
  '所',
  '条',
  '座',
  '部',
  '台',
  '处',
  '辆',
  '张',
  '套',
  '间',
  '栋',
  '天',
  '倍',
  '类',
  '件',
  '次',
  '场',
  '批',
  '位',
  '床',
  '头',
  '艘',
  '架',
  '列',
  '颗',
  '宗',
  '片',
  '支',
  '款',
];
const UNIT = UNITS.map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
/** A number not inside a name (S186#, 5G, 3+1), with its unit. */
const QUANTITY = new RegExp(`(?<![0-9A-Za-z.#+\\-／/第])(?<!\\d,)(\\d+(?:\\.\\d+)?)(${UNIT})(?![A-Za-z#+])`, 'g');
/** 个 of a span of time (3个月, 2个小时) counts months and hours, not things. */
const SPAN_OF_TIME = /^(?:多)?(?:月|小时|季度|工作日)/;

const AFTER_QUALIFIERS = ['左右', '以上', '以内', '以下'] as const;
/** Longest first: 不超过 is not 超过, 控制在 not 在. */
const BEFORE_QUALIFIERS = [
  '不低于',
  '不少于',
  '不超过',
  '控制在',
  '低于',
  '超过',
  '突破',
  '跨上',
  '超',
  '近',
  '约',
] as const;
/**
 * Words that end in a one-character qualifier without being one: 签约3543亿元 is signed, not
 * about; 赶超2% overtakes.
 */
const NOT_A_QUALIFIER = /(?:签约|节约|集约|制约|预约|赶超|高超)$/;
type Qualifier = NonNullable<Indicator['qualifier']>;

const SENTENCE_END = /[。！？；]/;
const CLAUSE_BREAK = /[。！？；，：]/;
/**
 * The words of a sentence that look ahead, when it names no year or plan: whole words, as a
 * single 拟 or 将 is as often part of another word (虚拟, 将…纳入), 预期, 预计 look back as
 * often (好于预期, 预计全年增长), and 计划 is as often a programme's name (支持计划).
 */
const AHEAD =
  /力争|目标是|目标为|预期目标|确保|计划(?:到|在|于|实现|完成|新增)|争取|今年|明年|将要|将(?:达到|实现|完成|新增|建成)|努力实现/;
/** Section and part titles of plans, and of reviews. */
const PLAN_TITLE = /展望|安排|目标|任务|要求|重点工作|主要工作|建议|部署|计划|考虑|打算/;
const REVIEW_TITLE = /回顾|成就|成绩|回眸|过去|总结|进展|成效/;
/** Nouns of a rate of change: growth whatever verb follows (增速达到8.4%). */
const RATE_NOUN = /(?:增速|增幅|降幅|涨幅)[^，；。]{0,6}$/;
/** Between the two ends of a range: 6%－6.5%, 6%至6.5%. */
const RANGE_SIGN = /^[－—\-~～至到]$/;
/** Verbs of a change in an amount (增加4374.4亿元, 净增231万户), not of a level reached (增加到). */
const AMOUNT_CHANGE = /(?:增加|减少|增长|下降|净增|净减|减负|减免|让利)(?:了|超过|超|近|约|达)?$/;
const FALL = /下降|降低|减少|回落|净减|降|压减|削减|减免|减负|让利/;
/** An amount taken away, the verb first (压减地下水开采量21.5亿立方米, 其中减免社保费1.7万亿元). */
const CUT_BY = /^(?:压减|削减|减免|减少|降低)/;
/** Names that already say the change (经营主体净增, 为市场主体减负): nothing is added to them. */
const CHANGE_END = /(?:增加|减少|净增|净减|减负|减免|让利|减税|降费|增长|下降)$/;
/** Verbs of change: growth, unless they say where a level ends up (提高到60% is a level). */
const CHANGE_VERB = /(?:增长|下降|降低|提高|上升|上涨|回升|减少|增加|回落|提升|再降|降)(?:了|分别|约|近|超过|超)?$/;

/** A plan as a time (“十三五”时期, “十二五”末), not as a document (“十四五”规划项目 are stored now). */
const PLAN = new RegExp(`“?(${PLAN_NAME.source})(?!”?规划)”?(?:时期|期间)?(末|期末)?`, 'g');
const YEAR = /(?<!\d)(20\d\d)年?(?:(?:—|-|－|至|到)(20\d\d)年)?/g;

interface TimeRef {
  at: number;
  /** Where the words naming the time end. */
  end: number;
  period: string;
  /** The last year the reference covers, to tell the past from the future. */
  last: number;
}

/** A comparison's base (比2020年, 较“十三五”末, 高于去年, 在2020年基础上): not the time a figure is about. */
const isBase = (text: string, at: number, end: number) =>
  /(?:[比较与同]|[高低好快慢多少]于)$/.test(text.slice(0, at)) || /^的?基础上/.test(text.slice(end));

/** Every year, span and plan a text names, with where it names it; comparisons' bases left out. */
/** Times named from the report's year: 过去五年 and 五年来, 过去一年 and 去年, 今年. */
const RELATIVE = /过去五年|五年来|这五年|近五年|过去一年|一年来|去年|今年/g;
const relativePeriod = (words: string, year: number): { period: string; last: number } =>
  /五年/.test(words)
    ? { period: `${year - 5}—${year - 1}`, last: year - 1 }
    : words === '今年'
      ? { period: String(year), last: year }
      : { period: String(year - 1), last: year - 1 };

function timeReferences(text: string, year?: number): TimeRef[] {
  const refs: TimeRef[] = [];
  if (year !== undefined)
    for (const match of text.matchAll(RELATIVE)) {
      if (isBase(text, match.index, match.index + match[0].length)) continue;
      refs.push({ at: match.index, end: match.index + match[0].length, ...relativePeriod(match[0], year) });
    }
  for (const match of text.matchAll(YEAR)) {
    const end = match[2] ? Number(match[2]) : Number(match[1]);
    // “2020年”, “2016—2020年”; a bare 2020 without 年 is a year only when a span follows.
    if (!match[0].includes('年') || isBase(text, match.index, match.index + match[0].length)) continue;
    refs.push({
      at: match.index,
      end: match.index + match[0].length,
      period: match[2] ? `${match[1]}—${match[2]}` : match[1],
      last: end,
    });
  }
  for (const match of text.matchAll(PLAN)) {
    if (isBase(text, match.index, match.index + match[0].length)) continue;
    const { start, end } = planYears(readPlanName(match[1])!)!;
    const period = match[2] ? String(end) : `${start}—${end}`;
    refs.push({ at: match.index, end: match.index + match[0].length, period, last: end });
  }
  return refs.sort((a, b) => a.at - b.at);
}

/**
 * The times a text names that can be a later figure's: a time written onto a figure of its
 * own (从2020年的3.68万亿元增长到2025年的4.93万亿元) is that figure's alone.
 */
function ownTimes(text: string, year: number): TimeRef[] {
  return timeReferences(text, year).filter((ref) => !/^(?:末|底)?的\d/.test(text.slice(ref.end)));
}

/** Whether a time is written onto the figure at `start` (2020年的3.68万亿元). */
const timeJustBefore = (text: string, start: number) => /(?:20\d\d年|末)的$/.test(text.slice(0, start));

/** The time a change is measured from (比2020年, 较“十三五”末, 在2020年基础上), the last the clause names. */
function baseReference(clause: string): string | undefined {
  let base: { at: number; period: string } | undefined;
  const consider = (at: number, period: string, end: number) => {
    if (isBase(clause, at, end) && (!base || at > base.at)) base = { at, period };
  };
  for (const match of clause.matchAll(YEAR))
    if (!match[2] && match[0].includes('年')) consider(match.index, match[1], match.index + match[0].length);
  for (const match of clause.matchAll(PLAN)) {
    const { end } = planYears(readPlanName(match[1])!)!;
    consider(match.index, String(end), match.index + match[0].length);
  }
  return base?.period;
}

/** The time of a base value (较“十三五”末的9323.1亿元): what the comparison names. */
const BASE_VALUE = /(?:较|比)[^，；。、]{1,10}?(?:年|末)的$/;

/** A start value (从3826.5亿元增长到4398.6亿元, 由250天增加到321天): 从/由 before it, 到/至 after it. */
function isStartValue(text: string, clauseStart: number, start: number, end: number): boolean {
  return (
    /[从由](?:[^，；。、从由\d]{0,10}?的|[^，；。、从由\d]{0,6})$/.test(text.slice(clauseStart, start)) &&
    /^(?:左右)?(?:增长|增加|提高|提升|下降|降低|减少|上升|扩大|缩小)?(?:到|至)/.test(text.slice(end))
  );
}

/**
 * Whether a figure of a span of years is its level at the span's end (森林覆盖率达到24.1%:
 * 2025) rather than a change or a flow over the span (年均增长7%, 新增就业452万人) or a level
 * held through it (粮食产量稳定在760亿斤以上).
 */
const HELD = /保持在|稳定在|控制在|连续|始终|每年|严守|坚守|守住/;
/** Units that count things: 8家全国重点实验室落户, a count of what happened over the years. */
const COUNT_UNIT = /^(?:个|家|项|所|座|条|名|户|人|批|处|部|台|辆|套|艘|架|件|宗|款)$/;
const FLOW =
  /累计|新增|净增|完成|建成|落户|开工|改造|新建|实施|帮助|培训|搬迁|脱贫|摘帽|引进|培育|认定|创建|签约|招引|带动|扩招|转移|减少|压减|五年/;
export interface IndicatorDraft {
  indicators: Indicator[];
  charts: Chart[];
  /** Figures left out because no words around them name one place in their section. */
  unplaced: number;
}

export interface DraftOptions {
  /** The year the report is given in: its plans look ahead from it. */
  year: number;
  /**
   * Names that hold a number (the glossary's 稳增长“18”条, as the text writes it: “18条”): a
   * number inside one is part of a name, not a figure, and is left to the glossary's link.
   */
  names?: string[];
}

interface Found {
  section: string;
  paragraph: number;
  value: string;
  unit: string;
  start: number;
  end: number;
  text: string;
}

/** Text without whitespace, as quotes are compared (src/shared/quote-text.ts). */
const squeeze = (text: string) => squeezeText(text).text;

/**
 * A section's text as the build looks for quotes in it, with the paragraphs run on. The build
 * runs on only paragraphs that follow each other, so this finds every place the build finds,
 * and perhaps more: a quote that names one place here names one place there.
 */
const sectionText = (paragraphs: string[]): SectionQuoteText =>
  sectionQuoteText(paragraphs.map((paragraph) => ({ squeezed: squeezeText(paragraph), follows: true })));

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The first word start at or after `at` and at most `latest` (失业人员, not 名失业人员 or
 * 业人员), in the sentence from `sentenceStart` to `end`: the sentence is segmented whole,
 * as a cut word segments wrong.
 */
function wordStartFrom(text: string, sentenceStart: number, end: number, at: number, latest: number): number {
  for (const { index } of words.segment(text.slice(sentenceStart, end))) {
    const position = sentenceStart + index;
    if (position >= at) return position <= latest ? position : at;
  }
  return at;
}

/**
 * The shortest words around the figure that name one place in the section (or, failing
 * that, in its paragraph, given as a hint) and in which the figure's first occurrence is
 * this figure. Undefined when no such words exist within the sentence.
 */
function chooseQuote(found: Found, section: SectionQuoteText): { quote: string; hint: boolean } | undefined {
  const { text, start, end, paragraph } = found;
  const sentenceStart = lastIndex(text, SENTENCE_END, start) + 1;
  let sentenceEnd = text.slice(end).search(SENTENCE_END);
  // The sentence with its closing mark, which may be what tells two places apart.
  sentenceEnd = sentenceEnd === -1 ? text.length : end + sentenceEnd + 1;
  const figure = squeeze(text.slice(start, end));
  // The quote must hold this figure first: the build links the first occurrence in the quote.
  const figureFirst = (from: number, to: number) =>
    squeeze(text.slice(from, to)).indexOf(figure) === squeeze(text.slice(from, start)).length;

  // Where the quote starts: the figure's clause (绿地750亩 of 新增造林2万亩、绿地750亩), or the
  // figure before it in a list (38550元和21941元), or a few words; never inside a number.
  const clauseStart = Math.max(sentenceStart, lastIndex(text, /[，；：、]/, start) + 1);
  const previous = [...text.slice(sentenceStart, start).matchAll(QUANTITY)].at(-1);
  const previousStart = previous ? sentenceStart + previous.index : -1;
  let from: number;
  if (start - clauseStart >= 2 && start - clauseStart <= 12) from = clauseStart;
  else if (previous && start - (previousStart + previous[0].length) <= 2) from = previousStart;
  else from = wordStartFrom(text, sentenceStart, start, Math.max(sentenceStart, start - 7), start - 3);
  // 15%、5%: a start that puts another figure's digits first falls back to the clause, or the figure.
  if (!figureFirst(from, end)) from = figureFirst(clauseStart, end) ? clauseStart : start;
  // Trailing qualifier words belong in the quote (6%左右).
  let to = end;
  for (const word of AFTER_QUALIFIERS) if (text.startsWith(word, to)) to += word.length;

  // Widened until it names one place: to the left a clause at a time while the figure stays
  // the quote's first, then to the right.
  const breaks = [...text.slice(sentenceStart, from)]
    .flatMap((c, i) => (/[，；：、]/.test(c) ? [sentenceStart + i + 1] : []))
    .reverse();
  const candidate = (accept: 'section' | 'paragraph') => {
    let a = from;
    let b = to;
    const lefts = [...breaks, sentenceStart].filter((at) => at < from);
    for (;;) {
      if (figureFirst(a, b)) {
        const place = placeFigure(section, text.slice(a, b), text.slice(start, end), paragraph - 1);
        if (place.found === 'one' && (!place.byHint || accept === 'paragraph')) {
          return { quote: text.slice(a, b).trim(), hint: place.byHint };
        }
      }
      const left = lefts.shift();
      if (left !== undefined && figureFirst(left, b)) a = left;
      else if (b < sentenceEnd) {
        lefts.length = 0;
        b += 1;
      } else return undefined;
    }
  };
  return candidate('section') ?? candidate('paragraph');
}

function qualifierOf(text: string, start: number, end: number, kind: Indicator['kind']): Qualifier | undefined {
  for (const word of AFTER_QUALIFIERS) if (text.startsWith(word, end)) return word;
  const before = text.slice(Math.max(0, start - 3), start);
  if (!NOT_A_QUALIFIER.test(text.slice(0, start)))
    for (const word of BEFORE_QUALIFIERS) if (before.endsWith(word)) return word;
  const clause = text.slice(lastIndex(text, CLAUSE_BREAK, start) + 1, start);
  if (kind === 'target' && clause.includes('力争')) return '力争';
  if (clause.includes('累计')) return '累计';
  return undefined;
}

function lastIndex(text: string, pattern: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i -= 1) if (pattern.test(text[i])) return i;
  return -1;
}

const QUANTITY_AT_END = new RegExp(`(?:\\d+(?:\\.\\d+)?(?:${UNIT})(?:左右|以上|以内|以下)?[、和及与]?)+$`);
const LEADING_WORDS =
  /^(?:其中|同时|全年|全区|全市|全省|全县|全国|今年|当年|年末|年初|分别|并|将|对|拟安排|拟|延续执行|继续|进一步|实现|要|抓好|严守|坚守|守住)+/;
/** A list before the figure (新增造林2万亩、绿地750亩): its last item names this figure. */
const LIST_BEFORE = new RegExp(`^.*\\d(?:${UNIT})(?:左右|以上|以内)?[、和及与]`);
const TRAILING_WORDS =
  /(?:年均|同比|比上年|较上年|由|从|较|(?<!占)比|分别|均|累计|达到|达|为|是|完成|实现|增加到|增长到|提高到|提升到|下降到|降至|控制在|保持在|稳定在|平均为|平均|全年|不低于|不少于|不超过|低于|不到|超过|突破|跨上|降到|降低到|减少到|拟按|按|安排|设定为|上涨|再降|(?<!赶|高)超|接近|近|(?<![签节集制预])约|力争|全部|共|总计|合计|增速|增幅|降幅|增长|下降|降低|提高|上升|减少|增加|提升|了|的|至)+$/;

/** Actions whose object is what a count counts (开工建设8个抽水蓄能电站). */
const ACTION =
  /(?:开工建设|新开工|建成投用|建成|新建|改扩建|改造提升|改造|打造|培育|引进|招引|创建|认定|开通|落地|实施|帮助|培训|安置|救助)$/;

/** The words that name what the figure measures: the clause before it, without the verb. */
function indicatorOf(
  text: string,
  start: number,
  end: number,
  kind: Indicator['kind'],
  growthWord: string | undefined,
  rate: boolean,
): string {
  const sentenceStart = lastIndex(text, SENTENCE_END, start) + 1;
  const counted = countedAfter(text, end);
  const clauseStart = lastIndex(text, CLAUSE_BREAK, start) + 1;
  // An item of a list that names what it counts (4656名失业人员、2184名就业困难人员), a
  // figure after a bare verb (建成16家虚拟养老服务中心) or opening its clause (3家企业主板
  // 上市), is named by what follows it; after an action (开工建设8个抽水蓄能电站), by both.
  const before = subjectBefore(text, sentenceStart, start);
  const action = ACTION.exec(text.slice(clauseStart, start))?.[0];
  const name =
    respectiveItem(text, start) ??
    (counted && action && before?.endsWith(action)
      ? `${action}${counted}`
      : counted &&
          (/[、和及]$/.test(text.slice(0, start)) ||
            (before && [...before].length <= 2) ||
            !text.slice(clauseStart, start).trim())
        ? subjectAfter(text, start, end)
        : (before ?? subjectAfter(text, start, end)));
  if (
    kind !== 'achieved' &&
    growthWord &&
    !/(?:增速|增幅|降幅|涨幅)$/.test(name) &&
    !(!rate && CHANGE_END.test(name)) &&
    !name.startsWith(growthWord)
  ) {
    const fall = FALL.test(growthWord);
    // A rate falls or grows (降幅, 增速); an amount is added or taken away (增加额, 减少额).
    // Prices rise by a 涨幅 (居民消费价格上涨2.5%).
    const rise = /涨/.test(growthWord) ? '涨幅' : '增速';
    // The report's own word for the rate (等增幅均超过10%) is the name's.
    const own = /增速|增幅|降幅|涨幅/.exec(growthWord)?.[0];
    return `${name}${rate ? (own ?? (fall ? '降幅' : rise)) : fall ? '减少额' : '增加额'}`;
  }
  return name;
}

const TIME_WORDS = new RegExp(
  `(?:20\\d\\d年?(?:(?:—|-|至)20\\d\\d年)?|“?${PLAN_NAME.source}(?!”?规划)”?(?:时期|期间)?末?)`,
  'g',
);

/**
 * What the clause before `at` names, without its verb and figures (地区生产总值 of
 * 地区生产总值跨上500亿元): when the clause names nothing (2020年达到492.06亿元), the clause
 * before it in the sentence does. Undefined when no clause of the sentence names anything.
 */
function subjectBefore(text: string, sentenceStart: number, at: number): string | undefined {
  const clauseStart = Math.max(sentenceStart, lastIndex(text, CLAUSE_BREAK, at) + 1);
  let lead = text.slice(clauseStart, at);
  // Verbs, figures before this one and time words come off the end until none is left
  // (空气优良天数由“十二五”末的250天增加到 → 空气优良天数).
  for (let previous = ''; previous !== lead;) {
    previous = lead;
    lead = lead
      .replace(/的$/, '')
      .replace(QUANTITY_AT_END, '')
      .replace(TRAILING_WORDS, '')
      .replace(/[从由][^，；。、\d从由]{1,6}$/, '');
    if (LIST_BEFORE.test(lead) && lead.replace(LIST_BEFORE, '')) lead = lead.replace(LIST_BEFORE, '');
    lead = lead.replace(TIME_WORDS, '');
  }
  lead = lead
    .replace(LEADING_WORDS, '')
    .replace(/^[—“”、]+/, '')
    .trim();
  if ([...lead].length >= 2) return lastWords(lead, 26).replace(/^[、，]+/, '');
  if (clauseStart <= sentenceStart) return undefined;
  // Only a clause that ends in a figure carries its subject on (地区生产总值跨上500亿元台阶，2020年达到…).
  const previous = text.slice(sentenceStart, clauseStart - 1);
  const figure = [...previous.matchAll(QUANTITY)].at(-1);
  return figure ? subjectBefore(text, sentenceStart, sentenceStart + figure.index) : undefined;
}

/** The end of `text`, at most `most` characters, from a word start (no name begins mid-word). */
function lastWords(text: string, most: number): string {
  const chars = [...text];
  if (chars.length <= most) return text;
  const from = text.length - chars.slice(-most).join('').length;
  for (const { index } of words.segment(text)) if (index >= from) return text.slice(index);
  return chars.slice(-most).join('');
}

/**
 * The figure's own item of a list with 分别 (有色冶金、石化化工、装备制造产业增加值年均分别增长
 * 17.8%、4.8%、9.9% → 石化化工产业增加值), when the items and the figures are as many; the
 * words the last item adds after its own (产业增加值) belong to every item. 城乡 before two
 * figures is 城镇 and 农村.
 */
function respectiveItem(text: string, start: number): string | undefined {
  const clauseStart = lastIndex(text, CLAUSE_BREAK, start) + 1;
  const clause = text.slice(clauseStart, start);
  const at = clause.lastIndexOf('分别');
  if (at < 0) return undefined;
  let clauseEnd = text.slice(start).search(CLAUSE_BREAK);
  clauseEnd = clauseEnd === -1 ? text.length : start + clauseEnd;
  const figures = [...text.slice(clauseStart + at, clauseEnd).matchAll(QUANTITY)].map(
    (m) => clauseStart + at + m.index,
  );
  const index = figures.indexOf(start);
  if (index < 0 || figures.length < 2) return undefined;
  let subject = clause.slice(0, at);
  for (let previous = ''; previous !== subject;) {
    previous = subject;
    subject = subject.replace(TRAILING_WORDS, '').replace(TIME_WORDS, '');
  }
  subject = subject.replace(LEADING_WORDS, '').replace(/^[—“”、]+/, '');
  // Items apart by 、 and 和; a 和 inside an item's own name (租赁和商务服务业) when that makes too many.
  let items = subject.split(/[、和及与]/).filter(Boolean);
  if (items.length > figures.length) items = subject.split('、').filter(Boolean);
  if (items.length === 1 && figures.length === 2 && subject.includes('城乡'))
    return subject.replace('城乡', index === 0 ? '城镇' : '农村');
  if (items.length !== figures.length) return undefined;
  // The words every item shares: after the last item's own words (parallel items of one
  // length: 有色冶金、石化化工、装备制造产业增加值), else from the first word that names a
  // measure (居民医保和基本公共卫生服务经费人均财政补助标准).
  const last = items.at(-1)!;
  const heads = items.slice(0, -1).map((item) => item.length);
  const parallel = heads.length >= 2 && heads.every((length) => length === heads[0]) && last.length > heads[0];
  // Only items that name no measure of their own share the last one's.
  const measure = items.slice(0, -1).some((item) => MEASURE.test(item)) ? null : MEASURE.exec(last.slice(2));
  const tail = parallel ? last.slice(heads[0]) : measure ? last.slice(2 + measure.index) : '';
  // 单位国内生产总值能耗和二氧化碳排放: “per unit of GDP” is every item's.
  const per = /^单位/.test(items[0]) ? /^单位.+?(?=能耗|排放|用水|用地|建设用地)/.exec(items[0])?.[0] : undefined;
  const item = index === items.length - 1 ? items[index] : `${items[index]}${tail}`;
  return per && !item.startsWith('单位') ? `${per}${item}` : item;
}

/** Words that name a measure of something (人均…标准, 产业增加值), where a list's shared words begin. */
const MEASURE = /人均|产业增加值|增加值|收入|产量|比重|占比|投资|总额|规模|标准|能耗|排放|利润|价格|税收|支出|补助/;

/** The noun the figure counts, when one follows it in its clause (7433名贫困人口全部脱贫 → 贫困人口). */
function countedAfter(text: string, end: number): string {
  const after = text
    .slice(end)
    .split(/[。！？；，：、]/)[0]
    .replace(/^(?:左右|以上|以内|的)/, '');
  return (
    after.replace(/(?:全部|已|均|基本)?(?:开工|建成|完成|实现|脱贫|达到|落户|建立|投用|投产).*$/, '') || after
  ).replace(/(?:全部|均|已|基本)(?=\p{Script=Han})/u, '');
}

/** What follows the figure, with a bare verb before it (帮助4656名失业人员 → 帮助失业人员). */
function subjectAfter(text: string, start: number, end: number): string {
  const clauseStart = lastIndex(text, /[。！？；，：、]/, start) + 1;
  const verb = text
    .slice(clauseStart, start)
    .replace(TIME_WORDS, '')
    .replace(LEADING_WORDS, '')
    .replace(/^[—“”、]+/, '');
  return (
    [...`${[...verb].length <= 2 ? verb : ''}${countedAfter(text, end)}`].slice(0, 20).join('') ||
    text.slice(clauseStart, end)
  );
}

/** Whether [start, end) of `text` lies inside an occurrence of one of `names`. */
function insideName(text: string, start: number, end: number, names: string[]): boolean {
  return names.some((name) => {
    for (
      let at = text.indexOf(name, Math.max(0, end - name.length));
      at !== -1 && at <= start;
      at = text.indexOf(name, at + 1)
    ) {
      if (at + name.length >= end) return true;
    }
    return false;
  });
}

type Outlook = 'review' | 'plan' | 'both';

/**
 * Whether each section looks back (results), ahead (plans) or both (“十三五”时期发展成就和
 * “十四五”时期主要目标任务), from its title, else its part's, else as the section before.
 */
function sectionOutlooks(sections: DraftSection[]): Outlook[] {
  let outlook: Outlook = 'review';
  return sections.map(({ title, partTitle }) => {
    for (const words of [title, partTitle]) {
      const plan = PLAN_TITLE.test(words);
      const review = REVIEW_TITLE.test(words);
      if (plan || review) {
        const own: Outlook = plan && review ? 'both' : plan ? 'plan' : 'review';
        // A section after one of both kinds follows its second half: plans.
        outlook = own === 'both' ? 'plan' : own;
        return own;
      }
    }
    return outlook;
  });
}

/** The draft entries, in reading order. Figures whose words cannot name one place are left out, and counted. */
export function draftIndicators(sections: DraftSection[], { year, names = [] }: DraftOptions): IndicatorDraft {
  const indicators: Indicator[] = [];
  // Each target's 目标 (where in the text the list it belongs to is introduced), for the charts.
  const aims = new Map<string, string>();
  let unplaced = 0;
  const outlooks = sectionOutlooks(sections);
  sections.forEach((section, s) => {
    const whole = sectionText(section.paragraphs);
    // A title naming two times (“十三五”…成就和“十四五”…目标) gives results the first, targets the last.
    const titleRefs = timeReferences(section.title, year);
    const partRefs = timeReferences(section.partTitle, year);
    // A section of both results and plans reads as results until a sentence names a time to come.
    let ahead = outlooks[s] === 'plan';
    let n = 0;
    // Where the last figure drafted ends, for a range's upper end right after it.
    let previous: { paragraph: number; end: number } | undefined;
    section.paragraphs.forEach((text, p) => {
      for (const match of text.matchAll(QUANTITY)) {
        const start = match.index;
        const end = start + match[0].length;
        const value = match[1];
        // The schema keeps a number: 26.70 would read back as 26.7, no longer the text's figure.
        if (String(Number(value)) !== value) continue;
        if (match[2] === '个' && SPAN_OF_TIME.test(text.slice(end))) continue;
        // A number in quotation marks (稳增长“21条”, “117项目”) or inside a name of the glossary names something.
        if (text[start - 1] === '“' && /^[^“”，。\d]{0,4}”/.test(text.slice(end))) continue;
        if (insideName(text, start, end, names)) continue;
        const unit = match[2];
        // The upper end of a range (6%－6.5%): the range is one figure, drafted at its lower end.
        const lower = indicators.at(-1);
        if (
          lower &&
          previous?.paragraph === p &&
          RANGE_SIGN.test(text.slice(previous.end, start)) &&
          lower.unit === unit &&
          Number(value) > lower.value
        ) {
          lower.upper = Number(value);
          previous = undefined;
          continue;
        }
        const sentenceStart = lastIndex(text, SENTENCE_END, start) + 1;
        const clauseStart = lastIndex(text, CLAUSE_BREAK, start) + 1;
        const before = text.slice(sentenceStart, start);
        // The time the sentence names, else the one the paragraph named before it (刚刚过去的
        // 2025年，…。全省生产总值增长5.6%).
        const ref =
          ownTimes(before, year).at(-1) ??
          ownTimes(text.slice(0, sentenceStart), year)
            .filter((r) => !r.period.includes('—') && r.last < year)
            .at(-1);
        const clause = text.slice(clauseStart, start).replace(QUANTITY_AT_END, '');
        // Rates, and multiples (产量增长5.1倍), change by a rate.
        const rate = unit === '%' || unit === '％' || unit === '个百分点' || unit === '倍';
        // A value a change starts from (从3826.5亿元增长到…) or is compared with (较“十三五”末的
        // 9323.1亿元): a level, of its own time.
        const startValue = isStartValue(text, clauseStart, start, end);
        const baseValue = BASE_VALUE.exec(text.slice(clauseStart, start));
        const growthWord =
          startValue || baseValue
            ? undefined
            : (rate
                ? (clause.match(RATE_NOUN) ?? clause.match(CHANGE_VERB))
                : (clause.match(AMOUNT_CHANGE) ?? clause.replace(LEADING_WORDS, '').match(CUT_BY)))?.[0];
        if (outlooks[s] === 'both' && timeReferences(text.slice(0, start), year).some((r) => r.last >= year))
          ahead = true;
        const looksAhead = ref ? ref.last >= year : AHEAD.test(before) || ahead;
        const kind: Indicator['kind'] =
          startValue || baseValue ? 'achieved' : looksAhead ? 'target' : growthWord ? 'growth' : 'achieved';
        // A plan's part (展望“十四五”) holds the year's work: a target takes the span only from
        // its sentence or its section's own title.
        const timeRef = ref ?? (looksAhead ? titleRefs.at(-1) : (titleRefs[0] ?? partRefs[0]));
        let period = timeRef?.period ?? String(looksAhead ? year : year - 1);
        const span = /^(\d{4})—(\d{4})$/.exec(period);
        if (baseValue) period = baseReference(baseValue[0].replace(/的$/, '')) ?? period;
        else if (startValue) {
          // 从…增长到… over a span starts the year before it; the year a sentence names is its own.
          if (span) period = String(Number(span[1]) - 1);
          else if (!(ref && /的$/.test(text.slice(0, start)) && timeJustBefore(text, start)))
            period = String(Number(period) - 1);
        } else if (
          span &&
          !growthWord &&
          !HELD.test(clause) &&
          !FLOW.test(clause) &&
          !(COUNT_UNIT.test(unit) && countedAfter(text, end))
        )
          period = span[2];
        const base = growthWord ? baseReference(clause) : undefined;
        const found: Found = { section: section.slug, paragraph: p + 1, value, unit, start, end, text };
        const quote = chooseQuote(found, whole);
        if (!quote) {
          unplaced += 1;
          continue;
        }
        n += 1;
        const qualifier = qualifierOf(text, start, end, kind);
        const indicator: Indicator = {
          id: `${section.slug}-${n}`,
          indicator: indicatorOf(text, start, end, kind, growthWord, rate),
          value: Number(value),
          unit,
          period,
          kind,
          ...(qualifier ? { qualifier } : {}),
          ...(growthWord ? { change: FALL.test(growthWord) ? ('fall' as const) : ('rise' as const) } : {}),
          ...(base ? { base } : {}),
          source: { section: section.slug, ...(quote.hint ? { paragraph: p + 1 } : {}), quote: quote.quote },
        };
        indicators.push(indicator);
        previous = { paragraph: p, end };
        // Targets listed after one 目标 (主要预期目标是：…增长6.3%…；…增长6%) belong together.
        const aim = text.lastIndexOf('目标', start);
        if (aim !== -1 && !text.slice(aim, start).includes('。')) aims.set(indicator.id, `${section.slug}:${p}:${aim}`);
      }
      // A paragraph that names a time to come turns a section of both kinds to its plans.
      if (outlooks[s] === 'both' && timeReferences(text, year).some((r) => r.last >= year)) ahead = true;
    });
  });
  return { indicators, charts: draftCharts(indicators, aims, year), unplaced };
}

/**
 * The charts a draft can be sure of: the year's targets in percent that the report lists
 * after one 目标 (经济社会发展的主要预期目标是：…增长6.3%…), as bars, when there are two or
 * more in one unit.
 */
function draftCharts(indicators: Indicator[], aims: Map<string, string>, year: number): Chart[] {
  const byAim = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const aim = aims.get(indicator.id);
    if (
      !aim ||
      indicator.kind !== 'target' ||
      indicator.period !== String(year) ||
      !['%', '％'].includes(indicator.unit)
    )
      continue;
    byAim.set(`${aim}${indicator.unit}`, [...(byAim.get(`${aim}${indicator.unit}`) ?? []), indicator]);
  }
  const [best] = [...byAim.values()].sort((a, b) => b.length - a.length);
  if (!best || best.length < 2) return [];
  return [
    {
      id: `targets-${year}`,
      title: `${year}年主要预期目标`,
      type: 'bars',
      items: best.map((indicator) => indicator.id),
    },
  ];
}

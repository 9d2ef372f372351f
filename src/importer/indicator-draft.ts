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
  '万吨',
  '亿吨',
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

const AFTER_QUALIFIERS = ['左右', '以上', '以内'] as const;
const BEFORE_QUALIFIERS = ['超过', '突破', '跨上', '超', '近', '约'] as const;
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
/** Verbs of change: growth, unless they say where a level ends up (提高到60% is a level). */
const CHANGE_VERB = /(?:增长|下降|降低|提高|上升|上涨|回升|减少|增加|回落|提升)(?:了|分别|约|近|超过)?$/;

/** A plan as a time (“十三五”时期, “十二五”末), not as a document (“十四五”规划项目 are stored now). */
const PLAN = new RegExp(`“?(${PLAN_NAME.source})(?!”?规划)”?(?:时期|期间)?(末|期末)?`, 'g');
const YEAR = /(?<!\d)(20\d\d)年?(?:(?:—|-|－|至|到)(20\d\d)年)?/g;

interface TimeRef {
  at: number;
  period: string;
  /** The last year the reference covers, to tell the past from the future. */
  last: number;
}

/** A comparison's base (比2020年, 较“十三五”末, 在2020年基础上): not the time a figure is about. */
const isBase = (text: string, at: number, end: number) =>
  /[比较与同]$/.test(text.slice(0, at)) || /^的?基础上/.test(text.slice(end));

/** Every year, span and plan a text names, with where it names it; comparisons' bases left out. */
function timeReferences(text: string): TimeRef[] {
  const refs: TimeRef[] = [];
  for (const match of text.matchAll(YEAR)) {
    const end = match[2] ? Number(match[2]) : Number(match[1]);
    // “2020年”, “2016—2020年”; a bare 2020 without 年 is a year only when a span follows.
    if (!match[0].includes('年') || isBase(text, match.index, match.index + match[0].length)) continue;
    refs.push({ at: match.index, period: match[2] ? `${match[1]}—${match[2]}` : match[1], last: end });
  }
  for (const match of text.matchAll(PLAN)) {
    if (isBase(text, match.index, match.index + match[0].length)) continue;
    const { start, end } = planYears(readPlanName(match[1])!)!;
    const period = match[2] ? String(end) : `${start}—${end}`;
    refs.push({ at: match.index, period, last: end });
  }
  return refs.sort((a, b) => a.at - b.at);
}

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
  const before = text.slice(Math.max(0, start - 2), start);
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

const QUANTITY_AT_END = new RegExp(`(?:\\d+(?:\\.\\d+)?(?:${UNIT})(?:左右|以上|以内)?[、和及与]?)+$`);
const LEADING_WORDS = /^(?:其中|同时|全年|全区|全市|全省|全县|全国|今年|当年|分别|并)+/;
/** A list before the figure (新增造林2万亩、绿地750亩): its last item names this figure. */
const LIST_BEFORE = new RegExp(`^.*\\d(?:${UNIT})(?:左右|以上|以内)?[、和及与]`);
const TRAILING_WORDS =
  /(?:年均|同比|比上年|较上年|由|从|较|比|分别|累计|达到|达|为|是|完成|实现|增加到|增长到|提高到|提升到|下降到|降至|控制在|保持在|稳定在|超过|突破|跨上|(?<!赶|高)超|接近|近|(?<![签节集制预])约|力争|全部|共|总计|合计|增速|增幅|降幅|增长|下降|降低|提高|上升|减少|增加|提升|了|的|至)+$/;

/** The words that name what the figure measures: the clause before it, without the verb. */
function indicatorOf(
  text: string,
  start: number,
  end: number,
  kind: Indicator['kind'],
  growthWord: string | undefined,
): string {
  const sentenceStart = lastIndex(text, SENTENCE_END, start) + 1;
  const counted = countedAfter(text, end);
  // An item of a list that names what it counts (4656名失业人员、2184名就业困难人员), or a
  // figure after a bare verb (建成16家虚拟养老服务中心), is named by what follows it.
  const before = subjectBefore(text, sentenceStart, start);
  const name =
    counted && (/[、和及]$/.test(text.slice(0, start)) || (before && [...before].length <= 2))
      ? subjectAfter(text, start, end)
      : (before ?? subjectAfter(text, start, end));
  if (kind !== 'achieved' && growthWord && !/(?:增速|增幅|降幅|涨幅)$/.test(name))
    return `${name}${/下降|降低|减少|回落/.test(growthWord) ? '降幅' : '增速'}`;
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
    lead = lead.replace(/的$/, '').replace(QUANTITY_AT_END, '').replace(TRAILING_WORDS, '');
    if (LIST_BEFORE.test(lead) && lead.replace(LIST_BEFORE, '')) lead = lead.replace(LIST_BEFORE, '');
    lead = lead.replace(TIME_WORDS, '');
  }
  lead = lead
    .replace(LEADING_WORDS, '')
    .replace(/^[—“”、]+/, '')
    .trim();
  if ([...lead].length >= 2) return [...lead].slice(-20).join('');
  if (clauseStart <= sentenceStart) return undefined;
  // Only a clause that ends in a figure carries its subject on (地区生产总值跨上500亿元台阶，2020年达到…).
  const previous = text.slice(sentenceStart, clauseStart - 1);
  const figure = [...previous.matchAll(QUANTITY)].at(-1);
  return figure ? subjectBefore(text, sentenceStart, sentenceStart + figure.index) : undefined;
}

/** The noun the figure counts, when one follows it in its clause (7433名贫困人口全部脱贫 → 贫困人口). */
function countedAfter(text: string, end: number): string {
  const after = text
    .slice(end)
    .split(/[。！？；，：、]/)[0]
    .replace(/^(?:左右|以上|以内|的)/, '');
  return after.replace(/(?:全部|已|均|基本)?(?:开工|建成|完成|实现|脱贫|达到).*$/, '') || after;
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
    const titleRefs = timeReferences(section.title);
    const partRefs = timeReferences(section.partTitle);
    // A section of both results and plans reads as results until a sentence names a time to come.
    let ahead = outlooks[s] === 'plan';
    let n = 0;
    section.paragraphs.forEach((text, p) => {
      for (const match of text.matchAll(QUANTITY)) {
        const start = match.index;
        const end = start + match[0].length;
        const value = match[1];
        // The schema keeps a number: 26.70 would read back as 26.7, no longer the text's figure.
        if (String(Number(value)) !== value) continue;
        if (match[2] === '个' && SPAN_OF_TIME.test(text.slice(end))) continue;
        // A number in quotation marks (稳增长“21条”) or inside a name of the glossary names something.
        if (text[start - 1] === '“' && text[end] === '”') continue;
        if (insideName(text, start, end, names)) continue;
        const sentenceStart = lastIndex(text, SENTENCE_END, start) + 1;
        const before = text.slice(sentenceStart, start);
        const ref = timeReferences(before).at(-1);
        const clause = text.slice(lastIndex(text, CLAUSE_BREAK, start) + 1, start).replace(QUANTITY_AT_END, '');
        const unit = match[2];
        const rate = unit === '%' || unit === '％' || unit === '个百分点';
        const growthWord = rate ? (clause.match(RATE_NOUN) ?? clause.match(CHANGE_VERB))?.[0] : undefined;
        if (outlooks[s] === 'both' && timeReferences(text.slice(0, start)).some((r) => r.last >= year)) ahead = true;
        const looksAhead = ref ? ref.last >= year : AHEAD.test(before) || ahead;
        const kind: Indicator['kind'] = looksAhead ? 'target' : growthWord ? 'growth' : 'achieved';
        // A plan's part (展望“十四五”) holds the year's work: a target takes the span only from
        // its sentence or its section's own title.
        const timeRef = ref ?? (kind === 'target' ? titleRefs.at(-1) : (titleRefs[0] ?? partRefs[0]));
        const period = timeRef?.period ?? String(kind === 'target' ? year : year - 1);
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
          indicator: indicatorOf(text, start, end, kind, growthWord),
          value: Number(value),
          unit,
          period,
          kind,
          ...(qualifier ? { qualifier } : {}),
          source: { section: section.slug, ...(quote.hint ? { paragraph: p + 1 } : {}), quote: quote.quote },
        };
        indicators.push(indicator);
        // Targets listed after one 目标 (主要预期目标是：…增长6.3%…；…增长6%) belong together.
        const aim = text.lastIndexOf('目标', start);
        if (aim !== -1 && !text.slice(aim, start).includes('。')) aims.set(indicator.id, `${section.slug}:${p}:${aim}`);
      }
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

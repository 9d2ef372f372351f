/**
 * What a query asks, as units to look for. Readers type questions and descriptions
 * (“2021年消费增长目标是多少”), not the report's phrases, so:
 * - question and filler words (多少、怎么、是、的、吗…) are dropped: they carry no topic;
 * - time words are read against the report's year (今年 → 2021年, 去年 → 2020年; 明年 too
 *   means the report's year, because a work report is delivered early in the year it sets
 *   targets for); “期间/时期” after a plan's name adds nothing to “十三五”;
 * - the rest is cut into words by the browser's segmenter; a character the segmenter
 *   leaves alone (社/零, 营/商/环/竟, 养老/金) stays joined to its neighbours, because a
 *   lone character is part of an unknown word far more often than a word of its own;
 * - everyday words get the report's words as alternatives (看病 → 医疗), from the alias
 *   table (the language's everyday words and the report's own), also inside a longer word
 *   the segmenter keeps whole (看病难);
 * - letters are also read as pinyin, also where the input method was switched mid-word
 *   (兰州laojie: 兰州 and laojie).
 */
import { normalize } from './normalize.ts';
import { parseQuery, type QueryPart } from './query.ts';
import { stripTones } from './pinyin.ts';
import { segmentWords } from './word-starts.ts';
import { isHan } from '../han.ts';

export interface UnitForm {
  text: string;
  /** How well finding this form answers the unit: 1 for the words typed, less for an alias. */
  weight: number;
}

export interface QueryUnit {
  /** The unit as understood, e.g. `2021年` for 今年; shown in “按…查找”. */
  text: string;
  forms: UnitForm[];
  /** Time words narrow the search; a passage without them can still answer. */
  optional: boolean;
  /** Letters only: also read as pinyin. */
  latin: boolean;
  /** Quoted by the reader: exact only. */
  strict: boolean;
  /** The segmenter's words of two or more characters inside a joined unit (养老 in 养老金). */
  pieces: string[];
}

/** Aliases: an everyday word → the report's words for it. */
export type AliasTable = Record<string, string[]>;

/** Question words and particles: never part of a topic. */
const STOP_WORDS = new Set(
  (
    '多少 多大 多高 几 几个 怎么 怎么样 怎样 如何 哪些 哪个 哪里 哪儿 什么 为什么 是否 有没有 是不是 请问 一下 怎么办 干什么 ' +
    '的 地 得 吗 呢 了 啊 吧 呀 么 了吗 我 我们 你 你们 他们 这 那 这个 那个 这些 那些 关于 情况'
  ).split(' '),
);

/**
 * Short function words: dropped between words (企业和群众), but kept where the segmenter
 * left lone characters around them, which means an unknown word (碳/中/和 is 碳中和).
 */
const FUNCTION_WORDS = new Set(
  (
    '是 有 要 会 将 能 可以 在 和 与 及 或 对 把 被 给 都 也 还 就 又 到 做 搞 ' +
    // Reaching a figure: the question asks for the figure, which the text writes with its
    // own verb (降到 for 下降…至, 达到 for 达).
    '达到 降到 降至 下降到 提高到 提升到 增加到 增长到 上升到 减少到'
  ).split(' '),
);

/** The measure word of a count asked for (多少个, 几家) says nothing the figure does not. */
const ASKS_COUNT = /^(?:多少|几)$/;
const MEASURE_WORDS = new Set(
  '个 项 家 座 所 条 名 位 户 人 次 元 吨 亩 辆 台 套 批 处 场 片 张 件 只 头 间 栋 公里 千米 米'.split(' '),
);

/** 多少个 as one word, or 个 after 多少: a count asked for. */
function asksCount(word: string, before: string | undefined): boolean {
  const joined = /^(多少|几)(.+)$/.exec(word);
  if (joined) return MEASURE_WORDS.has(joined[2]);
  return MEASURE_WORDS.has(word) && before !== undefined && ASKS_COUNT.test(before);
}

/** Words that only say “during”: 十三五期间 asks for “十三五”时期, as the report writes it. */
const PERIOD_WORDS = new Set(['期间', '时期', '年间']);

/** Relative years, counted from the report's year (see the module comment for 明年). */
const RELATIVE_YEARS: Record<string, number> = {
  今年: 0,
  本年: 0,
  本年度: 0,
  今年度: 0,
  明年: 0,
  来年: 0,
  去年: -1,
  上年: -1,
  前年: -2,
};

const YEAR = /^(\d{4})年?$/;
const LATIN = /^[a-z]+$/;

function yearUnit(year: number, reportYear: number): QueryUnit {
  const forms: UnitForm[] = [{ text: `${year}年`, weight: 1 }];
  // The report itself may say 今年/去年 for its own year and the year before.
  if (year === reportYear) forms.push({ text: '今年', weight: 1 });
  if (year === reportYear - 1) forms.push({ text: '去年', weight: 1 }, { text: '上年', weight: 1 });
  return { text: `${year}年`, forms, optional: true, latin: false, strict: false, pieces: [] };
}

/** A complaint about a thing (就业难, 看病贵, 审批慢) asks about the thing. */
const COMPLAINT = /^(\p{Script=Han}{2,})[难贵慢]$/u;

function wordUnit(text: string, pieces: string[], aliases: AliasTable): QueryUnit {
  const forms: UnitForm[] = [{ text, weight: 1 }];
  const add = (form: string, weight: number) => {
    const normal = normalize(form);
    if (!forms.some((f) => f.text === normal)) forms.push({ text: normal, weight });
  };
  // The report words an alias lists first are the closest: they rank first.
  (aliases[text] ?? []).forEach((alias, i) => add(alias, 0.9 - 0.02 * i));
  // A word with aliases of its own means them; otherwise a complaint asks about its thing,
  // and an everyday word inside a longer word brings its report words too, a little below:
  // 看病难 and 孩子上学难 (one word, or lone characters, to the segmenter) are about 医疗 and 教育.
  if (!aliases[text]) {
    const complaint = COMPLAINT.exec(text)?.[1];
    if (complaint) {
      add(complaint, 0.9);
      (aliases[complaint] ?? []).forEach((alias, i) => add(alias, 0.85 - 0.02 * i));
    }
    for (const [word, meant] of Object.entries(aliases)) {
      if ([...word].length < 2 || word === text || !text.includes(word)) continue;
      meant.forEach((alias, i) => add(alias, 0.8 - 0.02 * i));
    }
  }
  return {
    text,
    forms,
    optional: false,
    latin: false,
    strict: false,
    pieces: pieces.length > 1 ? pieces.filter((piece) => piece.length > 1) : [],
  };
}

/**
 * Joins each lone character to the word before it; at the start of a run, one lone
 * character joins the word after it, and several stay together as a word of their own.
 */
function joinLoneCharacters(run: string[]): { text: string; pieces: string[] }[] {
  const units: { text: string; pieces: string[] }[] = [];
  let pendingLone = '';
  for (const word of run) {
    const lone = [...word].length === 1 && isHan(word);
    const last = units.at(-1);
    if (lone && last) {
      last.text += word;
      last.pieces.push(word);
    } else if (lone) {
      pendingLone += word;
    } else if ([...pendingLone].length === 1) {
      units.push({ text: pendingLone + word, pieces: [pendingLone, word] });
      pendingLone = '';
    } else {
      if (pendingLone) units.push({ text: pendingLone, pieces: [pendingLone] });
      units.push({ text: word, pieces: [word] });
      pendingLone = '';
    }
  }
  if (pendingLone) units.push({ text: pendingLone, pieces: [pendingLone] });
  return units;
}

const MAX_UNITS = 12;
const MAX_LENGTH = 64;

export interface QueryContext {
  /** The report's year. */
  year: number;
  aliases: AliasTable;
  /**
   * Whether the report holds `text` as it stands or with a homophone slip: such a run
   * of words is kept whole instead of being cut by the segmenter (风/桥/经验 is 枫桥经验).
   */
  occurs?(text: string): boolean;
}

const isLone = (word: string | undefined) =>
  word !== undefined && [...word].length === 1 && isHan(word) && !STOP_WORDS.has(word) && !FUNCTION_WORDS.has(word);

/** The words of one part of the query, runs of them split where dropped words stood. */
function runsOf(text: string): (string[] | { year: number } | 'period')[] {
  const words = segmentWords(text);
  const out: (string[] | { year: number } | 'period')[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run);
    run = [];
  };
  words.forEach((word, i) => {
    if (word in RELATIVE_YEARS) {
      flush();
      out.push({ year: RELATIVE_YEARS[word] });
    } else if (PERIOD_WORDS.has(word)) {
      flush();
      out.push('period');
    } else if (STOP_WORDS.has(word) || asksCount(word, words[i - 1])) {
      flush();
    } else if (
      FUNCTION_WORDS.has(word) &&
      !(isLone(words[i - 1]) && (i + 1 === words.length || isLone(words[i + 1])))
    ) {
      flush();
    } else {
      run.push(word);
    }
  });
  flush();
  return out;
}

/** Two or more Latin letters (tone marks too): pinyin typed before the input method switched. */
const LETTER_RUN = /([A-Za-zÀ-ɏ̀-ͯ]{2,})/;

/**
 * A part typed half in characters and half in pinyin, because the input method was switched
 * mid-word (兰州laojie, dianshang交易), read as its pieces: each is searched as what it is.
 */
function byScript(part: QueryPart): QueryPart[] {
  if (part.quoted || !/\p{Script=Han}/u.test(part.raw) || !LETTER_RUN.test(part.raw)) return [part];
  return part.raw
    .split(LETTER_RUN)
    .filter((piece) => piece.trim())
    .map((piece) => ({ raw: piece, text: normalize(piece), quoted: false }));
}

export function understandQuery(query: string, context: QueryContext): QueryUnit[] {
  const { year: reportYear, aliases } = context;
  const units: QueryUnit[] = [];
  for (const part of parseQuery(query).flatMap(byScript)) {
    const latinPart = stripTones(part.raw).replace(/[^a-z0-9]/g, '');
    if (part.quoted) {
      units.push({
        text: part.text,
        forms: [{ text: part.text, weight: 1 }],
        optional: false,
        latin: false,
        strict: true,
        pieces: [],
      });
      continue;
    }
    // Letters an everyday word names (CPI, GDP) are that word; other letters are pinyin.
    if (LATIN.test(latinPart) && aliases[latinPart]) {
      units.push(wordUnit(latinPart, [latinPart], aliases));
      continue;
    }
    if (LATIN.test(latinPart)) {
      units.push({
        text: latinPart,
        forms: [{ text: latinPart, weight: 1 }],
        optional: false,
        latin: true,
        strict: false,
        pieces: [],
      });
      continue;
    }
    for (const run of runsOf(part.text.slice(0, MAX_LENGTH))) {
      if (run === 'period') {
        // “十三五”时期 as the report writes it, or 十三五 alone.
        const last = units.at(-1);
        if (last && !last.optional && !last.latin) {
          last.forms = [
            { text: `${last.text}时期`, weight: 1 },
            ...last.forms.map((form) => ({ ...form, weight: form.weight * 0.95 })),
          ];
          last.text = `${last.text}时期`;
        }
        continue;
      }
      if (!Array.isArray(run)) {
        units.push(yearUnit(reportYear + run.year, reportYear));
        continue;
      }
      const whole = run.join('');
      const joined =
        run.length > 1 && [...whole].length >= 3 && context.occurs?.(whole)
          ? [{ text: whole, pieces: run }]
          : joinLoneCharacters(run);
      for (const { text, pieces } of joined) {
        const year = YEAR.exec(text);
        units.push(year ? yearUnit(Number(year[1]), reportYear) : wordUnit(text, pieces, aliases));
      }
    }
  }
  // One unit per text: a long repeated query is one question, not hundreds.
  const seen = new Set<string>();
  return units.filter((unit) => !seen.has(unit.text) && seen.add(unit.text)).slice(0, MAX_UNITS);
}

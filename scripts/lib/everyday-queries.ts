/**
 * The public query set for queries as people type them: questions, abbreviations and
 * everyday words, input-method slips, pinyin, Latin letters in any case, sentences pasted
 * from memory, several words, and topics the report does not mention. Each names the
 * paragraphs a reader wants (`/sections/goals/#p2`), or pages where any place on them will
 * do; the browser test requires one in the top three, at least 90 % per kind, and no result
 * at all for an absent topic. The queries are examples of each kind, written from the
 * report's text; the engine holds no list of them.
 */
export type EverydayKind = 'question' | 'abbreviation' | 'slip' | 'pinyin' | 'latin' | 'pasted' | 'words' | 'absent';

export interface EverydayQuery {
  query: string;
  /** `path#anchor` for a paragraph, `path` for any place on the page; empty when absent. */
  expect: string[];
  kind: EverydayKind;
}

const s = (slug: string, ...anchors: string[]) => (anchors.length ? anchors.map((a) => `/sections/${slug}/#${a}`) : [`/sections/${slug}/`]);
const g = (id: string) => `/glossary/${id}/`;

/** Pages that hold 营商环境, 乡村振兴, 脱贫攻坚: any of them answers a query for the phrase. */
const YINGSHANG = [...s('reform'), ...s('achievements'), ...s('goals'), ...s('challenges')];
const XIANGCUN = [...s('rural'), ...s('work-2020'), ...s('challenges'), ...s('overview')];
const TUOPIN = [...s('achievements'), ...s('overview'), ...s('work-2020'), ...s('goals'), ...s('rural')];

export const EVERYDAY_QUERIES: EverydayQuery[] = [
  // Questions and descriptions: filler dropped, time words read against the report's year.
  { query: '2021年消费增长目标是多少', expect: s('goals', 'p2'), kind: 'question' },
  { query: '十三五森林覆盖率', expect: s('achievements', 'p7'), kind: 'question' },
  { query: '明年要改造多少老旧小区', expect: s('urban', 'p2'), kind: 'question' },
  { query: '今年地区生产总值增长多少', expect: s('goals', 'p2'), kind: 'question' },
  { query: '去年新增造林面积是多少', expect: s('work-2020', 'p6'), kind: 'question' },
  { query: '十三五期间城镇新增就业多少人', expect: s('achievements', 'p8'), kind: 'question' },
  { query: '空气优良天数有多少天', expect: s('achievements', 'p7'), kind: 'question' },
  { query: '十四五期间地区生产总值的目标', expect: s('goals', 'p1'), kind: 'question' },
  { query: '城镇登记失业率控制在多少', expect: [...s('welfare', 'p2'), ...s('achievements', 'p8')], kind: 'question' },
  { query: '2021年要新增多少幼儿学位', expect: s('welfare', 'p4'), kind: 'question' },
  { query: '全区贫困人口有多少', expect: [...s('achievements', 'p4'), ...s('overview', 'p1')], kind: 'question' },
  { query: '怎么解决企业和群众办事难', expect: s('reform', 'p3'), kind: 'question' },
  { query: '去年减税降费多少', expect: s('work-2020', 'p2'), kind: 'question' },
  { query: '石佛沟景区是几A级', expect: s('work-2020', 'p4'), kind: 'question' },
  // Abbreviations and everyday words (content/search-aliases.yaml).
  { query: '社零', expect: [...s('goals', 'p2'), ...s('achievements', 'p3')], kind: 'abbreviation' },
  { query: '固投', expect: [...s('goals'), ...s('achievements'), ...s('work-2020')], kind: 'abbreviation' },
  { query: '营商', expect: YINGSHANG, kind: 'abbreviation' },
  { query: '棚改', expect: [...s('urban', 'p2'), ...s('work-2020', 'p7'), ...s('projects', 'p4')], kind: 'abbreviation' },
  { query: '医保', expect: [...s('work-2020', 'p8'), ...s('achievements', 'p4'), ...s('welfare', 'p3')], kind: 'abbreviation' },
  { query: '民企', expect: s('reform', 'p4'), kind: 'abbreviation' },
  { query: '电诈', expect: s('welfare', 'p6'), kind: 'abbreviation' },
  { query: '停车位', expect: s('urban', 'p3'), kind: 'abbreviation' },
  { query: '暖气', expect: [...s('urban', 'p2'), ...s('work-2020', 'p7')], kind: 'abbreviation' },
  { query: '雾霾', expect: [...s('work-2020', 'p6'), ...s('urban', 'p5')], kind: 'abbreviation' },
  { query: '买菜', expect: s('urban', 'p3'), kind: 'abbreviation' },
  { query: '找工作', expect: [...s('welfare', 'p2'), ...s('achievements', 'p8'), ...s('work-2020', 'p8')], kind: 'abbreviation' },
  { query: '孩子上学', expect: [...s('welfare', 'p4'), ...s('work-2020', 'p8')], kind: 'abbreviation' },
  { query: '种树', expect: [...s('achievements', 'p7'), ...s('work-2020', 'p6'), ...s('urban', 'p5')], kind: 'abbreviation' },
  // Input-method slips: one character replaced by a homophone.
  { query: '营商环竟', expect: YINGSHANG, kind: 'slip' },
  { query: '乡村振新', expect: XIANGCUN, kind: 'slip' },
  { query: '脱贫功坚', expect: TUOPIN, kind: 'slip' },
  { query: '风桥经验', expect: s('welfare', 'p6'), kind: 'slip' },
  { query: '放管福', expect: [g('fangguanfu'), ...s('reform', 'p3'), ...s('achievements', 'p9')], kind: 'slip' },
  { query: '连长制', expect: s('projects', 'p3'), kind: 'slip' },
  { query: '和长制', expect: s('urban', 'p5'), kind: 'slip' },
  { query: '扫黑除饿', expect: [...s('welfare', 'p6'), ...s('work-2020', 'p8')], kind: 'slip' },
  { query: '业经济', expect: s('industry', 'p2'), kind: 'slip' },
  { query: '千企万商大走方', expect: s('reform', 'p4'), kind: 'slip' },
  { query: '华夏文化博揽园', expect: [...s('achievements', 'p2'), ...s('work-2020', 'p4'), ...s('industry', 'p3')], kind: 'slip' },
  { query: '全域无拉圾', expect: [...s('achievements', 'p7'), ...s('work-2020', 'p7')], kind: 'slip' },
  { query: '平安村扣', expect: s('rural', 'p4'), kind: 'slip' },
  { query: '老就小区', expect: s('urban', 'p2'), kind: 'slip' },
  // Pinyin of any word of the report, with or without spaces and tone marks.
  { query: 'yingshang huanjing', expect: YINGSHANG, kind: 'pinyin' },
  { query: 'xiāngcūn zhènxīng', expect: XIANGCUN, kind: 'pinyin' },
  { query: 'tuopin', expect: TUOPIN, kind: 'pinyin' },
  { query: 'shifogou', expect: [...s('industry'), ...s('work-2020'), ...s('overview')], kind: 'pinyin' },
  { query: 'baihe', expect: [...s('rural'), ...s('achievements'), ...s('work-2020'), ...s('overview'), ...s('welfare')], kind: 'pinyin' },
  { query: 'fengqiaojingyan', expect: s('welfare', 'p6'), kind: 'pinyin' },
  { query: 'yejingji', expect: s('industry', 'p2'), kind: 'pinyin' },
  { query: 'laojiu xiaoqu', expect: s('urban', 'p2'), kind: 'pinyin' },
  { query: 'lianzhangzhi', expect: s('projects', 'p3'), kind: 'pinyin' },
  { query: 'yiqiyice', expect: s('work-2020', 'p3'), kind: 'pinyin' },
  { query: 'hézhǎngzhì', expect: s('urban', 'p5'), kind: 'pinyin' },
  { query: 'quanyu wulaji', expect: [...s('achievements', 'p7'), ...s('work-2020', 'p7')], kind: 'pinyin' },
  { query: 'kangyang', expect: s('rural', 'p3'), kind: 'pinyin' },
  // Latin letters in any case.
  { query: '5g', expect: s('industry', 'p4'), kind: 'latin' },
  { query: 'Ppp', expect: [g('ppp')], kind: 'latin' },
  { query: 'gdp', expect: s('achievements', 'p1', 'p3'), kind: 'latin' },
  { query: 'Cbd', expect: s('urban', 'p3'), kind: 'latin' },
  { query: '110kv', expect: s('urban', 'p3'), kind: 'latin' },
  { query: 'g309', expect: s('projects', 'p4'), kind: 'latin' },
  { query: '4a级', expect: s('work-2020', 'p4'), kind: 'latin' },
  { query: 't088', expect: s('achievements', 'p6'), kind: 'latin' },
  // Sentences pasted from memory, a word or two off.
  { query: '坚持把就业作为最重要的民生', expect: s('welfare', 'p2'), kind: 'pasted' },
  { query: '绿水青山就是金山银山这一理念', expect: s('urban', 'p5'), kind: 'pasted' },
  { query: '房子是拿来住的不是拿来炒的', expect: s('welfare', 'p3'), kind: 'pasted' },
  { query: '让老百姓享受更多的便利', expect: s('urban', 'p4'), kind: 'pasted' },
  { query: '打造人民群众家门口的好学校', expect: s('welfare', 'p4'), kind: 'pasted' },
  { query: '全区森林覆盖率达到了26.72%', expect: s('achievements', 'p7'), kind: 'pasted' },
  { query: '黄河楼灯光首秀在黄河之滨闪耀', expect: s('work-2020', 'p4'), kind: 'pasted' },
  { query: '7433名贫困人口已经全部脱贫', expect: [...s('overview', 'p1'), ...s('achievements', 'p4')], kind: 'pasted' },
  { query: '把项目建设作为推动高质量发展的主引擎', expect: s('projects', 'p1'), kind: 'pasted' },
  { query: '以钉钉子的精神推进农村面源污染的治理', expect: s('rural', 'p4'), kind: 'pasted' },
  { query: '做到管而不死、活而不乱', expect: s('urban', 'p4'), kind: 'pasted' },
  { query: '持之以恒的落实中央八项规定精神', expect: [...s('achievements', 'p9'), ...s('government', 'p1')], kind: 'pasted' },
  // Several words separated by spaces.
  { query: '百合 电商', expect: [...s('work-2020', 'p4'), ...s('rural', 'p3')], kind: 'words' },
  { query: '老旧小区 电梯', expect: s('urban', 'p2'), kind: 'words' },
  { query: '石佛沟 4A', expect: s('work-2020', 'p4'), kind: 'words' },
  { query: '森林覆盖率 十三五', expect: s('achievements', 'p7'), kind: 'words' },
  { query: '减税降费 贷款', expect: s('work-2020', 'p2'), kind: 'words' },
  { query: '奥体中心 钢结构', expect: s('work-2020', 'p4'), kind: 'words' },
  { query: '兰州老街 夜经济', expect: s('industry', 'p2'), kind: 'words' },
  { query: '易地搬迁 就业', expect: s('rural', 'p2'), kind: 'words' },
  { query: '马滩 南河', expect: [...s('industry', 'p3'), ...s('urban', 'p5')], kind: 'words' },
  { query: '供热 管网 改造', expect: [...s('urban', 'p2'), ...s('work-2020', 'p7')], kind: 'words' },
  { query: '营商环竟 放管服', expect: [...s('reform', 'p3'), ...s('achievements', 'p9')], kind: 'words' },
  { query: 'jiuye minsheng', expect: s('welfare', 'p2'), kind: 'words' },
  // Topics the report does not mention: nothing, not a page sharing one character.
  { query: '高铁', expect: [], kind: 'absent' },
  { query: '自贸区', expect: [], kind: 'absent' },
  { query: '养老金', expect: [], kind: 'absent' },
  { query: '区块链', expect: [], kind: 'absent' },
  { query: '地铁', expect: [], kind: 'absent' },
  { query: '新能源汽车', expect: [], kind: 'absent' },
  { query: '碳中和', expect: [], kind: 'absent' },
  { query: '房产税', expect: [], kind: 'absent' },
  { query: '共享单车', expect: [], kind: 'absent' },
  { query: '延迟退休', expect: [], kind: 'absent' },
  { query: '冬奥会', expect: [], kind: 'absent' },
  { query: '个人所得税', expect: [], kind: 'absent' },
  { query: '元宇宙', expect: [], kind: 'absent' },
];

/** Whether a result link (path and hash) is one of the expected places. */
export function isExpected(result: { path: string; hash: string }, expect: string[]): boolean {
  return expect.some((wanted) => {
    const [path, anchor] = wanted.split('#');
    return result.path === path && (anchor === undefined || result.hash === `#${anchor}`);
  });
}

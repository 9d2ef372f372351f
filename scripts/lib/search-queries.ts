/**
 * The public query set: what readers type, and the pages that answer it. The browser test
 * runs each through the search page and requires an expected page in the top three; the
 * benchmark times each from the last keystroke to visible results.
 * `kind` groups the queries in the report of hit rates.
 */
export interface SearchQuery {
  query: string;
  /** Acceptable answers (page paths); empty when the report has no answer. */
  expect: string[];
  kind: 'term' | 'alias' | 'number' | 'place' | 'phrase' | 'traditional' | 'pinyin' | 'fragment' | 'quoted' | 'none';
}

const g = (id: string) => `/glossary/${id}/`;
const s = (slug: string) => `/sections/${slug}/`;

export const SEARCH_QUERIES: SearchQuery[] = [
  // Every glossary term leads to its entry.
  { query: '六大板块', expect: [g('liudabankuai')], kind: 'term' },
  { query: '八区建设', expect: [g('baqujianshe')], kind: 'term' },
  { query: '两不愁三保障', expect: [g('liangbuchousanbaozhang')], kind: 'term' },
  { query: '两抢一盗', expect: [g('liangqiangyidao')], kind: 'term' },
  { query: '放管服', expect: [g('fangguanfu')], kind: 'term' },
  { query: '六稳', expect: [g('liuwen')], kind: 'term' },
  { query: '六保', expect: [g('liubao')], kind: 'term' },
  { query: '五比五拼', expect: [g('wubiwupin')], kind: 'term' },
  { query: '3+1冲刺清零', expect: [g('3jia1-chongciqingling')], kind: 'term' },
  { query: '5+1专项提升行动', expect: [g('5jia1-zhuanxiangtishengxingdong')], kind: 'term' },
  { query: '12355', expect: [g('12355')], kind: 'term' },
  { query: '一心一线五片区', expect: [g('yixinyixianwupianqu')], kind: 'term' },
  { query: '四不摘', expect: [g('sibuzhai')], kind: 'term' },
  { query: 'PPP', expect: [g('ppp')], kind: 'term' },
  { query: '三不管楼院', expect: [g('sanbuguanlouyuan')], kind: 'term' },
  { query: '民生就业三六零', expect: [g('minshengjiuyesanliuling')], kind: 'term' },
  { query: '食药农环烟', expect: [g('shiyaononghuanyan')], kind: 'term' },
  { query: '三变', expect: [g('sanbian')], kind: 'term' },
  { query: '四办四清单', expect: [g('sibansiqingdan')], kind: 'term' },
  { query: '四风', expect: [g('sifeng')], kind: 'term' },
  // Spellings the report uses.
  { query: '“六稳”', expect: [g('liuwen')], kind: 'alias' },
  { query: '“3+1”冲刺清零', expect: [g('3jia1-chongciqingling')], kind: 'alias' },
  { query: '“三不管”楼院', expect: [g('sanbuguanlouyuan')], kind: 'alias' },
  { query: '“5+1”专项提升行动', expect: [g('5jia1-zhuanxiangtishengxingdong')], kind: 'alias' },
  // Numbers exactly as written.
  { query: '492.06', expect: [s('achievements')], kind: 'number' },
  { query: '1.29万美元', expect: [s('achievements')], kind: 'number' },
  { query: '26.72%', expect: [s('achievements')], kind: 'number' },
  { query: '38550', expect: [s('achievements')], kind: 'number' },
  { query: '660亿元', expect: [s('goals')], kind: 'number' },
  { query: '1631亿元', expect: [s('work-2020')], kind: 'number' },
  { query: '84%', expect: [s('urban')], kind: 'number' },
  // Places.
  { query: '石佛沟', expect: [s('industry'), s('work-2020'), s('overview')], kind: 'place' },
  { query: '百合', expect: [s('rural'), s('achievements')], kind: 'place' },
  { query: '马滩', expect: [s('urban'), s('achievements'), s('industry')], kind: 'place' },
  { query: '彭家坪', expect: [s('urban'), s('achievements'), s('rural')], kind: 'place' },
  { query: '阿干', expect: [s('rural')], kind: 'place' },
  // Phrases.
  { query: '链长制', expect: [s('projects')], kind: 'phrase' },
  { query: '多地跑、折返跑', expect: [s('reform')], kind: 'phrase' },
  { query: '枫桥经验', expect: [s('welfare')], kind: 'phrase' },
  { query: '千企万商大走访', expect: [s('reform')], kind: 'phrase' },
  { query: '夜经济', expect: [s('industry')], kind: 'phrase' },
  { query: '平安村口', expect: [s('rural')], kind: 'phrase' },
  { query: '新台阶', expect: [s('achievements'), s('goals')], kind: 'phrase' },
  // Traditional characters.
  { query: '六穩', expect: [g('liuwen')], kind: 'traditional' },
  { query: '兩不愁三保障', expect: [g('liangbuchousanbaozhang')], kind: 'traditional' },
  { query: '營商環境', expect: [s('reform'), s('achievements'), s('goals'), s('challenges')], kind: 'traditional' },
  { query: '鄉村振興', expect: [s('rural')], kind: 'traditional' },
  // Pinyin of glossary terms.
  { query: 'liuwen', expect: [g('liuwen')], kind: 'pinyin' },
  { query: 'fangguanfu', expect: [g('fangguanfu')], kind: 'pinyin' },
  { query: 'lbcsbz', expect: [g('liangbuchousanbaozhang')], kind: 'pinyin' },
  { query: 'sibuzhai', expect: [g('sibuzhai')], kind: 'pinyin' },
  // Fragments.
  { query: '放管', expect: [g('fangguanfu'), s('reform'), s('achievements')], kind: 'fragment' },
  { query: '两不愁', expect: [g('liangbuchousanbaozhang')], kind: 'fragment' },
  { query: '脱贫攻', expect: [s('achievements'), s('overview')], kind: 'fragment' },
  // Quoted phrases: exact only, whatever the segmenters do.
  { query: '"两不愁三保障"', expect: [g('liangbuchousanbaozhang')], kind: 'quoted' },
  { query: '"新台阶"', expect: [s('achievements'), s('goals')], kind: 'quoted' },
  // No answer.
  { query: '量子计算机', expect: [], kind: 'none' },
];

/**
 * How the manuscript is cut into the site's sections. Each section starts at the paragraph
 * that begins with `start` and runs to the start of the next one; `style` says how the
 * report's own structure is marked up:
 * - `plain`: paragraphs as they are;
 * - `lead`: the sentence that opens each paragraph is set in bold (the report's summary of
 *   the paragraph: 综合实力在应对挑战中跨上新台阶。…);
 * - `area`: one of the six 2021 work areas. The opening sentence of the first paragraph is
 *   the section's title, the opening sentence of each later paragraph is a sub-area heading.
 */

export type PartId = 'lead' | 'review' | 'outlook';
export type SectionStyle = 'plain' | 'lead' | 'area';

export interface SectionPlan {
  slug: string;
  part: PartId;
  /** Title for sections whose title is not a sentence of the report itself. */
  title?: string;
  shortTitle: string;
  start: string;
  style: SectionStyle;
}

export const SECTION_PLAN: SectionPlan[] = [
  { slug: 'overview', part: 'lead', title: '导语', shortTitle: '导语', start: '', style: 'plain' },
  { slug: 'achievements', part: 'review', title: '“十三五”发展成就', shortTitle: '“十三五”发展成就', start: '综合实力在应对挑战中', style: 'lead' },
  { slug: 'work-2020', part: 'review', title: '2020年工作回顾', shortTitle: '2020年工作回顾', start: '2020年，七里河区努力克服', style: 'lead' },
  { slug: 'challenges', part: 'review', title: '困难和挑战', shortTitle: '困难和挑战', start: '站在开启第二个百年奋斗目标', style: 'plain' },
  { slug: 'goals', part: 'outlook', title: '“十四五”目标与2021年预期目标', shortTitle: '“十四五”与2021年目标', start: '“十四五”时期，是七里河区', style: 'plain' },
  { slug: 'projects', part: 'outlook', shortTitle: '重大项目建设', start: '狠抓重大项目建设', style: 'area' },
  { slug: 'industry', part: 'outlook', shortTitle: '产业转型升级', start: '加快产业转型升级', style: 'area' },
  { slug: 'rural', part: 'outlook', shortTitle: '乡村振兴', start: '全面推进乡村振兴', style: 'area' },
  { slug: 'urban', part: 'outlook', shortTitle: '城市建设管理', start: '加强城市建设管理', style: 'area' },
  { slug: 'welfare', part: 'outlook', shortTitle: '人民福祉', start: '全力增进人民福祉', style: 'area' },
  { slug: 'reform', part: 'outlook', shortTitle: '改革创新', start: '深入推进改革创新', style: 'area' },
  { slug: 'government', part: 'outlook', title: '政府自身建设与结语', shortTitle: '政府建设与结语', start: '机遇与挑战并存', style: 'lead' },
];

/** Part titles as the manuscript writes them; the line after each is its subtitle. */
export const PART_TITLES: Record<Exclude<PartId, 'lead'>, string> = {
  review: '回眸“十三五”',
  outlook: '展望“十四五”',
};

/**
 * The report's name and the government that speaks: the manuscript is a news article that
 * says neither in so many words (it reports 区政府's work; 七里河区委区政府 leads).
 */
export const REPORT_TITLE = '七里河区2021年政府工作报告';
export const GOVERNMENT = '七里河区人民政府';

export const GLOSSARY_TITLE = '有关词语解释';

/**
 * Glossary entry ids: pinyin (digits kept), so that URLs stay readable when pasted.
 * Aliases are the spellings the report uses where they differ from the term.
 */
export const GLOSSARY_PLAN: Record<string, { id: string; aliases?: string[] }> = {
  六大板块: { id: 'liudabankuai' },
  八区建设: { id: 'baqujianshe' },
  两不愁三保障: { id: 'liangbuchousanbaozhang' },
  两抢一盗: { id: 'liangqiangyidao' },
  放管服: { id: 'fangguanfu' },
  六稳: { id: 'liuwen' },
  六保: { id: 'liubao' },
  五比五拼: { id: 'wubiwupin' },
  '3+1冲刺清零': { id: '3jia1-chongciqingling', aliases: ['“3+1”冲刺清零'] },
  '5+1专项提升行动': { id: '5jia1-zhuanxiangtishengxingdong', aliases: ['“5+1”专项提升行动'] },
  '12355': { id: '12355' },
  一心一线五片区: { id: 'yixinyixianwupianqu' },
  四不摘: { id: 'sibuzhai' },
  PPP: { id: 'ppp' },
  三不管楼院: { id: 'sanbuguanlouyuan', aliases: ['“三不管”楼院'] },
  民生就业三六零: { id: 'minshengjiuyesanliuling' },
  食药农环烟: { id: 'shiyaononghuanyan' },
  三变: { id: 'sanbian' },
  四办四清单: { id: 'sibansiqingdan' },
  四风: { id: 'sifeng' },
};

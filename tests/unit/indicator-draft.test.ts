/**
 * The importer's figure draft (src/importer/indicator-draft.ts): on small inputs, what it reads from
 * the words around a figure; on the 七里河区 report, how many of the curated figures of
 * content/reports/qilihequ/2021/indicators.yaml it recovers (same section, value, unit and kind); on every fixture
 * report, that the build's own plugin (src/node/markdown/remark-indicator-links.ts) finds every
 * drafted figure in the sections as the importer writes them, and that the file reads back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftIndicators, type DraftSection } from '../../src/importer/indicator-draft.ts';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { parseOutline } from '../../src/importer/outline.ts';
import { contentFiles, indicatorsDraft } from '../../src/importer/write-content.ts';
import { renderMarkdown } from '../support/markdown.ts';
import { loadIndicators } from '../../src/node/content/load-indicators.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';
import { FIXTURE_REPORT_DIR } from '../support/fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/reports');

/** One section of plain paragraphs. */
function draft(paragraphs: string[], title = '2020年工作回顾', year = 2021) {
  const section: DraftSection = { slug: 'work', title, partTitle: '', paragraphs };
  return draftIndicators([section], { year });
}
const figures = (result: { indicators: Indicator[] }) => result.indicators.map((i) => `${i.value}${i.unit}`);
const only = (paragraph: string, title?: string) => {
  const { indicators } = draft([paragraph], title);
  assert.equal(indicators.length, 1, JSON.stringify(indicators));
  return indicators[0];
};

test('a quantity is a number with a unit; years, dates, names and ordinals are not', () => {
  const result = draft([
    '2020年，全区生产总值达到492.06亿元，庆祝建党100周年，推进S186#道路和5G基站建设，新增停车泊位800个，改造1.8万户，输转劳动力1.7万人（次）。',
  ]);
  assert.deepEqual(figures(result), ['492.06亿元', '800个', '1.8万户', '1.7万人（次）']);
  // An ordinal, a number after a thousands separator (1,500 is not 500) and a span of months.
  assert.deepEqual(figures(draft(['经济总量居全国第5位，投资达到1,500亿元，提前3个月完成，新建学校3所。'])), ['3所']);
});

test('a number in quotation marks or inside a glossary name is part of a name, not a figure', () => {
  const section: DraftSection = {
    slug: 'work',
    title: '2025年工作回顾',
    partTitle: '',
    paragraphs: ['出台稳增长“21条”等政策，落实“5+1专项”行动3项，新增就业5万人。'],
  };
  assert.deepEqual(figures(draftIndicators([section], { year: 2026 })), ['3项', '5万人']);
  assert.deepEqual(figures(draftIndicators([section], { year: 2026, names: ['落实“5+1专项”行动3项'] })), ['5万人']);
});

test('a number that would not read back as written (26.70) is left out rather than drafted wrong', () => {
  assert.deepEqual(figures(draft(['森林覆盖率达到26.70%，绿地面积750亩。'])), ['750亩']);
});

test('kind: a result, a rate of change, a level reached by a change, a target', () => {
  assert.equal(only('2020年，地区生产总值达到492.06亿元。').kind, 'achieved');
  assert.equal(only('一产增加值年均增长3.3%。').kind, 'growth');
  assert.equal(only('城乡居民收入年均增速达到8.4%。').kind, 'growth');
  // 提高到 names where a level ends up: a result, not a rate of change.
  assert.equal(only('常住人口城镇化率提高到65%。').kind, 'achieved');
  // A year to come, a plan to come, words that look ahead, or a section of plans.
  assert.equal(only('2021年，地区生产总值增长6.3%。').kind, 'target');
  assert.equal(only('“十四五”时期，森林覆盖率达到27.22%。').kind, 'target');
  assert.equal(only('力争新认定高新技术企业8家。').kind, 'target');
  assert.equal(only('新增停车泊位800个。', '2021年重点工作').kind, 'target');
  // 虚拟 holds 拟 and 好于预期 holds 预期: neither looks ahead.
  assert.equal(only('建成16家虚拟养老服务中心。').kind, 'achieved');
  assert.equal(only('经济增长好于预期，全年国内生产总值增长2.3%。').kind, 'growth');
  assert.equal(only('居民消费价格上涨2.5%。').kind, 'growth');
  // 计划 as a programme's name looks back; 计划新增 looks ahead.
  assert.equal(only('实施网链共享计划，服务企业882个。').kind, 'achieved');
  assert.equal(only('计划新增停车泊位800个。').kind, 'target');
  // The year a figure is compared with is not its time: these are the plan's targets.
  assert.equal(only('单位生产总值能耗比2020年下降13.5%。', '2021年工作安排').kind, 'target');
  assert.equal(only('在2020年基础上增长6%。', '2021年工作安排').kind, 'target');
  const doubled = only('到2025年，地区生产总值比2020年翻一番，达到1000亿元。', '2021年工作安排');
  assert.deepEqual([doubled.kind, doubled.period], ['target', '2025']);
});

test('a section of results and plans reads as results until a sentence names a time to come', () => {
  const { indicators } = draft(
    ['城镇新增就业超过6000万人。', '“十四五”时期，单位国内生产总值能耗降低13.5%。', '基本养老保险参保率提高到95%。'],
    '“十三五”时期发展成就和“十四五”时期主要目标任务',
  );
  assert.deepEqual(
    indicators.map((i) => [i.kind, i.period]),
    [
      ['achieved', '2016—2020'],
      ['target', '2021—2025'],
      // A level to reach is the plan's last year's; a change over the plan is the plan's.
      ['target', '2025'],
    ],
  );
});

test('lists with 分别: each figure named by its own item, with the words the items share', () => {
  const names = (paragraph: string, title?: string) => draft([paragraph], title).indicators.map((i) => i.indicator);
  assert.deepEqual(names('有色冶金、石化化工、装备制造产业增加值年均分别增长17.8%、4.8%、9.9%。'), [
    '有色冶金产业增加值增速',
    '石化化工产业增加值增速',
    '装备制造产业增加值增速',
  ]);
  assert.deepEqual(names('城乡居民人均可支配收入分别增长5%、6.5%。'), [
    '城镇居民人均可支配收入增速',
    '农村居民人均可支配收入增速',
  ]);
  assert.deepEqual(names('单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。', '“十四五”时期主要目标'), [
    '单位国内生产总值能耗降幅',
    '单位国内生产总值二氧化碳排放降幅',
  ]);
  assert.deepEqual(names('居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元。', '2021年重点工作'), [
    '居民医保人均财政补助标准增加额',
    '基本公共卫生服务经费人均财政补助标准增加额',
  ]);
});

test('a value a change starts from, a base of comparison and an increase each have their own time', () => {
  const rows = (paragraph: string, title: string, year: number) =>
    draft([paragraph], title, year).indicators.map((i) => [i.indicator, i.value, i.period, i.kind, i.change, i.base]);
  assert.deepEqual(
    rows(
      '全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，一般公共预算收入从3826.5亿元增长到4398.6亿元，规上工业增加值年均增长6.5%。',
      '“十四五”时期发展回顾',
      2026,
    ),
    [
      ['生产总值', 3.68, '2020', 'achieved', undefined, undefined],
      ['生产总值', 4.93, '2025', 'achieved', undefined, undefined],
      ['一般公共预算收入', 3826.5, '2020', 'achieved', undefined, undefined],
      ['一般公共预算收入', 4398.6, '2025', 'achieved', undefined, undefined],
      ['规上工业增加值增速', 6.5, '2021—2025', 'growth', 'rise', undefined],
    ],
  );
  assert.deepEqual(rows('地区生产总值较“十三五”末的9323.1亿元增加4374.4亿元。', '“十四五”时期发展回顾', 2026), [
    ['地区生产总值', 9323.1, '2020', 'achieved', undefined, undefined],
    ['地区生产总值增加额', 4374.4, '2021—2025', 'growth', 'rise', '2020'],
  ]);
  assert.deepEqual(rows('将起征点从月销售额10万元提高到15万元。', '2021年重点工作', 2021), [
    ['起征点', 10, '2020', 'achieved', undefined, undefined],
    ['起征点', 15, '2021', 'target', undefined, undefined],
  ]);
});

test('a level at the end of a span, a flow or a level held over it', () => {
  const periods = (paragraph: string) =>
    draft([paragraph], '“十四五”时期发展回顾', 2026).indicators.map((i) => `${i.indicator} ${i.period}`);
  assert.deepEqual(
    periods('科技型中小企业达到2.8万家，8家全国重点实验室落户河北，粮食产量稳定在760亿斤以上，城镇新增就业452万人。'),
    ['科技型中小企业 2025', '全国重点实验室 2021—2025', '粮食产量 2021—2025', '城镇新增就业 2021—2025'],
  );
});

test('targets as they are written: ranges, floors and ceilings, decreases', () => {
  const target = (paragraph: string) => {
    const { indicators } = draft([paragraph], '2026年主要工作', 2026);
    assert.equal(indicators.length, 1, JSON.stringify(indicators));
    return indicators[0];
  };
  const range = target('地区生产总值增长6%－6.5%。');
  assert.deepEqual([range.value, range.upper, range.indicator], [6, 6.5, '地区生产总值增速']);
  assert.equal(target('粮食产量不低于760亿斤。').qualifier, '不低于');
  assert.equal(target('赤字率不超过3%。').qualifier, '不超过');
  assert.equal(target('城镇调查失业率5.5%以下。').qualifier, '以下');
  const energy = target('单位地区生产总值能耗降低2.5%左右。');
  assert.deepEqual([energy.indicator, energy.change, energy.qualifier], ['单位地区生产总值能耗降幅', 'fall', '左右']);
});

test('what a count counts: after an action, or when the figure opens its clause', () => {
  assert.equal(only('开工建设8个抽水蓄能电站。', '2026年主要工作').indicator, '开工建设抽水蓄能电站');
  assert.equal(draft(['专精特新中小企业达到500家，3家企业主板上市。']).indicators[1].indicator, '企业主板上市');
  assert.equal(only('52个贫困县全部摘帽。').indicator, '贫困县摘帽');
  const cut = only('压减地下水开采量21.5亿立方米。');
  assert.deepEqual([cut.indicator, cut.kind, cut.change], ['压减地下水开采量', 'growth', 'fall']);
});

test('period: the year or plan the sentence names before the figure, else the section title, else the year before', () => {
  assert.equal(only('2019年，地区生产总值跨上500亿元台阶。').period, '2019');
  assert.equal(only('空气优良天数为“十二五”末的250天。').period, '2015');
  assert.equal(only('累计完成固定资产投资970亿元。', '“十三五”发展成就').period, '2016—2020');
  assert.equal(only('改造锅炉4台。').period, '2020');
  assert.equal(only('改造锅炉4台。', '今后工作').period, '2020');
});

test('qualifier: a bound after the figure, a word before it, 力争 for a target, 累计 for a total', () => {
  assert.equal(only('地区生产总值年均增长6%左右。', '2021年工作安排').qualifier, '左右');
  assert.equal(only('城镇登记失业率控制在4%以内。').qualifier, '以内');
  assert.equal(only('人均GDP超过1.29万美元。').qualifier, '超过');
  assert.equal(only('力争总量达到660亿元。', '2021年工作安排').qualifier, '力争');
  assert.equal(only('累计新增城镇就业9.84万人。').qualifier, '累计');
  assert.equal(only('2020年达到492.06亿元。').qualifier, undefined);
  // 签约 and 赶超 end in 约 and 超 without being about or over anything.
  const signed = only('务实办好西博会，项目签约3543亿元。');
  assert.deepEqual([signed.qualifier, signed.indicator], [undefined, '项目签约']);
  assert.equal(only('增速赶超2%。').qualifier, undefined);
});

test('indicator: the words before the figure without verb or time, or what the figure counts', () => {
  assert.equal(only('2020年，全区森林覆盖率达到26.72%。').indicator, '森林覆盖率');
  assert.equal(only('一产增加值年均增长3.3%。').indicator, '一产增加值增速');
  assert.equal(only('7433名贫困人口全部脱贫。').indicator, '贫困人口');
  assert.equal(only('建成16家虚拟养老服务中心。').indicator, '建成虚拟养老服务中心');
  const { indicators } = draft(['地区生产总值跨上500亿元台阶，2020年达到492.06亿元。', '新增造林2万亩、绿地750亩。']);
  assert.deepEqual(
    indicators.map((i) => i.indicator),
    ['地区生产总值', '地区生产总值', '新增造林', '绿地'],
  );
});

test('quote: the fewest words that name one place in the section, holding the figure first', () => {
  const { indicators } = draft([
    '城乡居民人均可支配收入分别达到38550元和21941元。',
    '新增造林2万亩、绿地750亩。',
    '完成老旧楼院改造14个，新增停车泊位14个。',
  ]);
  assert.deepEqual(
    indicators.map((i) => i.source.quote),
    [
      '收入分别达到38550元',
      '38550元和21941元',
      '新增造林2万亩',
      '绿地750亩',
      '完成老旧楼院改造14个',
      '新增停车泊位14个',
    ],
  );
  // 15% holds 5%: a quote in which the figure's first occurrence is another one is refused.
  const [, five] = draft(['增长15%、5%。']).indicators;
  assert.equal(five.source.quote.indexOf('5%'), five.source.quote.lastIndexOf('5%'));
});

test('a quote names one place as the build reads the section: paragraphs run on', () => {
  // 达到1000亿元。 is once in each paragraph, but also across the two run together.
  const { indicators } = draft(['达到1000亿元', '。达到1000亿元。']);
  assert.equal(indicators.length, 2);
  for (const indicator of indicators) {
    const quote = indicator.source.quote;
    const joined = ['达到1000亿元', '。达到1000亿元。'].join('');
    const places = joined.split(quote).length - 1;
    assert.ok(
      places === 1 || indicator.source.paragraph !== undefined,
      `“${quote}” occurs ${places} times without a hint`,
    );
  }
});

test('the same words twice in a section: the paragraph is given as a hint, or the figure is left out and counted', () => {
  const twice = draft(['新增停车泊位800个。', '新增停车泊位800个。']);
  assert.deepEqual(
    twice.indicators.map((i) => i.source),
    [
      { section: 'work', paragraph: 1, quote: '新增停车泊位800个' },
      { section: 'work', paragraph: 2, quote: '新增停车泊位800个' },
    ],
  );
  const sameParagraph = draft(['新增停车泊位800个。新增停车泊位800个。']);
  assert.equal(sameParagraph.indicators.length, 0);
  assert.equal(sameParagraph.unplaced, 2);
});

test('charts: the year’s targets in percent listed after one 目标 become a bar chart', () => {
  const result = draft(
    ['经济发展的主要预期目标是：地区生产总值增长6.3%；固定资产投资增长6%；新增停车泊位800个。', '研发投入增长10%。'],
    '2021年工作安排',
  );
  assert.deepEqual(result.charts, [
    { id: 'targets-2021', title: '2021年主要预期目标', type: 'bars', items: ['work-1', 'work-2'] },
  ]);
  assert.deepEqual(draft(['地区生产总值增长6.3%。'], '2021年工作安排').charts, []);
});

test('the 七里河区 report: the draft recovers at least 95% of the curated figures', (t) => {
  const source = readFileSync(join(FIXTURE_REPORT_DIR, 'manuscript/report.txt'), 'utf8');
  const manuscript = parseManuscript(
    source,
    parseOutline(readFileSync(join(FIXTURE_REPORT_DIR, 'outline.yaml'), 'utf8')),
  );
  const { draft: drafted } = indicatorsDraft(manuscript);
  const curated = loadIndicators(join(FIXTURE_REPORT_DIR, 'indicators.yaml')).indicators;
  const key = (i: Indicator) => `${i.source.section} ${i.value}${i.unit} ${i.kind}`;
  const pool = new Map<string, number>();
  for (const i of drafted.indicators) pool.set(key(i), (pool.get(key(i)) ?? 0) + 1);
  const missed = curated.filter((i) => {
    const left = pool.get(key(i)) ?? 0;
    pool.set(key(i), left - 1);
    return left <= 0;
  });
  const recovered = curated.length - missed.length;
  t.diagnostic(
    `recovered ${recovered} of ${curated.length} curated figures (${((100 * recovered) / curated.length).toFixed(1)}%); ${drafted.indicators.length} drafted`,
  );
  assert.ok(
    recovered / curated.length >= 0.95,
    `recovered ${recovered}/${curated.length}; missed:\n${missed.map(key).join('\n')}`,
  );
});

for (const name of readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  test(`${name}: the build's own plugin finds every drafted figure where the draft put it; the file reads back`, async () => {
    const manuscript = parseManuscript(readFileSync(join(FIXTURES, name), 'utf8'));
    const { text, draft: drafted } = indicatorsDraft(manuscript);
    assert.ok(drafted.indicators.length > 0, 'a report of figures drafts some');
    // The sections as the importer writes them, through the site's Markdown pipeline.
    const sections = contentFiles(manuscript).filter((file) => file.path.startsWith('sections/'));
    const content = {
      sections: sections.map((file) => ({
        path: `/site/content/${file.path}`,
        slug: /^slug: "([^"]+)"$/m.exec(file.text)![1],
      })),
      indicators: { indicators: drafted.indicators },
    };
    const linked = new Set<string>();
    for (const file of sections) {
      const body = file.text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const { data } = await renderMarkdown(body, { path: `/site/content/${file.path}`, content, mdx: true });
      for (const id of Object.keys(data.indicators)) linked.add(id);
    }
    assert.deepEqual(
      drafted.indicators.map((i) => i.id).filter((id) => !linked.has(id)),
      [],
      'figures the build did not find',
    );
    const dir = mkdtempSync(join(tmpdir(), 'indicator-draft-'));
    try {
      writeFileSync(join(dir, 'indicators.yaml'), text);
      const read = loadIndicators(join(dir, 'indicators.yaml'));
      assert.equal(read.indicators.length, drafted.indicators.length);
      assert.equal(read.draft, true, 'the file says it is a draft, for the page to tell readers');
      assert.deepEqual(read.charts, drafted.charts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

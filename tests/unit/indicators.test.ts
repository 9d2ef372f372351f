import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMarkdown } from '../support/markdown.ts';
import { loadIndicators } from '../../src/node/content/load-indicators.ts';
import { clauseAround, MAX_SENTENCE } from '../../src/shared/indicators/clause.ts';
import { periodLabel, qualifiedFigure } from '../../src/shared/indicators/labels.ts';
import { layoutChart, MAX_BAR } from '../../src/shared/indicators/chart-layout.ts';
import { closestPassage, joinLines, squeeze } from '../../src/shared/quote-text.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';

const indicator = (
  fields: Partial<Indicator> & Pick<Indicator, 'id' | 'value' | 'unit'> & { quote: string; paragraph?: number },
): Indicator => ({
  indicator: '地区生产总值',
  period: '2020',
  kind: 'achieved',
  ...fields,
  source: { section: 'achievements', paragraph: fields.paragraph ?? 1, quote: fields.quote },
});

const gdp = indicator({ id: 'gdp-2020', value: 492.06, unit: '亿元', quote: '2020年达到492.06亿元' });
const urban = indicator({
  id: 'urban-income',
  indicator: '城镇居民人均可支配收入',
  value: 38550,
  unit: '元',
  quote: '分别达到38550元',
  paragraph: 2,
});
const rural = indicator({
  id: 'rural-income',
  indicator: '农村居民人均可支配收入',
  value: 21941,
  unit: '元',
  quote: '38550元和21941元',
  paragraph: 2,
});

const TEXT =
  '**综合实力跨上新台阶。**2019年跨上500亿元台阶，2020年达到492.06亿元。\n\n城乡居民人均可支配收入分别达到38550元和21941元，实现六稳目标。';

const ACHIEVEMENTS = '/site/content/reports/qilihequ/2021/sections/02-achievements.mdx';

/** Where the entries stand in the data file, for messages: gdp-2020 at line 10, and so on. */
const LINES = { 'gdp-2020': 10, 'urban-income': 20, 'rural-income': 30 };

async function render(markdown: string, indicators: Indicator[], path = ACHIEVEMENTS) {
  const { html, data } = await renderMarkdown(markdown, {
    path,
    content: {
      sections: [
        { path: ACHIEVEMENTS, slug: 'achievements' },
        { path: '/site/content/reports/qilihequ/2021/sections/05-goals.mdx', slug: 'goals' },
      ],
      glossary: [{ id: 'liuwen', term: '六稳', aliases: [] }],
      indicators: { indicators, lines: LINES },
    },
  });
  return { html, data: data.indicators };
}

test('a figure in the text becomes a link to its row, with an id its row links back to', async () => {
  const { html, data } = await render(TEXT, [gdp, urban, rural]);
  assert.match(
    html,
    /2020年达到<a href="\/indicators\/#gdp-2020" id="fig-gdp-2020" class="figure-link" title="地区生产总值：见主要指标">492\.06亿元<\/a>。/,
  );
  assert.match(
    html,
    /分别达到<a [^>]*id="fig-urban-income"[^>]*>38550元<\/a>和<a [^>]*id="fig-rural-income"[^>]*>21941元<\/a>/,
  );
  // The glossary still links its term in the same paragraph.
  assert.match(html, /<a href="\/glossary\/liuwen\/" class="term"/);
  assert.deepEqual(data?.['gdp-2020'], {
    paragraph: 'p1',
    clause: { before: '2019年跨上500亿元台阶，2020年达到', figure: '492.06亿元', after: '。' },
  });
  assert.equal(data?.['rural-income'].paragraph, 'p2');
});

test('bad data stops the build, naming the data file, the indicator and the field', async () => {
  const cases: [Indicator, RegExp][] = [
    [
      { ...gdp, source: { ...gdp.source, quote: '2021年达到492.06亿元' } },
      /^content\/reports\/qilihequ\/2021\/indicators\.yaml:10: indicator "gdp-2020": field "source\.quote": “2021年达到492\.06亿元” is no longer in section "achievements"; the closest text now, in p1, is “2020年达到492\.06亿元”/,
    ],
    [
      { ...gdp, value: 492.6 },
      /field "source\.quote": “2020年达到492\.06亿元” does not contain the figure “492\.6亿元”/,
    ],
    [{ ...urban, source: { ...urban.source, quote: '元' } }, /does not contain the figure|occurs 3 times/],
  ];
  for (const [bad, message] of cases) {
    await assert.rejects(render(TEXT, [bad]), (error: Error) => {
      assert.match(error.message, /content\/reports\/qilihequ\/2021\/indicators\.yaml/);
      assert.match(error.message, message);
      return true;
    });
  }
  await assert.rejects(
    render(TEXT, [{ ...gdp, source: { ...gdp.source, section: 'nowhere' } }]),
    /content\/reports\/qilihequ\/2021\/indicators\.yaml:10: indicator "gdp-2020": field "source\.section": no section with slug "nowhere"/,
  );
});

test('a figure is found by its quote wherever it now stands: a paragraph inserted before it moves its link and its #pN', async () => {
  // The entries still say paragraph 1 and 2: a hint, not an address.
  const { html, data } = await render(`新插入的一段，没有数字。\n\n${TEXT}`, [gdp, urban, rural]);
  assert.match(
    html,
    /<p id="p2">[^]*2020年达到<a href="\/indicators\/#gdp-2020" id="fig-gdp-2020"[^>]*>492\.06亿元<\/a>。[^]*<\/p>\s*<p id="p3">/,
  );
  assert.match(html, /<p id="p3">[^]*id="fig-urban-income"[^]*id="fig-rural-income"/);
  assert.deepEqual(Object.fromEntries(Object.entries(data ?? {}).map(([id, place]) => [id, place.paragraph])), {
    'gdp-2020': 'p2',
    'urban-income': 'p3',
    'rural-income': 'p3',
  });
  assert.deepEqual(data?.['gdp-2020'].clause, {
    before: '2019年跨上500亿元台阶，2020年达到',
    figure: '492.06亿元',
    after: '。',
  });
});

test('a line break inside a quote hides nothing: a soft break, or a blank line that splits the paragraph', async () => {
  const soft = await render(TEXT.replace('2020年达到492.06亿元', '2020年达\n到492.06亿元'), [gdp, urban, rural]);
  assert.match(
    soft.html,
    /<p id="p1">[^]*2020年达\n到<a href="\/indicators\/#gdp-2020" id="fig-gdp-2020"[^>]*>492\.06亿元<\/a>。/,
  );
  // The 主要指标 page quotes the sentence as a reader sees it: the break between Chinese characters is not a space.
  assert.deepEqual(soft.data?.['gdp-2020'], {
    paragraph: 'p1',
    clause: { before: '2019年跨上500亿元台阶，2020年达到', figure: '492.06亿元', after: '。' },
  });
  const beforeFigure = await render(TEXT.replace('38550元和21941元', '38550元和\n  21941元'), [gdp, urban, rural]);
  assert.match(beforeFigure.html, /id="fig-rural-income"[^>]*>21941元<\/a>/);
  assert.deepEqual(beforeFigure.data?.['rural-income'].clause, {
    before: '城乡居民人均可支配收入分别达到38550元和',
    figure: '21941元',
    after: '，实现六稳目标。',
  });

  const split = await render(TEXT.replace('2020年达到492.06亿元', '2020年达到\n\n492.06亿元'), [gdp, urban, rural]);
  assert.match(split.html, /<p id="p2"><a href="\/indicators\/#gdp-2020" id="fig-gdp-2020"[^>]*>492\.06亿元<\/a>。/);
  assert.deepEqual(Object.fromEntries(Object.entries(split.data ?? {}).map(([id, place]) => [id, place.paragraph])), {
    'gdp-2020': 'p2',
    'urban-income': 'p3',
    'rural-income': 'p3',
  });
});

test('lost quotes: one error lists every entry of the section, each with the closest text now and the fix', async () => {
  const reworded = TEXT.replace('2020年达到492.06亿元', '2020年实现492.06亿元').replace(
    '分别达到38550元和21941元',
    '分别增至38550元和21941元',
  );
  await assert.rejects(render(reworded, [gdp, urban, rural]), (error: Error) => {
    const lines = error.message.split('\n');
    assert.equal(lines.length, 2, error.message);
    assert.match(
      lines[0],
      /^content\/reports\/qilihequ\/2021\/indicators\.yaml:10: indicator "gdp-2020": field "source\.quote": “2020年达到492\.06亿元” is no longer in section "achievements"; the closest text now, in p1, is “2020年实现492\.06亿元”\. If the sentence was reworded, copy its new wording into the quote/,
    );
    assert.match(
      lines[1],
      /^content\/reports\/qilihequ\/2021\/indicators\.yaml:20: indicator "urban-income": field "source\.quote": “分别达到38550元” is no longer in section "achievements"; the closest text now, in p2, is “分别增至38550元”/,
    );
    // rural-income's quote is still there: only the lost entries are listed.
    assert.doesNotMatch(error.message, /rural-income/);
    return true;
  });
});

test('quote text: whitespace left out to match, line breaks joined to read, the closest passage not cutting a number', () => {
  assert.deepEqual(squeeze('达到\n 492.06亿元'), {
    text: '达到492.06亿元',
    from: [0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  });
  assert.equal(joinLines('达到\n492.06亿元，GDP\n  per capita').text, '达到492.06亿元，GDP per capita');
  const passage = closestPassage('2021年达到492.06亿元', [
    '经济总量再上新台阶，2020年达到492.06亿元。',
    '人均GDP超过1.29万美元。',
  ])!;
  assert.deepEqual(
    [passage.index, '经济总量再上新台阶，2020年达到492.06亿元。'.slice(passage.start, passage.end)],
    [0, '2020年达到492.06亿元'],
  );
});

test('a quote that occurs twice in the section names both places; a paragraph hint may settle it', async () => {
  const twice = `${TEXT}\n\n## 另一段\n\n回顾过去，2020年达到492.06亿元。`;
  const { source } = gdp;
  await assert.rejects(
    render(twice, [{ ...gdp, source: { section: source.section, quote: source.quote } }]),
    (error: Error) => {
      assert.match(
        error.message,
        /^content\/reports\/qilihequ\/2021\/indicators\.yaml:10: indicator "gdp-2020": field "source\.quote": “2020年达到492\.06亿元” occurs 2 times in section "achievements", in p1 and p3: lengthen the quote/,
      );
      return true;
    },
  );
  await assert.rejects(
    render(twice, [{ ...gdp, source: { ...source, paragraph: 2 } }]),
    /in p1 and p3 \(source\.paragraph 2 names none of them\)/,
  );
  const settled = await render(twice, [{ ...gdp, source: { ...source, paragraph: 3 } }]);
  assert.equal(settled.data?.['gdp-2020'].paragraph, 'p3');
  assert.match(settled.html, /回顾过去，2020年达到<a [^>]*id="fig-gdp-2020"/);
});

test("a figure split by bold text, or inside an author's link, is refused rather than linked in part", async () => {
  await assert.rejects(
    render('达到**492.06**亿元。', [indicator({ id: 'x', value: 492.06, unit: '亿元', quote: '492.06亿元' })]),
    /split by formatting/,
  );
  await assert.rejects(
    render('达到[492.06亿元](https://example.org/)。', [
      indicator({ id: 'x', value: 492.06, unit: '亿元', quote: '达到492.06亿元' }),
    ]),
    /indicator "x": field "source\.quote": the figure “492\.06亿元” is split by formatting or already inside a link \(p1\)/,
  );
});

test('the loader checks the file: schema, unique ids, chart references and units', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indicators-'));
  const write = (yaml: string) => {
    const file = join(dir, 'indicators.yaml');
    writeFileSync(file, yaml);
    return file;
  };
  const entry = (id: string, unit = '%', extra = '') =>
    `  - id: ${id}\n    indicator: 增速\n    value: 6\n    unit: "${unit}"\n    period: "2021"\n    kind: target\n${extra}    source: { section: goals, paragraph: 2, quote: 增长6% }\n`;
  assert.equal(loadIndicators(write(`indicators:\n${entry('a')}`)).indicators.length, 1);
  // Each entry's line, for the messages of the Markdown plugin; the paragraph is only a hint.
  assert.deepEqual(
    loadIndicators(write(`indicators:\n${entry('a')}${entry('b').replace('paragraph: 2, ', '')}`)).lines,
    { a: 2, b: 9 },
  );
  assert.throws(
    () => loadIndicators(write(`indicators:\n${entry('a', '%', '    qualifier: 达到\n')}`)),
    /indicators\.yaml:\d+: indicator "a": field "qualifier"/,
  );
  assert.throws(
    () => loadIndicators(write(`indicators:\n${entry('a').replace('"2021"', '"2021-2025"')}`)),
    /field "period": a year such as 2020/,
  );
  assert.throws(
    () => loadIndicators(write(`indicators:\n${entry('a').replace('kind: target', 'kind: goal')}`)),
    /field "kind"/,
  );
  assert.throws(
    () => loadIndicators(write(`indicators:\n${entry('a')}${entry('a')}`)),
    /indicator "a": field "id": used twice/,
  );
  assert.throws(
    () =>
      loadIndicators(write(`charts:\n  - { id: c, title: 图, type: bars, items: [a, b] }\nindicators:\n${entry('a')}`)),
    /chart "c": field "items": no indicator "b"/,
  );
  assert.throws(
    () =>
      loadIndicators(
        write(
          `charts:\n  - { id: c, title: 图, type: bars, items: [a, b] }\nindicators:\n${entry('a')}${entry('b', '亿元')}`,
        ),
      ),
    /chart "c": field "items": mixes units/,
  );
  assert.throws(
    () => loadIndicators(write(`charts:\n  - { id: c, title: 图, type: bars, rows: [] }\nindicators:\n${entry('a')}`)),
    /a bars chart lists `items`/,
  );
  assert.throws(() => loadIndicators(write('indicators: [')), /indicators\.yaml:1: not valid YAML/);
});

test('the clause around a figure: its sentence, or its comma clause when the sentence is long', () => {
  const short = '经济总量再上新台阶，2020年达到492.06亿元。人均GDP超过1.29万美元。';
  const at = short.indexOf('492.06亿元');
  assert.deepEqual(clauseAround(short, at, at + '492.06亿元'.length), {
    before: '经济总量再上新台阶，2020年达到',
    figure: '492.06亿元',
    after: '。',
  });
  const long = `${'甲'.repeat(MAX_SENTENCE)}，新增就业9.84万人，${'乙'.repeat(10)}。`;
  const start = long.indexOf('9.84万人');
  assert.deepEqual(clauseAround(long, start, start + 6), { before: '…新增就业', figure: '9.84万人', after: '…' });
  const dash = '——项目建设态势强劲。实施项目187个。';
  assert.equal(clauseAround(dash, dash.indexOf('187'), dash.indexOf('187') + 4).before, '实施项目');
});

test('labels: plan periods by name, qualifiers on the side the text puts them', () => {
  assert.equal(periodLabel('2016—2020'), '“十三五”时期');
  assert.equal(periodLabel('2021'), '2021年');
  // Any plan, by its years: the first two, then every five years from the third (1966—1970).
  assert.equal(periodLabel('1953—1957'), '“一五”时期');
  assert.equal(periodLabel('1966—1970'), '“三五”时期');
  assert.equal(periodLabel('2001—2005'), '“十五”时期');
  assert.equal(periodLabel('2021—2025'), '“十四五”时期');
  assert.equal(periodLabel('2026—2030'), '“十五五”时期');
  assert.equal(periodLabel('2017—2021'), '2017—2021年');
  assert.equal(periodLabel('2016—2019'), '2016—2019年');
  assert.equal(
    qualifiedFigure({
      ...gdp,
      qualifier: '超过',
      value: 1.29,
      unit: '万美元',
      source: { ...gdp.source, quote: '超过1.29万美元' },
    }),
    '超过1.29万美元',
  );
  assert.equal(
    qualifiedFigure({
      ...gdp,
      qualifier: '左右',
      value: 6,
      unit: '%',
      source: { ...gdp.source, quote: '年均增长6%左右' },
    }),
    '6%左右',
  );
  assert.equal(
    qualifiedFigure({
      ...gdp,
      qualifier: '力争',
      value: 660,
      unit: '亿元',
      source: { ...gdp.source, quote: '力争总量达到660亿元' },
    }),
    '660亿元（力争）',
  );
});

test('chart layout: one scale per bars chart and per change row, and a summary in words', () => {
  const a = indicator({ id: 'a', indicator: '一产', value: 2, unit: '%', kind: 'target', quote: '2%' });
  const b = indicator({ id: 'b', indicator: '三产', value: 8, unit: '%', kind: 'target', quote: '8%' });
  const days2015 = indicator({
    id: 'd15',
    indicator: '空气优良天数',
    value: 250,
    unit: '天',
    period: '2015',
    quote: '250天',
  });
  const days2020 = indicator({ id: 'd20', indicator: '空气优良天数', value: 321, unit: '天', quote: '321天' });
  const byId = new Map([a, b, days2015, days2020].map((item) => [item.id, item]));
  const bars = layoutChart({ id: 'g', title: '增速', type: 'bars', items: ['a', 'b'] }, byId);
  assert.deepEqual(
    bars.groups[0].bars.map((bar) => bar.width),
    [MAX_BAR / 4, MAX_BAR],
  );
  assert.equal(bars.summary, '一产2%，三产8%。');
  const change = layoutChart(
    { id: 'c', title: '变化', type: 'change', rows: [{ label: '空气优良天数', items: ['d15', 'd20'] }] },
    byId,
  );
  assert.deepEqual(
    change.groups[0].bars.map((bar) => [bar.label, bar.width]),
    [
      ['2015年', Math.round((250 / 321) * MAX_BAR * 100) / 100],
      ['2020年', MAX_BAR],
    ],
  );
  assert.equal(change.summary, '空气优良天数：2015年250天，2020年321天。');
  assert.equal(change.scalePerGroup, false);
  // Rows in one unit share the chart's scale; rows in different units each get their own.
  const shared = layoutChart(
    {
      id: 's',
      title: '增速',
      type: 'change',
      rows: [
        { label: '一产', items: ['a', 'b'] },
        { label: '三产', items: ['b', 'a'] },
      ],
    },
    byId,
  );
  assert.deepEqual(
    shared.groups.map((group) => group.bars.map((bar) => bar.width)),
    [
      [MAX_BAR / 4, MAX_BAR],
      [MAX_BAR, MAX_BAR / 4],
    ],
  );
  const mixed = layoutChart(
    {
      id: 'm',
      title: '对照',
      type: 'change',
      rows: [
        { label: '增速', items: ['a', 'b'] },
        { label: '天数', items: ['d15', 'd20'] },
      ],
    },
    byId,
  );
  assert.equal(mixed.scalePerGroup, true);
  assert.equal(mixed.groups[1].bars[1].width, MAX_BAR);
  // Figures keep the qualifier the text gives them.
  const approx = { ...b, qualifier: '左右' as const, source: { ...b.source, quote: '8%左右' } };
  assert.equal(
    layoutChart(
      { id: 'q', title: '增速', type: 'bars', items: ['a', 'q'] },
      new Map([...byId, ['q', { ...approx, id: 'q' }]]),
    ).groups[0].bars[1].figure,
    '8%左右',
  );
});

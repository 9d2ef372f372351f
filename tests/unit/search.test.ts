import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeWithPositions, occurrences } from '../../src/shared/search/normalize.ts';
import { isQuotedQuery, parseQuery } from '../../src/shared/search/query.ts';
import { exactSearch, preparePages } from '../../src/shared/search/exact-search.ts';
import { glossaryEntriesByPinyin, glossaryEntryFor } from '../../src/shared/search/glossary-answer.ts';
import { hasForeignHan, toSimplified } from '../../src/shared/search/traditional.ts';
import { foldTable, pinyinOf, traditionalTable } from '../../src/node/search/build-data.ts';
import { createEngine } from '../../src/shared/search/engine.ts';
import type { GlossaryRecord, PageRecord, SearchData } from '../../src/shared/search/types.ts';

test('normalisation folds width and case and drops punctuation and spaces, keeping positions', () => {
  assert.equal(normalize('“六稳” 工作，ＧＤＰ 492.06'), '六稳工作gdp49206');
  const { text, positions } = normalizeWithPositions('做好“六稳”');
  assert.equal(text, '做好六稳');
  assert.deepEqual(positions, [0, 1, 3, 4]);
  assert.deepEqual(occurrences('六稳六稳六', '六稳'), [0, 2]);
});

test('queries split at spaces; quotes keep a phrase together and mark it exact', () => {
  assert.deepEqual(
    parseQuery('六稳  六保').map((p) => [p.text, p.quoted]),
    [
      ['六稳', false],
      ['六保', false],
    ],
  );
  assert.deepEqual(
    parseQuery('"两不愁 三保障" 住房').map((p) => [p.text, p.quoted]),
    [
      ['两不愁三保障', true],
      ['住房', false],
    ],
  );
  assert.deepEqual(
    parseQuery('“六稳”').map((p) => [p.raw, p.quoted]),
    [['六稳', true]],
  );
  assert.deepEqual(parseQuery('，。！'), []);
  assert.equal(isQuotedQuery(parseQuery('「新台阶」')), true);
  assert.equal(isQuotedQuery(parseQuery('新台阶')), false);
});

const page = (url: string, title: string, ...texts: string[]): PageRecord => ({
  url,
  title,
  kind: url.includes('glossary') ? 'glossary' : 'section',
  passages: texts.map((text, i) => ({ anchor: `p${i + 1}`, heading: '', text })),
});

const pages = preparePages([
  page('/a/', '第一节', '做好“六稳”工作、落实“六保”任务。', '保持经济运行在合理区间。'),
  page('/b/', '第二节', '全力以赴稳增长，六项工作有序推进。'),
  page('/c/', '第三节', '继续做好“六稳”工作。', '“六稳”“六稳”再提。'),
]);

test('exact search keeps only pages holding the phrase verbatim, most occurrences first', () => {
  const hits = exactSearch(pages, parseQuery('六稳'));
  assert.deepEqual(
    hits.map((h) => h.page.url),
    ['/c/', '/a/'],
  );
  assert.equal(hits[0].count, 3);
  // Pieces apart (六…稳) do not make page /b/ a match.
  assert.ok(!hits.some((h) => h.page.url === '/b/'));
});

test('every part must occur; the passage holding most parts is the link target', () => {
  const hits = exactSearch(pages, parseQuery('六保 合理区间'));
  assert.equal(hits.length, 1);
  assert.equal(hits[0].passage.anchor, 'p1');
  assert.deepEqual(exactSearch(pages, parseQuery('六稳 zzzz')), []);
});

test('the excerpt shows the whole phrase in the original spelling', () => {
  const [hit] = exactSearch(pages, parseQuery('六稳工作'));
  assert.equal(hit.page.url, '/a/');
  assert.deepEqual(hit.excerpt, { before: '做好“', match: '六稳”工作', after: '、落实“六保”任务。' });
});

test('a title match ranks a page above one that only mentions the query', () => {
  const withTitle = preparePages([page('/x/', '困难', '提到困难。'), page('/y/', '其他', '困难，困难，困难。')]);
  assert.deepEqual(
    exactSearch(withTitle, parseQuery('困难')).map((h) => h.page.url),
    ['/x/', '/y/'],
  );
});

const glossary: GlossaryRecord[] = [
  {
    id: 'liuwen',
    url: '/glossary/liuwen/',
    term: '六稳',
    aliases: [],
    definition: '指稳就业……',
    pinyin: ['liuwen'],
    initials: ['lw'],
  },
  {
    id: 'sbg',
    url: '/glossary/sbg/',
    term: '三不管楼院',
    aliases: ['“三不管”楼院'],
    definition: '指……',
    pinyin: ['sanbuguanlouyuan'],
    initials: ['sbgly'],
  },
  {
    id: 'fgf',
    url: '/glossary/fgf/',
    term: '放管服',
    aliases: [],
    definition: '指……',
    pinyin: ['fangguanfu'],
    initials: ['fgf'],
  },
];

test('a term or alias in any punctuation names its glossary entry', () => {
  assert.equal(glossaryEntryFor('“六稳”', glossary)?.id, 'liuwen');
  assert.equal(glossaryEntryFor('三不管楼院', glossary)?.id, 'sbg');
  assert.equal(glossaryEntryFor('“三不管”楼院', glossary)?.id, 'sbg');
  assert.equal(glossaryEntryFor('六稳工作', glossary), undefined);
});

test('pinyin: full syllables, initials, and a start of four letters or more', () => {
  assert.deepEqual(
    glossaryEntriesByPinyin('liuwen', glossary).map((e) => e.id),
    ['liuwen'],
  );
  assert.deepEqual(
    glossaryEntriesByPinyin('LW', glossary).map((e) => e.id),
    ['liuwen'],
  );
  assert.deepEqual(
    glossaryEntriesByPinyin('fangg', glossary).map((e) => e.id),
    ['fgf'],
  );
  assert.deepEqual(glossaryEntriesByPinyin('fan', glossary), []);
  assert.deepEqual(glossaryEntriesByPinyin('六稳', glossary), []);
});

test('the pinyin table is built from the terms, with digits and letters kept', () => {
  assert.deepEqual(pinyinOf('两不愁三保障'), { full: 'liangbuchousanbaozhang', initials: 'lbcsbz' });
  assert.deepEqual(pinyinOf('3+1冲刺清零'), { full: '31chongciqingling', initials: '31ccql' });
  assert.deepEqual(pinyinOf('PPP'), { full: 'ppp', initials: 'ppp' });
});

test('the traditional table maps to the report’s characters, and only those', () => {
  const table = traditionalTable('两不愁三保障，稳就业，营商环境，发展。');
  assert.equal(table['兩'], '两');
  assert.equal(table['穩'], '稳');
  assert.equal(table['營'], '营');
  assert.equal(table['發'], '发');
  assert.equal(table['專'], undefined, '专 is not in this text');
  assert.equal(toSimplified('兩不愁三保障、營商環境', table), '两不愁三保障、营商环境');
  assert.equal(hasForeignHan('六穩', new Set('六稳')), true);
  assert.equal(hasForeignHan('六稳 abc', new Set('六稳')), false);
});

test('the engine converts traditional queries and loads the table only then', async () => {
  const data: SearchData = {
    pages: [
      page('/a/', '第一节', '做好“六稳”工作。'),
      page('/b/', '第二节', '稳定六项工作。'),
      page('/glossary/liuwen/', '六稳', '指稳就业……'),
    ],
    glossary,
    fold: {},
  };
  let tableLoads = 0;
  let relatedCalls = 0;
  const engine = createEngine({
    data: async () => data,
    reading: async () => ({ year: 2021, aliases: {}, readings: {} }),
    traditional: async () => {
      tableLoads += 1;
      return { 穩: '稳' };
    },
    commonReadings: async () => ({}),
    related: async () => {
      relatedCalls += 1;
      return [{ url: '/b/', title: '第二节', excerpt: '<mark>六</mark>' }];
    },
  });
  const plain = await engine.search('六稳');
  assert.equal(tableLoads, 0);
  assert.equal(plain.answer?.id, 'liuwen');
  assert.deepEqual(
    plain.exact.map((h) => h.page.url),
    ['/a/'],
    'the entry is the answer, not repeated as a hit',
  );
  assert.deepEqual(plain.near, [], 'a verbatim match needs no near results');

  const traditional = await engine.search('六穩');
  assert.equal(tableLoads, 1);
  assert.equal(traditional.conversion, 'traditional');
  assert.equal(traditional.searched, '六稳');

  const pinyin = await engine.search('liuwen');
  assert.equal(pinyin.conversion, 'pinyin');
  assert.equal(pinyin.answer?.id, 'liuwen');

  const partial = await engine.search('六 zzzz');
  assert.deepEqual(
    partial.missing.map((p) => p.raw),
    ['zzzz'],
  );
  assert.deepEqual(partial.exact, []);
  assert.deepEqual(partial.near, [], 'one shared character is not an answer');

  const quoted = await engine.search('"稳六"');
  assert.deepEqual(quoted.near, [], 'a quoted query is never read loosely');
  const nothing = await engine.search('量子');
  assert.deepEqual(nothing.near, []);
  assert.equal(relatedCalls, 0, 'Pagefind is asked only to order several near results');
});

test('traditional characters in the text: both forms are searched as one, and queries are still converted', async () => {
  const text = '优化營商環境，提升服务。';
  const fold = foldTable(`${text}持续优化营商环境。六稳`);
  assert.deepEqual(fold, { 營: '营', 環: '环' });
  assert.deepEqual(foldTable('什么是显著的成效？'), {}, '么 and 著 are simplified characters too');
  const data: SearchData = {
    pages: [page('/a/', '第一节', text), page('/b/', '第二节', '持续优化营商环境。六稳')],
    glossary: [],
    fold,
  };
  const engine = createEngine({
    data: async () => data,
    reading: async () => ({ year: 2021, aliases: {}, readings: {} }),
    traditional: async () => traditionalTable('持续优化营商环境。六稳'),
    commonReadings: async () => ({}),
    related: async () => [],
  });
  assert.deepEqual(
    (await engine.search('营商环境')).exact.map((h) => h.page.url).sort(),
    ['/a/', '/b/'],
    'the simplified query finds the pasted traditional sentence',
  );
  assert.deepEqual(
    (await engine.search('營商環境')).exact.map((h) => h.page.url).sort(),
    ['/a/', '/b/'],
    'the traditional query finds both',
  );
  const converted = await engine.search('六穩');
  assert.equal(converted.conversion, 'traditional', 'a character the text does not use is still converted');
  assert.deepEqual(
    converted.exact.map((h) => h.page.url),
    ['/b/'],
  );
});

/**
 * The pure modules that read a query the way people type it: pinyin and homophones,
 * word starts, the query's units, matching one unit, sentence similarity, near search.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looseSyllable, pinyinSpans, readingsFrom, soundsAlike, stripTones } from '../../src/shared/search/pinyin.ts';
import { crossesClause, wordStarts } from '../../src/shared/search/word-starts.ts';
import { normalizeWithPositions } from '../../src/shared/search/normalize.ts';
import { understandQuery } from '../../src/shared/search/understand-query.ts';
import { abbreviationSpans, homophoneSpans, matchUnit, typoSpans } from '../../src/shared/search/match-unit.ts';
import { sentenceSimilarity } from '../../src/shared/search/sentence-match.ts';
import { nearSearch, COVERAGE_THRESHOLD, prepareNearPassages } from '../../src/shared/search/near-search.ts';
import { reportReadingTable } from '../../src/node/search/build-data.ts';
import { loadSearchAliases } from '../../src/node/content/load-search-aliases.ts';
import { searchAliasSchema } from '../../src/schemas/search-aliases.ts';
import type { PageRecord } from '../../src/shared/search/types.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const prepared = (text: string) => {
  const norm = normalizeWithPositions(text);
  return { text: norm.text, starts: wordStarts(text, norm) };
};

const TEXT = '社会消费品零售总额增长7%；固定资产投资增长6%。优化营商环境，推进乡村振兴和脱贫攻坚。医疗、危房改造。';
const readings = readingsFrom(reportReadingTable([TEXT]), { jing: '竟', xin: '新', gong: '功' });

test('tones are stripped and ü is written v; keyboards’ confusions make one loose syllable', () => {
  assert.equal(stripTones('Xiāngcūn Zhènxīng'), 'xiangcun zhenxing');
  assert.equal(stripTones('lǜsè'), 'lvse');
  assert.equal(looseSyllable('zheng'), 'zen');
  assert.equal(looseSyllable('xing'), 'xin');
  assert.equal(looseSyllable('gong'), 'gong', '-ong stays: it has no -on to be confused with');
});

test('the reading table comes from the text in context', () => {
  const table = reportReadingTable(['银行行长']);
  assert.ok(table.hang.includes('行'));
  assert.ok(table.zhang.includes('长'));
  assert.ok(!('xing' in table) || table.xing.includes('行'), 'the usual reading of 行 alone is kept');
});

test('homophones: the same loose syllable, not the same character', () => {
  assert.equal(soundsAlike('竟', '境', readings), true);
  assert.equal(soundsAlike('新', '兴', readings), true, 'xin / xing');
  assert.equal(soundsAlike('功', '攻', readings), true);
  assert.equal(soundsAlike('新', '社', readings), false);
  assert.equal(soundsAlike('竟', '某', readings), false, 'an unknown character is no homophone');
});

test('word starts come from the segmenter, and punctuation begins a clause', () => {
  const { text, starts } = prepared('医疗、危房改造');
  assert.equal(text, '医疗危房改造');
  assert.equal(starts[0], 2, 'the text begins a clause');
  assert.equal(starts[1], 0);
  assert.equal(starts[2], 2, '危 follows the dropped 、');
  assert.equal(crossesClause(starts, 0, 4), true);
  assert.equal(crossesClause(starts, 2, 4), false);
});

test('typed pinyin finds the characters read that way, from a word start, not across punctuation', () => {
  const target = prepared(TEXT);
  const spell = (typed: string) =>
    pinyinSpans(target.text, target.starts, typed, readings).map((s) => target.text.slice(s.start, s.end));
  assert.deepEqual(spell('yingshanghuanjing'), ['营商环境']);
  assert.deepEqual(spell('tuopin'), ['脱贫']);
  assert.deepEqual(spell('xiangcunzhenx'), ['乡村振兴'], 'the last syllable may be cut short');
  assert.deepEqual(spell('liaogaizao'), [], '医疗、危房: not across the comma');
  assert.deepEqual(spell('qqqq'), []);
});

test('abbreviations: first characters of words, in order, within a clause', () => {
  const target = prepared(TEXT);
  const abbreviate = (short: string) => abbreviationSpans(target, short).map((s) => target.text.slice(s.start, s.end));
  assert.deepEqual(abbreviate('社零'), ['社会消费品零售']);
  assert.deepEqual(abbreviate('固投'), ['固定资产投资']);
  assert.deepEqual(abbreviate('医改'), [], '医疗、危房改造 is two clauses');
  assert.deepEqual(abbreviate('营商'), [], 'written out in full it is a verbatim match');
  assert.deepEqual(abbreviate('零社'), [], 'order counts');
});

test('a homophone slip: one character of a word of three or more, whole words of the text', () => {
  const target = prepared(TEXT);
  const slip = (typed: string) => homophoneSpans(target, typed, readings).map((s) => target.text.slice(s.start, s.end));
  assert.deepEqual(slip('营商环竟'), ['营商环境']);
  assert.deepEqual(slip('乡村振新'), ['乡村振兴']);
  assert.deepEqual(slip('脱贫功坚'), ['脱贫攻坚']);
  assert.deepEqual(slip('营商环境'), [], 'no slip: a verbatim match');
  assert.deepEqual(slip('营社环竟'), [], 'two slips in four characters are too many');
});

test('a typing slip: one character of a word of four or more replaced by any other, whole words of the text', () => {
  const target = prepared('推广“揭榜挂帅”等机制，优化营商环境。');
  const typo = (typed: string) => typoSpans(target, typed).map((s) => target.text.slice(s.start, s.end));
  assert.deepEqual(typo('揭榜挂师'), ['揭榜挂帅'], '师 for 帅: it looks alike');
  assert.deepEqual(typo('优化营商'), [], 'no slip: a verbatim match');
  assert.deepEqual(typo('揭榜挂'), [], 'three characters with one wrong are too often another word');
  assert.deepEqual(typo('揭傍挂师'), [], 'two wrong in four are too many');
  assert.deepEqual(typo('帅等机制'), [], 'not across punctuation');
});

test('letters an everyday word names are that word; other letters are pinyin', () => {
  const units = understandQuery('CPI涨幅 tandafeng', { year: 2021, aliases: { cpi: ['居民消费价格'] } });
  assert.deepEqual(
    units.map((u) => [u.text, u.latin, u.forms.map((f) => f.text)]),
    [
      ['cpi', false, ['cpi', '居民消费价格']],
      ['涨幅', false, ['涨幅']],
      ['tandafeng', true, ['tandafeng']],
    ],
  );
});

test('questions lose their filler; time words are read against the report’s year; lone characters stay joined', () => {
  const units = (query: string) =>
    understandQuery(query, { year: 2021, aliases: { 看病: ['医疗'] } }).map((u) => `${u.text}${u.optional ? '?' : ''}`);
  assert.deepEqual(units('2021年消费增长目标是多少'), ['2021年?', '消费', '增长', '目标']);
  assert.deepEqual(units('去年减税降费多少'), ['2020年?', '减税降费']);
  assert.deepEqual(units('明年要改造多少老旧小区'), ['2021年?', '改造', '老旧', '小区']);
  assert.deepEqual(units('十三五期间森林覆盖率'), ['十三五时期', '森林', '覆盖率']);
  // A count asked for loses its measure word; a figure reached, its verb (the text has its own).
  assert.deepEqual(units('今年要新建多少个充电桩'), ['2021年?', '新建', '充电桩']);
  assert.deepEqual(units('新建几所学校'), ['新建', '学校']);
  assert.deepEqual(units('去年细颗粒物浓度降到多少'), ['2020年?', '细颗粒物', '浓度']);
  assert.deepEqual(units('社零'), ['社零']);
  assert.deepEqual(units('养老金'), ['养老金'], 'not 养老 with a stray 金');
  assert.deepEqual(units('碳中和'), ['碳中和'], '和 between lone characters is part of the word');
  assert.deepEqual(units('企业和群众'), ['企业', '群众']);
  assert.deepEqual(units('Xiāngcūn zhènxīng'), ['xiangcun', 'zhenxing']);
  const [unit] = understandQuery('看病', { year: 2021, aliases: { 看病: ['医疗'] } });
  assert.deepEqual(
    unit.forms.map((f) => f.text),
    ['看病', '医疗'],
  );
  // Half in characters, half in pinyin: each piece as what it is; a letter in a name stays.
  assert.deepEqual(units('兰州laojie'), ['兰州', 'laojie']);
  assert.deepEqual(units('dianshang交易'), ['dianshang', '交易']);
  assert.deepEqual(units('“兰州laojie”'), ['兰州laojie'], 'quoted: as typed');
  assert.deepEqual(units('4A级景区'), units('4a级景区'));
  // A complaint asks about its thing (看病难: 看病, and its report words), below the words typed.
  const [longer] = understandQuery('看病难', { year: 2021, aliases: { 看病: ['医疗'] } });
  assert.deepEqual(
    longer.forms.map((f) => [f.text, f.weight]),
    [
      ['看病难', 1],
      ['看病', 0.9],
      ['医疗', 0.85],
    ],
  );
  // An everyday word inside a longer word, however the segmenter cut it: its report words too.
  const [inside] = understandQuery('去看病', { year: 2021, aliases: { 看病: ['医疗'] } });
  assert.deepEqual(
    inside.forms.map((f) => [f.text, f.weight]),
    [
      ['去看病', 1],
      ['医疗', 0.8],
    ],
  );
  const [own] = understandQuery('看病难', { year: 2021, aliases: { 看病难: ['就医'], 看病: ['医疗'] } });
  assert.deepEqual(
    own.forms.map((f) => f.text),
    ['看病难', '就医'],
    'an alias of the whole word is the closer reading',
  );
  assert.equal(understandQuery('六稳工作'.repeat(100), { year: 2021, aliases: {} }).length <= 12, true);
});

test('a run of words the report holds with one slip is kept whole', () => {
  const occurs = (text: string) => text === '风桥经验';
  assert.deepEqual(
    understandQuery('风桥经验', { year: 2021, aliases: {}, occurs }).map((u) => u.text),
    ['风桥经验'],
  );
  assert.notDeepEqual(
    understandQuery('风桥经验', { year: 2021, aliases: {} }).map((u) => u.text),
    ['风桥经验'],
  );
});

test('matching a unit prefers the verbatim words, then an alias, then looser ways', () => {
  const target = prepared(TEXT);
  const [alias] = understandQuery('看病', { year: 2021, aliases: { 看病: ['医疗'] } });
  assert.equal(matchUnit(alias, target, readings)?.quality, 0.9);
  const [pinyin] = understandQuery('tuopin', { year: 2021, aliases: {} });
  assert.equal(matchUnit(pinyin, target, readings)?.quality, 0.9);
  const [absent] = understandQuery('高铁', { year: 2021, aliases: {} });
  assert.equal(matchUnit(absent, target, readings), null);
});

test('a sentence a word off is still mostly there, in order', () => {
  const text = prepared('坚持房子是用来住的、不是用来炒的定位').text;
  const close = sentenceSimilarity('房子是拿来住的不是拿来炒的', text);
  assert.ok(close.similarity > COVERAGE_THRESHOLD, String(close.similarity));
  assert.deepEqual(
    close.spans.map((s) => text.slice(s.start, s.end)),
    ['房子是', '来住的不是', '来炒的'],
  );
  assert.ok(sentenceSimilarity('量子计算机和人工智能芯片', text).similarity < 0.2);
  assert.equal(sentenceSimilarity('房子', text).similarity, 0, 'two characters are a word, not a sentence');
});

const page = (url: string, title: string, ...texts: string[]): PageRecord => ({
  url,
  title,
  kind: 'section',
  passages: texts.map((text, i) => ({ anchor: `p${i + 1}`, heading: '', text })),
});

test('near search: coverage weighted by rarity, titles as context, nothing for a topic not mentioned', () => {
  const passages = prepareNearPassages([
    page('/review/', '“十三五”发展成就', '全区森林覆盖率达到26.72%。', '经济持续发展。'),
    page('/goals/', '“十四五”目标', '全区森林覆盖率达到27.22%。', '经济发展再上新台阶。'),
    page('/plan/', '2021年工作', '社会消费品零售总额增长7%。', '高质量发展。'),
  ]);
  const search = (query: string) => nearSearch(passages, understandQuery(query, { year: 2021, aliases: {} }), readings);
  const forest = search('十三五森林覆盖率');
  assert.deepEqual(forest.hits.map((h) => `${h.page.url}#${h.passage.anchor}`).slice(0, 2), [
    '/review/#p1',
    '/goals/#p1',
  ]);
  assert.ok(forest.hits[0].coverage > forest.hits[1].coverage);
  assert.deepEqual(
    forest.hits[0].excerpt.filter((p) => p.mark).map((p) => p.text),
    ['森林', '覆盖率'],
  );

  const retail = search('今年社零增长多少');
  assert.deepEqual(
    retail.hits.map((h) => h.page.url),
    ['/plan/'],
  );
  assert.deepEqual(retail.understood, ['2021年', '社会消费品零售', '增长']);
  assert.deepEqual(retail.hits[0].marked, ['社会消费品零售', '增长']);

  // The excerpt centres on the rarest word asked about, not on the first common one.
  const long = prepareNearPassages([
    page(
      '/long/',
      '目标',
      `以满足人民日益增长的美好生活需要为根本目的，${'巩固拓展疫情防控和经济社会发展成果，'.repeat(5)}社会消费品零售总额增长7%。`,
    ),
    page('/other/', '回顾', '经济增长。', '收入增长。'),
  ]);
  const centred = nearSearch(long, understandQuery('社零增长', { year: 2021, aliases: {} }), readings).hits[0];
  assert.ok(
    centred.excerpt.some((p) => p.mark && p.text === '社会消费品零售'),
    JSON.stringify(centred.excerpt),
  );

  assert.deepEqual(search('高铁').hits, []);
  assert.deepEqual(search('发展 量子').hits, [], 'a common word does not carry a rare absent one');
  assert.deepEqual(
    search('高铁').unmatched.map((u) => u.text),
    ['高铁'],
  );
});

test('the alias file: checked entry by entry, naming the file and field', () => {
  assert.equal(searchAliasSchema.safeParse({ words: ['看病'], means: ['医疗'] }).success, true);
  assert.equal(searchAliasSchema.safeParse({ words: [], means: ['医疗'] }).success, false);
  const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
  const file = join(dir, 'search-aliases.yaml');
  writeFileSync(file, '- words: [看病]\n  means: [医疗]\n');
  assert.deepEqual(loadSearchAliases('基本医疗保险', file), { 看病: ['医疗'] });
  writeFileSync(file, '- words: [看病]\n  mean: [医疗]\n');
  assert.throws(
    () => loadSearchAliases('基本医疗保险', file),
    /search-aliases\.yaml: schema: entry 1: field "means": .*; entry 1: field "mean": Unrecognized key/,
  );
  writeFileSync(file, '- words: [看病]\n  means: [医务]\n');
  assert.throws(
    () => loadSearchAliases('基本医疗保险', file),
    /entry 1: field "means": "医务" does not occur in the report/,
  );
  writeFileSync(file, '- words: [看病]\n  means: [医疗]\n- words: [看病]\n  means: [保险]\n');
  assert.throws(
    () => loadSearchAliases('基本医疗保险', file),
    /entry 2: field "words": "看病" is also in an earlier entry/,
  );
});

test("the language's everyday words: an entry serves a report that uses its words, is idle in one that does not; a report's own entries come first and stay strict", () => {
  const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
  const shared = join(dir, 'everyday-words.yaml');
  const own = join(dir, 'search-aliases.yaml');
  writeFileSync(
    shared,
    '- words: [看病, 就医]\n  means: [医疗, 医院]\n- words: [社保]\n  means: [社会保险]\n- words: [火车站]\n  means: [车站]\n',
  );
  writeFileSync(own, '- words: [火车站]\n  means: [西客站]\n');
  assert.deepEqual(loadSearchAliases('提高基本医疗保险水平，扩建兰州西客站。', own, shared), {
    看病: ['医疗'],
    就医: ['医疗'],
    火车站: ['西客站'],
  });
  // A report without a file of its own, that uses none of an entry's words.
  assert.deepEqual(loadSearchAliases('推进社会保险扩面。', join(dir, 'none.yaml'), shared), { 社保: ['社会保险'] });
  writeFileSync(own, '- words: [火车站]\n  means: [东客站]\n');
  assert.throws(
    () => loadSearchAliases('兰州西客站', own, shared),
    /search-aliases\.yaml: entry 1: field "means": "东客站" does not occur in the report/,
  );
  writeFileSync(shared, '- words: [社保]\n  means: [社会保险]\n- words: [社保]\n  means: [社会保障]\n');
  assert.throws(
    () => loadSearchAliases('社会保险', join(dir, 'none.yaml'), shared),
    /everyday-words\.yaml: entry 2: field "words": "社保" is also in an earlier entry/,
    'a word written twice in the shared file is named, idle or not',
  );
});

test('the engine: near results only without a verbatim match; the reading data, common readings and Pagefind only when needed', async () => {
  const { createEngine } = await import('../../src/shared/search/engine.ts');
  const pages = [
    page('/a/', '2020年工作', '社会消费品零售总额增长5%。'),
    page('/b/', '2021年目标', '社会消费品零售总额增长7%。'),
    page('/c/', '营商', '优化营商环境。'),
  ];
  let commonLoads = 0;
  let readingLoads = 0;
  const relatedQueries: string[] = [];
  const engine = createEngine({
    data: async () => ({ pages, glossary: [], fold: {} }),
    reading: async () => {
      readingLoads += 1;
      return {
        year: 2021,
        aliases: {},
        readings: reportReadingTable(pages.flatMap((p) => p.passages.map((x) => x.text))),
      };
    },
    traditional: async () => ({}),
    commonReadings: async () => {
      commonLoads += 1;
      return { jing: '竟' };
    },
    related: async (query) => {
      relatedQueries.push(query);
      return [{ url: '/b/#p1', title: '', excerpt: '' }];
    },
  });
  const first = await engine.search('营商环境');
  assert.equal(first.exact.length, 1);
  assert.equal(readingLoads, 0, 'a query the text holds verbatim needs no reading data');

  const retail = await engine.search('社零增长');
  assert.equal(readingLoads, 1);
  assert.deepEqual(retail.exact, []);
  assert.deepEqual(
    retail.near.map((h) => h.page.url),
    ['/b/', '/a/'],
    'Pagefind’s agreement orders two equal results',
  );
  assert.deepEqual(relatedQueries, ['社会消费品零售 增长'], 'Pagefind is asked the query as understood');
  assert.deepEqual(retail.understood, ['社会消费品零售', '增长']);
  assert.equal(commonLoads, 0);

  const slip = await engine.search('营商环竟');
  assert.equal(commonLoads, 1, '竟 is not in the report');
  assert.deepEqual(
    slip.near.map((h) => h.page.url),
    ['/c/'],
  );
  assert.equal(relatedQueries.length, 1, 'one near result needs no ordering');

  const verbatim = await engine.search('营商环境');
  assert.deepEqual(
    verbatim.exact.map((h) => h.page.url),
    ['/c/'],
  );
  assert.deepEqual(verbatim.near, []);

  const absent = await engine.search('高铁');
  assert.deepEqual([absent.near, absent.missing.map((m) => m.raw)], [[], ['高铁']]);
  assert.equal(readingLoads, 1, 'the reading data is fetched once');
});

test('a question about what a term means names the term, in the ways readers ask; anything else names none', async () => {
  const { termAsked } = await import('../../src/shared/search/glossary-answer.ts');
  const entry = (term: string, aliases: string[] = []) => ({
    id: term,
    url: `/glossary/${term}/`,
    term,
    aliases,
    definition: '',
    pinyin: [],
    initials: [],
  });
  const glossary = [entry('四风'), entry('三不管楼院', ['“三不管”楼院'])];
  for (const query of ['四风指什么', '四风是什么意思', '什么是四风', '“四风”的含义？', '请问四风是指什么', '何谓四风'])
    assert.equal(termAsked(query, glossary)?.term, '四风', query);
  assert.equal(termAsked('“三不管”楼院是什么', glossary)?.term, '三不管楼院');
  for (const query of ['四风', '营商环境是什么', '四风整治情况', '什么是'])
    assert.equal(termAsked(query, glossary), undefined, query);
});

test('a question about what words mean, in a report without a glossary, searches the words', async () => {
  const { createEngine } = await import('../../src/shared/search/engine.ts');
  const pages = [page('/a/', '改革', '深入推进“放管服”改革。'), page('/b/', '其他', '什么是好的服务？')];
  const engine = createEngine({
    data: async () => ({ pages, glossary: [], fold: {} }),
    reading: async () => ({ year: 2021, aliases: {}, readings: {} }),
    traditional: async () => ({}),
    commonReadings: async () => ({}),
    related: async () => [],
  });
  const asked = await engine.search('放管服是什么意思');
  assert.equal(asked.conversion, 'term');
  assert.deepEqual(
    asked.exact.map((h) => h.page.url),
    ['/a/'],
  );
  const unknown = await engine.search('双减是什么意思');
  assert.notEqual(unknown.conversion, 'term', 'words the report does not hold are not searched alone');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzySpellings, initialSpans, pinyinSpans, type Readings } from '../../src/shared/search/pinyin.ts';

const readings: Readings = new Map(
  Object.entries({
    农: ['nong'],
    村: ['cun'],
    生: ['sheng'],
    态: ['tai'],
    乡: ['xiang'],
    振: ['zhen'],
    兴: ['xing'],
    公: ['gong'],
    共: ['gong'],
    服: ['fu'],
    务: ['wu'],
    站: ['zhan'],
    文: ['wen'],
    化: ['hua'],
  }),
);
/** Every character starts a word, but a comma ends one (2). */
const startsOf = (text: string) => Uint8Array.from([...text], (char) => ('，。'.includes(char) ? 2 : 1));
const spans = (text: string, typed: string, fuzzy = false) =>
  pinyinSpans(text, startsOf(text), typed, readings, { fuzzy })
    .filter((span) => span.complete)
    .map(({ start, end }) => text.slice(start, end));

test('the blurred spellings of a syllable: zh/z, ch/c, sh/s, n/l, h/f, and an/ang, en/eng, in/ing', () => {
  assert.deepEqual(fuzzySpellings('nong'), ['long'], 'ong has no -on to blur with');
  assert.deepEqual(fuzzySpellings('sheng').sort(), ['sen', 'seng', 'shen'].sort());
  assert.deepEqual(fuzzySpellings('zhan').sort(), ['zan', 'zang', 'zhang'].sort());
  assert.deepEqual(fuzzySpellings('hua'), ['fua']);
  assert.deepEqual(fuzzySpellings('tai'), [], 'nothing to blur');
});

test('typed pinyin blurred as input methods and speech blur it finds the word only when asked to', () => {
  assert.deepEqual(spans('发展农村', 'longcun'), [], 'as spelled: no');
  assert.deepEqual(spans('发展农村', 'longcun', true), ['农村']);
  assert.deepEqual(spans('生态优先', 'sentai', true), ['生态']);
  assert.deepEqual(spans('乡村振兴', 'xiangcunzenxing', true), ['乡村振兴']);
  assert.deepEqual(spans('发展农村', 'nongcun'), ['农村'], 'exact spelling still works');
});

test('initials: each letter starts a reading of consecutive characters, within a clause', () => {
  const text = '乡村振兴，公共服务。';
  const found = (typed: string) =>
    initialSpans(text, startsOf(text), typed, readings).map(({ start, end }) => text.slice(start, end));
  assert.deepEqual(found('xczx'), ['乡村振兴']);
  assert.deepEqual(found('ggfw'), ['公共服务']);
  assert.deepEqual(found('zxgg'), [], 'not across a comma');
  assert.deepEqual(found('xcgg'), []);
});

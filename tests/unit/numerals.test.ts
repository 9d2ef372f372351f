/**
 * Chinese numerals (src/shared/numerals.ts): every form the reports and their readers write,
 * read to its value and written back; what is not a number reads as undefined.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNumber, readNumeral, writeDigits, writeNumeral } from '../../src/shared/numerals.ts';

const reads = (cases: Record<string, number | undefined>) => {
  for (const [text, value] of Object.entries(cases)) assert.equal(readNumber(text), value, text);
};

test('digits and tens: 十 alone or at the start may drop its 一', () => {
  reads({ 一: 1, 九: 9, 零: 0, 〇: 0, 十: 10, 一十: 10, 十二: 12, 二十: 20, 二十一: 21, 九十九: 99 });
  reads({ 十十: undefined, 二十十: undefined, 十一十: undefined });
});

test('hundreds and thousands: places run down, 零 stands for places skipped', () => {
  reads({
    一百: 100,
    一百零五: 105,
    一百一十: 110,
    三千: 3000,
    一千零五: 1005,
    一千零五十: 1050,
    九千九百九十九: 9999,
  });
  // A 零 where no place is skipped, at the end, or twice, and places out of order.
  reads({
    一百零五十: undefined,
    十零五: undefined,
    一百零: undefined,
    一千零零五: undefined,
    一十百: undefined,
    百: undefined,
  });
  // Inside a number 十 keeps its 一.
  reads({ 一百十: undefined });
});

test('the last place left out after a bare digit: 一百五 is 150', () => {
  reads({ 一百五: 150, 三千五: 3500, 两万三: 23000, 一亿二: 120_000_000 });
});

test('两 is 2 alone and before 百, 千, 万, 亿 and 点, never before 十 or as the ones', () => {
  reads({ 两: 2, 两百: 200, 两千: 2000, 两千两百: 2200, 两万: 20000, 两亿: 200_000_000, 两点五: 2.5 });
  reads({
    两十: undefined,
    十两: undefined,
    二十两: undefined,
    一百两: undefined,
    一万两: undefined,
    两〇二一: undefined,
  });
});

test('万 and 亿 multiply what stands before them, 万亿 both', () => {
  reads({
    一万: 10_000,
    十万: 100_000,
    十一万: 110_000,
    三千万: 30_000_000,
    一万零五百: 10_500,
    一万零一十: 10_010,
    四千三百二十一万零八: 43_210_008,
    一亿: 100_000_000,
    一亿二千万: 120_000_000,
    一亿零一万: 100_010_000,
    一万亿: 1_000_000_000_000,
    十万亿: 10_000_000_000_000,
  });
  // A missing 零 is read all the same: the places say where the digits stand.
  reads({ 一万五百: 10_500 });
  // Nothing before 万, 万 of 万, a 零 where no place is skipped, a remainder too large.
  reads({ 万: undefined, 亿: undefined, 一万万: undefined, 一万零五千: undefined, 一万一万: undefined });
});

test('digits without places are read one by one, as years are written', () => {
  reads({ 二〇二一: 2021, '二○二一': 2021, 一九九八: 1998, 二零二六: 2026, 一二三四五: 12345 });
  // Only the whole numeral: digits one by one do not stand before 万 or a place.
  reads({ 一二万: undefined, 二〇二一十: undefined });
});

test('fractions after 点, and the 万 or 亿 after them', () => {
  reads({
    九点八四: 9.84,
    零点五: 0.5,
    十二点五: 12.5,
    三点零五: 3.05,
    九点八四万: 98_400,
    一点二亿: 120_000_000,
    一点五万亿: 1_500_000_000_000,
  });
  reads({ 点五: undefined, 九点: undefined, 九点十: undefined, 九点八四千: undefined, 九点两: undefined });
});

test('Arabic numerals stand where Chinese ones do, full-width ones too', () => {
  reads({
    '50': 50,
    '12345': 12345,
    '4.5': 4.5,
    '2万': 20_000,
    '3千': 3000,
    '3千5百': 3500,
    '9.84万': 98_400,
    '492.06亿': 49_206_000_000,
  });
  reads({ '1亿2000万': 120_000_000, '12345万': 123_450_000, '5万3000': 53_000, '１２': 12, '２万': 20_000 });
  reads({ '12千': undefined, '3..5': undefined, '3.5.5': undefined, '5万12345': undefined });
});

test('what is not one number reads as undefined', () => {
  reads({
    '': undefined,
    几十: undefined,
    十几: undefined,
    三四十: undefined,
    第一: undefined,
    一个: undefined,
    abc: undefined,
    '3 千': undefined,
  });
  assert.equal(readNumeral('三千多人'), undefined);
  assert.equal(readNumeral('492.06亿元'), undefined);
});

test('readNumeral: percent and per mille, written out or as a sign', () => {
  assert.deepEqual(readNumeral('百分之四点五'), { value: 4.5, unit: '%' });
  assert.deepEqual(readNumeral('4.5%'), { value: 4.5, unit: '%' });
  assert.deepEqual(readNumeral('4.5％'), { value: 4.5, unit: '%' });
  assert.deepEqual(readNumeral('百分之十二'), { value: 12, unit: '%' });
  assert.deepEqual(readNumeral('百分之百'), { value: 100, unit: '%' });
  assert.deepEqual(readNumeral('千分之三'), { value: 3, unit: '‰' });
  assert.deepEqual(readNumeral('3‰'), { value: 3, unit: '‰' });
  assert.equal(readNumeral('百分之'), undefined);
  assert.equal(readNumeral('%'), undefined);
});

test('readNumeral: 多 and 余 after a round number say “more than”', () => {
  assert.deepEqual(readNumeral('三千多'), { value: 3000, more: true });
  assert.deepEqual(readNumeral('十余'), { value: 10, more: true });
  assert.deepEqual(readNumeral('二十多'), { value: 20, more: true });
  assert.deepEqual(readNumeral('30多'), { value: 30, more: true });
  assert.deepEqual(readNumeral('三十多万'), { value: 300_000, magnitude: { value: 30, word: '万' }, more: true });
  assert.deepEqual(readNumeral('一百余亿'), {
    value: 10_000_000_000,
    magnitude: { value: 100, word: '亿' },
    more: true,
  });
  // Not after a ones digit, and once only.
  assert.equal(readNumeral('三十五多'), undefined);
  assert.equal(readNumeral('35多'), undefined);
  assert.equal(readNumeral('三千多多'), undefined);
  assert.equal(readNumeral('多'), undefined);
});

test('readNumeral: the 万, 亿 or 万亿 a figure is scaled by, as figures are written', () => {
  assert.deepEqual(readNumeral('九点八四万'), { value: 98_400, magnitude: { value: 9.84, word: '万' } });
  assert.deepEqual(readNumeral('9.84万'), { value: 98_400, magnitude: { value: 9.84, word: '万' } });
  assert.deepEqual(readNumeral('一万亿'), { value: 1e12, magnitude: { value: 1, word: '万亿' } });
  assert.deepEqual(readNumeral('五十'), { value: 50 });
  // 两万三 ends in a digit, 一亿二千万 is scaled twice: no one magnitude.
  assert.deepEqual(readNumeral('两万三'), { value: 23_000 });
  assert.deepEqual(readNumeral('一亿二千万'), { value: 120_000_000 });
});

test('the same figure in the forms a report and a reader write it reads as one value', () => {
  assert.equal(readNumber('五十'), readNumber('50'));
  assert.deepEqual(readNumeral('百分之四点五'), readNumeral('4.5%'));
  assert.equal(readNumber('九点八四万'), readNumber('98400'));
  assert.equal(readNumber('三千'), readNumber('3千'));
  assert.equal(readNumber('两万'), readNumber('2万'));
});

test('writeNumeral writes numbers as reports do: 十 at the start without its 一, 零 for places skipped', () => {
  const cases: [number, string][] = [
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [1050, '一千零五十'],
    [1500, '一千五百'],
    [10_010, '一万零一十'],
    [10_500, '一万零五百'],
    [23_000, '二万三千'],
    [100_000, '十万'],
    [110_000, '十一万'],
    [1_000_000, '一百万'],
    [100_010_000, '一亿零一万'],
    [105_000_000, '一亿零五百万'],
    [1e12, '一万亿'],
    [9.84, '九点八四'],
    [0.05, '零点零五'],
  ];
  for (const [n, text] of cases) assert.equal(writeNumeral(n), text, String(n));
});

test('what writeNumeral writes reads back', () => {
  for (let n = 0; n <= 12_000; n += 1) assert.equal(readNumber(writeNumeral(n)), n, String(n));
  for (const n of [99_999, 100_001, 1_234_567, 20_000_000, 300_000_007, 9_007_199_254_740, 12.5, 0.5]) {
    assert.equal(readNumber(writeNumeral(n)), n, String(n));
  }
});

test('writeNumeral refuses what it cannot write exactly; writeDigits writes years', () => {
  for (const n of [-1, Number.NaN, Infinity, 1e21, 1e-7]) assert.throws(() => writeNumeral(n), RangeError, String(n));
  assert.equal(writeDigits(2021), '二〇二一');
  assert.equal(writeDigits('1998'), '一九九八');
  assert.equal(readNumber(writeDigits(2026)), 2026);
  assert.throws(() => writeDigits('20.5'), RangeError);
});

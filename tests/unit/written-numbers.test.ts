import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approximateFigures, writtenNumbers } from '../../src/shared/search/written-numbers.ts';

const inReport =
  (...texts: string[]) =>
  (text: string) =>
    texts.includes(text);

test('numbers in words are read as figures are written: places, decimals, 万 and 亿, percent', () => {
  const none = inReport();
  assert.equal(writtenNumbers('五十部电梯', none), '50部电梯');
  assert.equal(writtenNumbers('两千人', none), '2000人');
  assert.equal(writtenNumbers('一百零五个', none), '105个');
  assert.equal(writtenNumbers('九点八四万人', none), '9.84万人');
  assert.equal(writtenNumbers('四百九十二点零六亿元', none), '492.06亿元');
  assert.equal(writtenNumbers('失业率百分之四点五以内', none), '失业率4.5%以内');
  assert.equal(writtenNumbers('二〇二一年', none), '2021年');
});

test('names stay as written: a lone numeral, a run the report uses as written, an approximate number', () => {
  assert.equal(writtenNumbers('六稳六保', inReport()), '六稳六保', 'one character at a time: a name');
  assert.equal(writtenNumbers('两不愁三保障', inReport()), '两不愁三保障');
  assert.equal(writtenNumbers('十三五规划', inReport('十三五')), '十三五规划', 'in the report as written');
  assert.equal(writtenNumbers('三千多户', inReport()), '三千多户', 'no figure is written 3000多');
  assert.equal(writtenNumbers('营商环境', inReport()), '营商环境');
});

test('an approximate amount is the report’s figures of its measure in its range', () => {
  const text = '改造户数3229户，另有3500户。新增就业9.84万人，企业2100家，30.5万人，3000户。';
  assert.deepEqual(approximateFigures('三千多户', text), ['3229户', '3500户'], '3000 is not more than 3000');
  assert.deepEqual(approximateFigures('3000多户', text), ['3229户', '3500户']);
  assert.deepEqual(approximateFigures('九万多人', text), ['9.84万人'], 'figures with 万 are read whole');
  assert.deepEqual(approximateFigures('两千多家企业', text), ['2100家企业']);
  assert.deepEqual(approximateFigures('三十多万人', text), ['30.5万人'], '三十多万 runs to 40万');
  assert.deepEqual(approximateFigures('棚改三千多户', text), ['棚改3229户', '棚改3500户']);
  assert.deepEqual(approximateFigures('一千多户', text), [], 'no figure in the range');
  assert.deepEqual(approximateFigures('三千多家', text), [], 'another measure');
  assert.deepEqual(approximateFigures('3229多户', text), [], 'not a round amount');
  assert.deepEqual(approximateFigures('三千户', text), [], 'not approximate');
});

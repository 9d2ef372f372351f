import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenNumbers } from '../../src/shared/search/written-numbers.ts';

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

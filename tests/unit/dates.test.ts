/** Dates as reports write them (src/shared/dates.ts): in Arabic numerals or in Chinese ones. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE, readDate, YEAR } from '../../src/shared/dates.ts';

test('dates in digits and in Chinese numerals, as ISO and as the report writes them', () => {
  assert.deepEqual(readDate('二〇二二年一月十八日在…会议上'), { date: '2022-01-18', dateText: '2022年01月18日' });
  assert.deepEqual(readDate('二〇二一年十二月三十一日'), { date: '2021-12-31', dateText: '2021年12月31日' });
  assert.deepEqual(readDate('二○二一年四月二十七日'), { date: '2021-04-27', dateText: '2021年04月27日' });
  assert.deepEqual(readDate('2021年04月27日'), { date: '2021-04-27', dateText: '2021年04月27日' });
  assert.deepEqual(readDate('——2026年1月26日在河北省第十四届人民代表大会第四次会议上'), {
    date: '2026-01-26',
    dateText: '2026年01月26日',
  });
});

test('no date: other words, a month or day out of range, numerals mixed', () => {
  assert.equal(readDate('今年'), null);
  assert.equal(readDate('2021年13月1日'), null);
  assert.equal(readDate('二〇二一年二月三十二日'), null);
  assert.equal(readDate('二〇二一年十十月一日'), null);
  // A report writes a date in one kind of numerals.
  assert.equal(readDate('2021年四月27日'), null);
  assert.equal(DATE.test('2021年四月27日'), false);
});

test('a year as a title writes it', () => {
  assert.match('2026年河北省政府工作报告', new RegExp(`^${YEAR.source}`));
  assert.match('二〇二一年政府工作报告', new RegExp(`^${YEAR.source}`));
  assert.doesNotMatch('二十一年', YEAR);
});

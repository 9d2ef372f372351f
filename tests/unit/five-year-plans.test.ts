/** The five-year plans (src/shared/five-year-plans.ts): names, numbers and years, each way. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAN_NAME, planName, planOfYears, planYears, readPlanName } from '../../src/shared/five-year-plans.ts';

test('a plan’s years: the first two, then every five years from the third', () => {
  assert.deepEqual(planYears(1), { start: 1953, end: 1957 });
  assert.deepEqual(planYears(2), { start: 1958, end: 1962 });
  assert.deepEqual(planYears(3), { start: 1966, end: 1970 });
  assert.deepEqual(planYears(10), { start: 2001, end: 2005 });
  assert.deepEqual(planYears(13), { start: 2016, end: 2020 });
  assert.deepEqual(planYears(15), { start: 2026, end: 2030 });
  assert.equal(planYears(0), undefined);
  assert.equal(planYears(1.5), undefined);
});

test('the plan of a span of years, and none for a span that is not one', () => {
  for (let n = 1; n <= 20; n += 1) {
    const { start, end } = planYears(n)!;
    assert.equal(planOfYears(start, end), n, String(n));
  }
  assert.equal(planOfYears(1963, 1967), undefined);
  assert.equal(planOfYears(2017, 2021), undefined);
  assert.equal(planOfYears(2016, 2019), undefined);
});

test('names: written as reports write them, and read back; other words are no plan', () => {
  assert.equal(planName(1), '一五');
  assert.equal(planName(10), '十五');
  assert.equal(planName(13), '十三五');
  assert.equal(planName(20), '二十五');
  for (let n = 1; n <= 30; n += 1) assert.equal(readPlanName(planName(n)), n, String(n));
  for (const word of ['五', '十三', '一十三五', '一二五', '零五', '两五', '放管服', '十三五规划'])
    assert.equal(readPlanName(word), undefined, word);
});

test('in running text, only names no number can be taken for', () => {
  assert.equal(PLAN_NAME.exec('“十四五”时期')?.[0], '十四五');
  assert.equal(PLAN_NAME.exec('十九五')?.[0], '十九五');
  assert.equal(PLAN_NAME.test('十五个'), false);
  assert.equal(PLAN_NAME.test('二十五年'), false);
});

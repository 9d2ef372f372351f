/**
 * What the site says about a report that content/reports/qilihequ/2021/report.json leaves unsaid: the search
 * examples and the home page's introduction (src/shared/report-defaults.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultIntro,
  deriveSearchExamples,
  fillCounts,
  frequentNumber,
  placeholderExamples,
  quotedPhrases,
} from '../../src/shared/report-defaults.ts';

const texts = [
  `---
title: "一"
---

import Captions from '../../../../../src/components/Captions.astro';

<Captions count={12}>

坚持“十四五”规划，落实“六稳”“六保”，开通[“12355”](glossary:12355)热线，实现“六稳”。2020年地区生产总值达到492.06亿元，2021年力争增长7%。`,
  '推进“放管服”改革，“屏对屏、不见面”办理，“六保”落实。热线12355全天开通，“十三五”圆满收官。生产总值492.06亿元。2020年。',
];

test('quoted phrases: most often first, plan names and phrases with punctuation left out', () => {
  assert.deepEqual(quotedPhrases(texts), ['六稳', '六保', '12355', '放管服']);
});

test('the most frequent number worth searching: four digits or a decimal, not a year', () => {
  assert.equal(frequentNumber(texts), '12355');
  assert.equal(frequentNumber(['2020年增长7%，2021年增长8%，完成38.5亿元。']), '38.5');
  assert.equal(frequentNumber(['2020年增长7%。']), undefined);
});

test('search examples: glossary terms first, then quoted phrases, then a number, five at most', () => {
  assert.deepEqual(deriveSearchExamples({ terms: ['两不愁三保障', '一心一线五片区八大板块', '六稳'], texts }), [
    '两不愁三保障',
    '六稳',
    '六保',
    '放管服',
    '12355',
  ]);
  // No glossary: the text alone.
  assert.deepEqual(deriveSearchExamples({ terms: [], texts }), ['六稳', '六保', '放管服', '12355']);
  assert.deepEqual(deriveSearchExamples({ terms: [], texts: ['没有引号也没有数字。'] }), []);
  assert.deepEqual(
    deriveSearchExamples({ terms: ['甲乙', '丙丁', '戊己', '庚辛', '壬癸', '子丑'], texts: ['没有数字。'] }),
    ['甲乙', '丙丁', '戊己', '庚辛', '壬癸'],
  );
});

test('the header box shows the three shortest examples, in the order given', () => {
  assert.deepEqual(placeholderExamples(['六稳', '12355', '两不愁三保障', '492.06', '石佛沟']), [
    '六稳',
    '12355',
    '石佛沟',
  ]);
  assert.deepEqual(placeholderExamples(['放管服', '六稳']), ['放管服', '六稳']);
  assert.deepEqual(placeholderExamples([]), []);
});

test('the introduction: counts filled in, or a sentence made of the title and the counts', () => {
  assert.equal(
    fillCounts('分为{sections}节，附解释{terms}条，{other}不变。', { sections: 12, terms: 20 }),
    '分为12节，附解释20条，{other}不变。',
  );
  assert.equal(
    defaultIntro({ title: '七里河区2021年政府工作报告', government: '七里河区人民政府', sections: 12, terms: 20 }),
    '这是七里河区2021年政府工作报告的全文，文末附有关词语解释20条。全文按报告自身的结构分为12节，每节一页，可逐节阅读，也可全文搜索。',
  );
  assert.equal(
    defaultIntro({ title: '2030年政府工作报告', government: '某市人民政府', sections: 8, terms: 0 }),
    '这是某市人民政府2030年政府工作报告的全文。全文按报告自身的结构分为8节，每节一页，可逐节阅读，也可全文搜索。',
  );
});

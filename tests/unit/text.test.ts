import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AREA_NUMBER,
  firstSentence,
  HEADING_NUMBER,
  PART_NUMBER,
  plainText,
  POINT_NUMBER,
  shorten,
  withoutNumbering,
} from '../../src/shared/text.ts';
import { normalizeBase } from '../../src/shared/urls.ts';

test('firstSentence skips imports, components and markup', () => {
  const body =
    "import Captions from './C.astro';\n\n**综合实力跨上新台阶。**面对压力。\n\n<Captions count={1}>\n\n- 图\n\n</Captions>";
  assert.equal(firstSentence(body), '综合实力跨上新台阶。');
  assert.equal(firstSentence('## 标题\n\n第一句。第二句。'), '第一句。');
  assert.equal(firstSentence('没有句号的长句'.repeat(30), 10), '没有句号的长句没……');
});

test('plainText: the words of Markdown and MDX without their markup', () => {
  assert.equal(plainText('**综合实力跨上新台阶。**面对_压力_，`代码`。'), '综合实力跨上新台阶。面对压力，代码。');
  assert.equal(plainText('开通[“12355”](glossary:12355)热线'), '开通“12355”热线');
  assert.equal(plainText("import Captions from './C.astro';\n\n<Captions count={1}>图</Captions>"), '\n\n图');
  // An escaped character is itself, and an escaped < opens no tag.
  assert.equal(plainText('3\\*4\\_5 a \\< b \\[c\\] 1\\. \\\\'), '3*4_5 a < b [c] 1. \\');
  // Only ASCII punctuation is escaped: a backslash before anything else is text.
  assert.equal(plainText('\\中'), '\\中');
  assert.equal(plainText('第一段。\n\n第二段。'), '第一段。\n\n第二段。');
});

test('firstSentence reads the paragraph as plain text', () => {
  assert.equal(firstSentence('开通[“12355”](glossary:12355)热线，方便群众。其后。'), '开通“12355”热线，方便群众。');
  assert.equal(firstSentence('增长\\*约\\*百分之五。'), '增长*约*百分之五。');
});

test('shorten cuts a long text after its last whole clause, within the length', () => {
  assert.equal(shorten('短句。'), '短句。');
  assert.equal(shorten('一二三四五，六七八九十；甲乙丙丁戊己庚辛', 13), '一二三四五，六七八九十……');
  assert.equal(shorten('一二三四五，六七八九十；甲乙丙丁戊己庚辛', 12), '一二三四五，六七八九……');
  // A clause mark in the first half is too early: cut at 、 instead, else anywhere.
  assert.equal(shorten('一二，三、四、五、六、七、八、九', 12), '一二，三、四、五、六……');
  assert.equal(shorten('一二，三四五六七八九十甲乙丙', 12), '一二，三四五六七八九……');
  for (const length of [10, 50, 120]) {
    const text = '持续推进各项改革走深走实，有效破解瓶颈制约、着力优化营商环境；'.repeat(8);
    assert.ok(shorten(text, length).length <= length, `${length}`);
    assert.ok(shorten(text, length).endsWith('……'));
  }
});

test('heading numbers: a part’s 一、 and an area’s （一）, at the start only', () => {
  assert.equal(PART_NUMBER.exec('十二、深化改革')?.[1], '十二');
  assert.equal(AREA_NUMBER.exec('（三）推进乡村振兴')?.[1], '三');
  assert.equal(PART_NUMBER.test('（一）推进'), false);
  assert.equal(HEADING_NUMBER.exec('二十一、附则')?.[0], '二十一、');
  assert.equal(HEADING_NUMBER.test('统一、规范'), false);
  assert.equal(HEADING_NUMBER.test('我们一、二季度'), false);
  assert.equal(withoutNumbering('一、 2025年工作回顾'), '2025年工作回顾');
  assert.equal(withoutNumbering('（十）加强政府建设'), '加强政府建设');
  assert.equal(withoutNumbering('过去五年工作回顾'), '过去五年工作回顾');
});

test('point numbers: 一是 to 十九是', () => {
  const point = new RegExp(`^${POINT_NUMBER}`);
  for (const text of ['一是加强', '九是', '十是', '十一是', '十九是']) assert.match(text, point);
  for (const text of ['二十是', '十十是', '统一是', '是']) assert.doesNotMatch(text, point);
});

test('normalizeBase always yields a path with slashes at both ends', () => {
  assert.equal(normalizeBase(undefined), '/');
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('report'), '/report/');
  assert.equal(normalizeBase('/report'), '/report/');
  assert.equal(normalizeBase('/a/b/'), '/a/b/');
});

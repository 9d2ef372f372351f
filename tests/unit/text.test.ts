import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSentence } from '../../src/lib/text.ts';
import { normalizeBase } from '../../src/lib/base.ts';

test('firstSentence skips imports, components and markup', () => {
  const body = "import Figures from './F.astro';\n\n**综合实力跨上新台阶。**面对压力。\n\n<Figures count={1}>\n\n- 图\n\n</Figures>";
  assert.equal(firstSentence(body), '综合实力跨上新台阶。');
  assert.equal(firstSentence('## 标题\n\n第一句。第二句。'), '第一句。');
  assert.equal(firstSentence('没有句号的长句'.repeat(30), 10), '没有句号的长句没有…');
});

test('normalizeBase always yields a path with slashes at both ends', () => {
  assert.equal(normalizeBase(undefined), '/');
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('report'), '/report/');
  assert.equal(normalizeBase('/report'), '/report/');
  assert.equal(normalizeBase('/a/b/'), '/a/b/');
});

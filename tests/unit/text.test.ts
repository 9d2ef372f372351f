import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSentence, shorten } from '../../src/shared/text.ts';
import { normalizeBase } from '../../src/shared/urls.ts';

test('firstSentence skips imports, components and markup', () => {
  const body = "import Captions from './C.astro';\n\n**综合实力跨上新台阶。**面对压力。\n\n<Captions count={1}>\n\n- 图\n\n</Captions>";
  assert.equal(firstSentence(body), '综合实力跨上新台阶。');
  assert.equal(firstSentence('## 标题\n\n第一句。第二句。'), '第一句。');
  assert.equal(firstSentence('没有句号的长句'.repeat(30), 10), '没有句号的长句没……');
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

test('normalizeBase always yields a path with slashes at both ends', () => {
  assert.equal(normalizeBase(undefined), '/');
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('report'), '/report/');
  assert.equal(normalizeBase('/report'), '/report/');
  assert.equal(normalizeBase('/a/b/'), '/a/b/');
});

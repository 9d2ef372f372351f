import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emphasiseEnumeration,
  emphasiseLead,
  escapeMdxText,
  splitLeadSentence,
  toHeading,
} from '../../src/importer/mdx-text.ts';

test('MDX syntax in text is escaped', () => {
  assert.equal(escapeMdxText('a{b}<c>'), 'a\\{b\\}\\<c\\>');
  assert.equal(escapeMdxText('3*4_5[x]'), '3\\*4\\_5\\[x\\]');
});

test('a line that would start a heading, list or quote is escaped', () => {
  assert.equal(escapeMdxText('# 不是标题'), '\\# 不是标题');
  assert.equal(escapeMdxText('- 不是列表'), '\\- 不是列表');
  assert.equal(escapeMdxText('1. 不是列表'), '\\1. 不是列表');
  assert.equal(escapeMdxText('+ 不是列表'), '\\+ 不是列表');
});

test('Chinese text and the characters it uses are left alone', () => {
  const text = '大滩T088#道路、“3+1”冲刺清零、26.72%。';
  assert.equal(escapeMdxText(text), text);
});

test('the lead sentence is split at the first 。', () => {
  assert.deepEqual(splitLeadSentence('精心谋划储备项目。牢牢把握机遇。'), {
    lead: '精心谋划储备项目。',
    rest: '牢牢把握机遇。',
  });
  assert.equal(splitLeadSentence('只有一句。'), null);
  assert.equal(splitLeadSentence('没有句号'), null);
});

test('the lead sentence is set in bold, after an optional prefix', () => {
  assert.equal(emphasiseLead('综合实力跨上新台阶。面对压力。'), '**综合实力跨上新台阶。**面对压力。');
  assert.equal(emphasiseLead('——疫情防控成效明显。果断应对。', '——'), '——**疫情防控成效明显。**果断应对。');
  assert.equal(emphasiseLead('只有一句。'), '只有一句。');
});

test('numbered points inside a paragraph are set in bold', () => {
  assert.equal(
    emphasiseEnumeration('一是加强政治建设。旗帜鲜明讲政治。二是坚持依法行政。深入学习。'),
    '**一是加强政治建设。**旗帜鲜明讲政治。**二是坚持依法行政。**深入学习。',
  );
});

test('a heading drops its closing full stop', () => {
  assert.equal(toHeading('精心谋划储备项目。'), '精心谋划储备项目');
});

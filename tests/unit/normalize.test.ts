import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePunctuation, splitParagraphs } from '../../src/importer/punctuation.ts';

test('ASCII marks inside Chinese text become full-width', () => {
  assert.equal(normalizePunctuation('全部脱贫,兰州万达城'), '全部脱贫，兰州万达城');
  assert.equal(normalizePunctuation('主要是:受城区'), '主要是：受城区');
  assert.equal(normalizePunctuation('分别增长2%、4%、8%;固定资产'), '分别增长2%、4%、8%；固定资产');
  assert.equal(normalizePunctuation('盗窃(包括入室盗窃)等'), '盗窃（包括入室盗窃）等');
  assert.equal(normalizePunctuation('B184#(二期)等'), 'B184#（二期）等');
});

test('spaces around a replaced mark are dropped', () => {
  assert.equal(normalizePunctuation('工程76个, 建成农村公路'), '工程76个，建成农村公路');
  assert.equal(normalizePunctuation('机遇, 扎实开展'), '机遇，扎实开展');
});

test('marks between ASCII characters are kept', () => {
  assert.equal(normalizePunctuation('1,000 and a:b (x)'), '1,000 and a:b (x)');
});

test('the six-dot ellipsis becomes ……', () => {
  assert.equal(normalizePunctuation('颜值越来越高......过去五年'), '颜值越来越高……过去五年');
});

test('full-width text passes unchanged', () => {
  const text = '“十四五”时期，该区将紧紧围绕兰州市建设现代化中心城市的发展目标。';
  assert.equal(normalizePunctuation(text), text);
});

test('paragraphs are the non-blank lines, trimmed', () => {
  assert.deepEqual(splitParagraphs('一段。\n        \n\n  二段。  \r\n三段'), ['一段。', '二段。', '三段']);
});

test('a line break inside a quotation is repaired', () => {
  assert.deepEqual(splitParagraphs('解决企业和群众办事“多\n\n地跑、折返跑”问题，打造。\n下一段。'), [
    '解决企业和群众办事“多地跑、折返跑”问题，打造。',
    '下一段。',
  ]);
});

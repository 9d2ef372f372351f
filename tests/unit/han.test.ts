/** Han characters (src/shared/han.ts): one test for every part of the site that asks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HAN, hasHan, isAllHan, isHan, unifiedHan } from '../../src/shared/han.ts';

test('Han characters of every block are Han; letters, digits and punctuation are not', () => {
  for (const char of ['汉', '〇', '々', '㐀', '𠀀', '⺀', '丽']) assert.ok(isHan(char), char);
  for (const char of ['a', '1', '１', '，', '。', '“', '·', '○', 'あ', '한', ' ', undefined])
    assert.ok(!isHan(char), String(char));
});

test('a text holds Han characters, or is made of them only', () => {
  assert.ok(hasHan('5G基站'));
  assert.ok(!hasHan('5G, 3+1'));
  assert.ok(isAllHan('放管服'));
  assert.ok(!isAllHan('“放管服”'));
  assert.ok(!isAllHan('12345'));
  assert.ok(!isAllHan(''));
});

test('patterns built around HAN read as the predicates do', () => {
  const name = new RegExp(`^[${HAN}·]{2,6}$`, 'u');
  assert.ok(name.test('嘎玛泽登'));
  assert.ok(name.test('阿·买买提'));
  assert.ok(!name.test('Li Qiang'));
});

test('radicals a PDF gives for characters read as the characters; punctuation stays full-width', () => {
  assert.equal(unifiedHan('⾼质量发展，⼈⺠⽣活⻓期向好；⼾籍⻘年'), '高质量发展，人民生活长期向好；户籍青年');
  assert.equal(unifiedHan('（一）稳就业：12345。'), '（一）稳就业：12345。');
});

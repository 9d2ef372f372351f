import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher, linkFirstMentions } from '../../src/shared/glossary-matcher.ts';

const match = createMatcher([
  { id: 'liuwen', forms: ['六稳'] },
  { id: 'liubao', forms: ['六保'] },
  { id: 'liangbuchou', forms: ['两不愁三保障'] },
  { id: 'sanbuguan', forms: ['三不管楼院', '“三不管”楼院'] },
  { id: 'sanjiayi', forms: ['3+1冲刺清零', '“3+1”冲刺清零'] },
  { id: 'sanbuguan-short', forms: ['三不管'] },
  { id: '12355', forms: ['12355'] },
  { id: 'ppp', forms: ['PPP'] },
]);

const found = (text: string) => match(text).map(({ id, text: words }) => `${id}:${words}`);

test('terms are found with the punctuation around them left outside', () => {
  assert.deepEqual(found('精准施策做好“六稳”工作、落实“六保”任务'), ['liuwen:六稳', 'liubao:六保']);
  assert.deepEqual(found('紧盯“两不愁三保障”，累计投入'), ['liangbuchou:两不愁三保障']);
});

test('aliases are found as the report writes them', () => {
  assert.deepEqual(found('“3+1”冲刺清零后续行动'), ['sanjiayi:“3+1”冲刺清零']);
  assert.deepEqual(found('共同参与“三不管”楼院管理'), ['sanbuguan:“三不管”楼院']);
});

test('the longest match wins over a shorter term inside it', () => {
  assert.deepEqual(found('三不管楼院'), ['sanbuguan:三不管楼院']);
  assert.deepEqual(found('三不管地带'), ['sanbuguan-short:三不管']);
});

test('a term at the start and at the end of the text is found', () => {
  assert.deepEqual(found('六稳'), ['liuwen:六稳']);
  assert.deepEqual(found('六稳工作和六保'), ['liuwen:六稳', 'liubao:六保']);
});

test('positions point at the matched words', () => {
  const [hit] = match('按照“12355”的发展思路');
  assert.deepEqual(hit, { id: '12355', text: '12355', start: 3, end: 8 });
});

test('ASCII terms do not match inside longer numbers or words', () => {
  assert.deepEqual(found('编号123556和PPPs'), []);
  assert.deepEqual(found('PPP模式，12355发展思路'), ['ppp:PPP', '12355:12355']);
});

test('text without terms yields nothing', () => {
  assert.deepEqual(found('全区经济由高速增长转入趋稳向好发展。'), []);
});

test('one form claimed by two entries is refused', () => {
  assert.throws(
    () =>
      createMatcher([
        { id: 'a', forms: ['六稳'] },
        { id: 'b', forms: ['六稳'] },
      ]),
    /"六稳" belongs to both a and b/,
  );
});

test('the work grows with the text, not with the number of terms', () => {
  // A matcher over 2,000 terms walks each position of the text at most (longest form)
  // steps, as one over a single term does. Steps are counted (trie lookups), not timed,
  // so that the test says the same on a busy machine.
  const many = createMatcher(Array.from({ length: 2000 }, (_, i) => ({ id: `t${i}`, forms: [`术语${i}号`] })));
  const few = createMatcher([{ id: 't0', forms: ['术语0号'] }]);
  const text = '全区经济由高速增长转入趋稳向好发展，术语7号。'.repeat(400);
  const lookups = (match: (text: string) => unknown) => {
    const get = Map.prototype.get;
    let count = 0;
    Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
      count += 1;
      return get.call(this, key);
    };
    try {
      match(text);
    } finally {
      Map.prototype.get = get;
    }
    return count;
  };
  const longestForm = '术语1999号'.length;
  const steps = lookups(many);
  assert.ok(steps <= text.length * longestForm, `${steps} lookups for ${text.length} characters`);
  assert.ok(steps < 3 * lookups(few), `2000 terms took ${steps} lookups, 1 term ${lookups(few)}`);
});

test('the first mention of each entry becomes a term piece, later ones and other words stay plain', () => {
  const linked: string[] = [];
  const pieces = linkFirstMentions('做好“六稳”工作、落实“六保”任务，“六稳”', match, linked);
  assert.deepEqual(pieces, [
    { text: '做好“' },
    { text: '六稳', term: 'liuwen' },
    { text: '”工作、落实“' },
    { text: '六保', term: 'liubao' },
    { text: '”任务，“六稳”' },
  ]);
  assert.deepEqual(linked, ['liuwen', 'liubao']);
});

test('entries already linked in the reading unit are not linked again, across texts', () => {
  const linked = ['liuwen'];
  assert.deepEqual(linkFirstMentions('六稳和12355', match, linked), [
    { text: '六稳和' },
    { text: '12355', term: '12355' },
  ]);
  assert.deepEqual(linkFirstMentions('12355', match, linked), [{ text: '12355' }]);
  assert.deepEqual(linked, ['liuwen', '12355']);
});

test('the pieces join back into the text; no glossary, no terms, no empty pieces', () => {
  const text = '“3+1”冲刺清零后续行动';
  const pieces = linkFirstMentions(text, match, []);
  assert.equal(pieces.map((piece) => piece.text).join(''), text);
  assert.deepEqual(pieces, [{ text: '“3+1”冲刺清零', term: 'sanjiayi' }, { text: '后续行动' }]);
  const none = createMatcher([]);
  const linked: string[] = [];
  assert.deepEqual(linkFirstMentions('“两抢一盗”案件发案率', none, linked), [{ text: '“两抢一盗”案件发案率' }]);
  assert.deepEqual(linked, []);
  assert.deepEqual(linkFirstMentions('', match, []), []);
});

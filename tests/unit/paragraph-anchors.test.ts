/**
 * Paragraph anchors that survive editing (src/node/content/paragraph-anchors.ts): each case
 * records a section's anchors, edits the section, and reads where each anchor leads now.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, readRecorded, sectionAnchors } from '../../src/node/content/paragraph-anchors.ts';

const TEXTS = [
  '各位代表：现在，我代表区人民政府向大会报告工作。',
  '过去五年，全区经济持续健康发展，地区生产总值年均增长6.5%。',
  '城乡居民收入稳步增长，脱贫攻坚取得决定性成就。',
  '生态环境明显改善，空气质量优良天数比例达到85%。',
];

/** The record of the section as first published, then the anchors after `edit`. */
function afterEdit(edit: (texts: string[]) => string[]) {
  const first = sectionAnchors(undefined, TEXTS);
  const texts = edit([...TEXTS]);
  const now = sectionAnchors(first.record, texts);
  /** Where each anchor leads now: the opening of its paragraph. */
  const leads = new Map<string, string>();
  now.anchors.forEach((id, i) => leads.set(id, texts[i].slice(0, 6)));
  now.aliases.forEach((ids, i) => ids.forEach((id) => leads.set(id, texts[i].slice(0, 6))));
  return { first, now, leads };
}

test('a section first recorded numbers its paragraphs in reading order, each with the fingerprint of its text', () => {
  const { anchors, aliases, record } = sectionAnchors(undefined, TEXTS);
  assert.deepEqual(anchors, ['p1', 'p2', 'p3', 'p4']);
  assert.deepEqual(aliases, [[], [], [], []]);
  assert.match(record[1], /^p2 [0-9a-f]{8} 过去五年，全区经济持续健$/);
  assert.deepEqual(readRecorded(record[1])?.id, 'p2');
  // Line breaks and spaces that Markdown adds are not part of the text.
  assert.equal(fingerprint('p2', TEXTS[1]), fingerprint('p2', TEXTS[1].replace('全区', '全区\n')));
});

test('the same text again changes nothing, the record included', () => {
  const { first, now } = afterEdit((texts) => texts);
  assert.deepEqual(now.anchors, first.anchors);
  assert.deepEqual(now.record, first.record);
});

test('a paragraph inserted above keeps every anchor on its paragraph; the new one takes a new number', () => {
  const { now, leads } = afterEdit((texts) => ['新增的一段：回顾五年，成绩来之不易。', ...texts]);
  assert.deepEqual(now.anchors, ['p5', 'p1', 'p2', 'p3', 'p4']);
  assert.equal(leads.get('p2'), '过去五年，全');
  assert.deepEqual(
    now.record.map((line) => line.split(' ')[0]),
    ['p5', 'p1', 'p2', 'p3', 'p4'],
  );
});

test('a paragraph reworded keeps its anchor, and so do those after it', () => {
  const { now, leads } = afterEdit((texts) => {
    texts[1] = texts[1].replace('6.5%', '6.8%');
    return texts;
  });
  assert.deepEqual(now.anchors, ['p1', 'p2', 'p3', 'p4']);
  assert.equal(leads.get('p2'), '过去五年，全');
});

test('a paragraph removed: its anchor leads to the paragraph now in its place, and the rest keep theirs', () => {
  const { now, leads } = afterEdit((texts) => texts.filter((_, i) => i !== 1));
  assert.deepEqual(now.anchors, ['p1', 'p3', 'p4']);
  assert.deepEqual(now.aliases, [[], ['p2'], []]);
  assert.equal(leads.get('p2'), '城乡居民收入');
  // The record keeps the gone anchor, so that it keeps answering after the next build.
  const again = sectionAnchors(
    now.record,
    TEXTS.filter((_, i) => i !== 1),
  );
  assert.deepEqual(again.aliases, [[], ['p2'], []]);
  assert.deepEqual(again.record, now.record);
});

test('the last paragraph removed: its anchor leads to the paragraph now last', () => {
  const { now } = afterEdit((texts) => texts.slice(0, 3));
  assert.deepEqual(now.aliases, [[], [], ['p4']]);
});

test('a paragraph split in two: the first part keeps the anchor, the second takes a new number', () => {
  const { now } = afterEdit((texts) => [
    texts[0],
    '过去五年，全区经济持续健康发展。',
    '地区生产总值年均增长6.5%。',
    texts[2],
    texts[3],
  ]);
  assert.deepEqual(now.anchors, ['p1', 'p2', 'p5', 'p3', 'p4']);
});

test('a paragraph rewritten from its first word is a new paragraph; the old anchor leads to its place', () => {
  const { now, leads } = afterEdit((texts) => {
    texts[2] = '全面完成脱贫攻坚任务，城乡收入差距缩小。';
    return texts;
  });
  assert.deepEqual(now.anchors, ['p1', 'p2', 'p5', 'p4']);
  assert.equal(leads.get('p3'), '全面完成脱贫');
});

test('numbers once used are never given again, even after the paragraph is gone', () => {
  const removed = sectionAnchors(sectionAnchors(undefined, TEXTS).record, TEXTS.slice(0, 3));
  const added = sectionAnchors(removed.record, [...TEXTS.slice(0, 3), '结语：让我们团结一心。']);
  assert.deepEqual(added.anchors, ['p1', 'p2', 'p3', 'p5']);
  assert.deepEqual(added.aliases, [[], [], [], ['p4']]);
});

test('a gone paragraph is marked in the record; its text written again elsewhere does not take the anchor of one still there', () => {
  const [a, c] = [TEXTS[1], TEXTS[3]];
  const first = sectionAnchors(undefined, [a, c]);
  const removed = sectionAnchors(first.record, [a]);
  assert.match(removed.record[1], /^-p2 /);
  const back = sectionAnchors(removed.record, [c, a]);
  assert.equal(back.anchors[1], 'p1', 'the paragraph that never changed keeps its anchor');
  // Written again in its place, it comes back to its own anchor.
  assert.deepEqual(sectionAnchors(removed.record, [a, c]).anchors, ['p1', 'p2']);
});

test('a paragraph written twice, one copy removed: the anchors hold on every build after', () => {
  const [b, d] = [TEXTS[0], TEXTS[2]];
  const first = sectionAnchors(undefined, [b, d, d]);
  const edited = [b.replace('报告工作', '报告'), d];
  const second = sectionAnchors(first.record, edited);
  const third = sectionAnchors(second.record, edited);
  assert.deepEqual(third.anchors, second.anchors);
  assert.deepEqual(third.aliases, second.aliases);
  assert.deepEqual(third.record, second.record);
});

test('paragraphs that change places keep their anchors', () => {
  const first = sectionAnchors(undefined, TEXTS);
  const moved = sectionAnchors(first.record, [TEXTS[2], TEXTS[0], TEXTS[1], TEXTS[3]]);
  assert.deepEqual(moved.anchors, ['p3', 'p1', 'p2', 'p4']);
  assert.deepEqual(moved.aliases, [[], [], [], []]);
  // And again, unchanged: the same anchors and the same record.
  const again = sectionAnchors(moved.record, [TEXTS[2], TEXTS[0], TEXTS[1], TEXTS[3]]);
  assert.deepEqual([again.anchors, again.record], [moved.anchors, moved.record]);
});

/**
 * Where a quote puts its figure (src/shared/quote-text.ts): the one rule the build's figure
 * links and the importer's figure draft both follow.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeFigure, sectionQuoteText, squeeze } from '../../src/shared/quote-text.ts';

/** A section of paragraphs that follow each other, unless `apart` names those that do not. */
const section = (paragraphs: string[], apart: number[] = []) =>
  sectionQuoteText(paragraphs.map((text, i) => ({ squeezed: squeeze(text), follows: !apart.includes(i) })));

test('a quote found once names its place: the paragraph and the figure’s span in its text', () => {
  const text = section(['全区生产总值达到 492.06亿元。', '新增就业5万人。']);
  assert.deepEqual(placeFigure(text, '达到492.06亿元', '492.06亿元'), {
    found: 'one',
    byHint: false,
    paragraph: 0,
    start: 9,
    end: 17,
  });
  // Whitespace is not compared: a line break in the text or in the quote hides nothing.
  assert.deepEqual(placeFigure(section(['新增就业\n5万人。']), '就业 5万人', '5万人'), {
    found: 'one',
    byHint: false,
    paragraph: 0,
    start: 5,
    end: 8,
  });
});

test('the figure is its first occurrence in the quote; a quote without it names nothing', () => {
  const text = section(['增长15%、5%。']);
  assert.deepEqual(placeFigure(text, '15%、5%', '5%'), { found: 'one', byHint: false, paragraph: 0, start: 3, end: 5 });
  assert.deepEqual(placeFigure(text, '增长15%', '6%'), { found: 'figure missing' });
});

test('a quote not in the section, or with its figure across two paragraphs', () => {
  assert.deepEqual(placeFigure(section(['新增就业5万人。']), '新增就业6万人', '6万人'), { found: 'none' });
  // Paragraphs that follow each other run on: a quote may span them, its figure may not.
  const split = section(['达到49', '2.06亿元。']);
  assert.deepEqual(placeFigure(split, '达到492.06亿元', '492.06亿元'), { found: 'split' });
  assert.deepEqual(placeFigure(section(['达到', '492.06亿元。']), '达到492.06亿元', '492.06亿元'), {
    found: 'one',
    byHint: false,
    paragraph: 1,
    start: 0,
    end: 8,
  });
  // Paragraphs apart (a heading between them) do not run on.
  assert.deepEqual(placeFigure(section(['达到', '492.06亿元。'], [1]), '达到492.06亿元', '492.06亿元'), {
    found: 'none',
  });
});

test('a quote in several places: the hint names one, or the places are listed', () => {
  const twice = section(['新增停车泊位800个。', '新增停车泊位800个。']);
  assert.deepEqual(placeFigure(twice, '泊位800个', '800个'), { found: 'many', paragraphs: [0, 1] });
  assert.deepEqual(placeFigure(twice, '泊位800个', '800个', 1), {
    found: 'one',
    byHint: true,
    paragraph: 1,
    start: 6,
    end: 10,
  });
  assert.deepEqual(placeFigure(twice, '泊位800个', '800个', 5), { found: 'many', paragraphs: [0, 1] });
  // Twice in the hinted paragraph: the hint does not tell them apart.
  const inOne = section(['泊位800个，泊位800个。', '其他。']);
  assert.deepEqual(placeFigure(inOne, '泊位800个', '800个', 0), { found: 'many', paragraphs: [0, 0] });
});

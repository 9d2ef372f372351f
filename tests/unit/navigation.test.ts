import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNavigation, type PartInput, type SectionInput } from '../../src/lib/navigation-model.ts';

const parts: PartInput[] = [
  { id: 'lead', title: '导语' },
  { id: 'review', title: '回眸', subtitle: '硕果累累' },
  { id: 'outlook', title: '展望' },
];
const sections: SectionInput[] = [
  { slug: 'overview', title: '导语', shortTitle: '导语', part: 'lead' },
  { slug: 'achievements', title: '“十三五”发展成就', shortTitle: '发展成就', part: 'review' },
  { slug: 'work-2020', title: '2020年工作回顾', shortTitle: '2020年工作', part: 'review' },
  { slug: 'goals', title: '目标任务', shortTitle: '目标任务', part: 'outlook' },
];
const url = (slug: string) => `/report/sections/${slug}/`;

test('parts keep their order and hold their sections in reading order, with titles and URLs', () => {
  const navigation = buildNavigation(parts, sections, { url });
  assert.deepEqual(
    navigation.parts.map((part) => [part.id, part.title, part.subtitle, part.sections.map((section) => section.slug)]),
    [
      ['lead', '导语', undefined, ['overview']],
      ['review', '回眸', '硕果累累', ['achievements', 'work-2020']],
      ['outlook', '展望', undefined, ['goals']],
    ],
  );
  const [first] = navigation.parts[1].sections;
  assert.equal(first.title, '“十三五”发展成就');
  assert.equal(first.shortTitle, '发展成就');
  assert.equal(first.url, '/report/sections/achievements/');
  assert.equal(first.part, 'review');
  assert.deepEqual(
    navigation.sections.map((section) => section.slug),
    sections.map((section) => section.slug),
  );
});

test('a part lists the very entries of the reading order', () => {
  const navigation = buildNavigation(parts, sections, { url });
  assert.equal(navigation.parts[1].sections[1], navigation.sections[2]);
});

test('previous and next follow the reading order across parts, and stop at both ends', () => {
  const { sections: all } = buildNavigation(parts, sections, { url });
  assert.deepEqual(
    all.map((section) => [section.prev?.slug, section.slug, section.next?.slug]),
    [
      [undefined, 'overview', 'achievements'],
      ['overview', 'achievements', 'work-2020'],
      ['achievements', 'work-2020', 'goals'],
      ['work-2020', 'goals', undefined],
    ],
  );
});

test('the first section of each part is marked', () => {
  const { sections: all } = buildNavigation(parts, sections, { url });
  assert.deepEqual(
    all.map((section) => section.firstOfPart),
    [true, true, false, true],
  );
});

test('only the section being read is current; another page marks none', () => {
  const navigation = buildNavigation(parts, sections, { url, current: 'work-2020' });
  assert.deepEqual(
    navigation.sections.filter((section) => section.current).map((section) => section.slug),
    ['work-2020'],
  );
  assert.equal(navigation.current?.slug, 'work-2020');
  for (const current of [undefined, 'glossary', 'indicators']) {
    const other = buildNavigation(parts, sections, { url, current });
    assert.equal(other.current, undefined);
    assert.ok(other.sections.every((section) => !section.current));
  }
});

test('a part without sections is listed empty; a section of an unknown part is refused', () => {
  const navigation = buildNavigation([...parts, { id: 'appendix', title: '附' }], sections, { url });
  assert.deepEqual(navigation.parts.at(-1)?.sections, []);
  assert.throws(
    () =>
      buildNavigation(parts, [...sections, { slug: 'lost', title: '失', shortTitle: '失', part: 'nowhere' }], { url }),
    /"lost".*"nowhere"/,
  );
});

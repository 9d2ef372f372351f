import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citation, citationAround, citedUrl, paragraphUrl, type Cited, type Work } from '../../src/shared/citation.ts';
import { isoDay } from '../../src/shared/dates.ts';

const published = '2021-04-27';
// The work as content/reports/qilihequ/2021/report.json names it.
const work: Work = { author: '七里河区人民政府', title: '七里河区2021年政府工作报告', published };
const section: Cited = {
  kind: 'section',
  title: '“十三五”发展成就',
  url: 'https://qilihe-report.example/sections/achievements/',
};
const paragraph: Cited = { ...section, kind: 'paragraph', anchor: 'p3', paragraph: 3 };
const entry: Cited = {
  kind: 'entry',
  term: '六稳',
  glossary: '有关词语解释',
  url: 'https://qilihe-report.example/glossary/liuwen/',
};

test('a section is cited as the report with the section title as other title information', () => {
  assert.equal(
    citation(section, { ...work, accessed: '2026-11-28' }),
    '七里河区人民政府. 七里河区2021年政府工作报告: “十三五”发展成就[EB/OL]. (2021-04-27)[2026-11-28]. https://qilihe-report.example/sections/achievements/.',
  );
});

test('a paragraph gives its number where the standard gives the page, and its anchor', () => {
  assert.equal(
    citation(paragraph, { ...work, accessed: '2026-11-28' }),
    '七里河区人民政府. 七里河区2021年政府工作报告: “十三五”发展成就[EB/OL]. 2021: 第3段(2021-04-27)[2026-11-28]. https://qilihe-report.example/sections/achievements/#p3.',
  );
  assert.equal(
    citation(
      {
        kind: 'paragraph',
        title: '狠抓重大项目建设，持续增强高质量发展后劲',
        url: 'https://example.org/report/sections/projects/',
        // A paragraph inserted above it since it was first published: its anchor stayed.
        anchor: 'p11',
        paragraph: 12,
      },
      { ...work, accessed: '2027-01-05' },
    ),
    '七里河区人民政府. 七里河区2021年政府工作报告: 狠抓重大项目建设，持续增强高质量发展后劲[EB/OL]. 2021: 第12段(2021-04-27)[2027-01-05]. https://example.org/report/sections/projects/#p11.',
  );
});

test('a glossary entry is cited under 有关词语解释', () => {
  assert.equal(
    citation(entry, { ...work, accessed: '2026-11-28' }),
    '七里河区人民政府. 七里河区2021年政府工作报告: 有关词语解释: 六稳[EB/OL]. (2021-04-27)[2026-11-28]. https://qilihe-report.example/glossary/liuwen/.',
  );
});

test('without an access date the element is named for the reader to fill in', () => {
  assert.equal(
    citation(entry, work),
    '七里河区人民政府. 七里河区2021年政府工作报告: 有关词语解释: 六稳[EB/OL]. (2021-04-27)[引用日期]. https://qilihe-report.example/glossary/liuwen/.',
  );
  const [before, after] = citationAround(paragraph, work);
  assert.ok(before.endsWith('(2021-04-27)['));
  assert.equal(after, ']. https://qilihe-report.example/sections/achievements/#p3.');
});

test('in a report with numbered parts a paragraph is located by its place in them; a report dated by its year alone gives the year', () => {
  assert.equal(
    citation(
      {
        kind: 'paragraph',
        title: '（三）进一步提升改革开放质效',
        url: 'https://report.example/sections/gaige/',
        anchor: 'p4',
        paragraph: 4,
        place: '第一部分（三）第2段',
      },
      { author: '国务院', title: '2014年国务院政府工作报告', published: '2014', accessed: '2026-12-07' },
    ),
    '国务院. 2014年国务院政府工作报告: （三）进一步提升改革开放质效[EB/OL]. 2014: 第一部分（三）第2段(2014)[2026-12-07]. https://report.example/sections/gaige/#p4.',
  );
});

test('a date of publication that is not YYYY-MM-DD is refused', () => {
  assert.throws(() => citation(section, { ...work, published: '2021年04月27日' }), /YYYY-MM-DD/);
});

test('the author and the title are those of the report cited', () => {
  assert.equal(
    citation(section, {
      author: '某市人民政府',
      title: '某市2030年政府工作报告',
      published: '2030-01-20',
      accessed: '2030-02-01',
    }),
    '某市人民政府. 某市2030年政府工作报告: “十三五”发展成就[EB/OL]. (2030-01-20)[2030-02-01]. https://qilihe-report.example/sections/achievements/.',
  );
  assert.throws(() => citation(section, { ...work, author: ' ' }), /author and a title/);
});

test('addresses: the paragraph anchor is added to the page address', () => {
  assert.equal(
    paragraphUrl('https://qilihe-report.example/report/sections/goals/', 'p2'),
    'https://qilihe-report.example/report/sections/goals/#p2',
  );
  assert.equal(citedUrl(section), 'https://qilihe-report.example/sections/achievements/');
  assert.equal(citedUrl(paragraph), 'https://qilihe-report.example/sections/achievements/#p3');
});

test('the access date is the local day as YYYY-MM-DD', () => {
  assert.equal(isoDay(new Date(2026, 10, 28, 23, 59)), '2026-11-28');
  assert.equal(isoDay(new Date(2027, 0, 5, 0, 0)), '2027-01-05');
});

import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { contentFiles } from '../../src/importer/write-content.ts';
import { parseOutline } from '../../src/importer/outline.ts';
import { FIXTURE_REPORT_DIR } from '../support/fixture.ts';

const source = await readFile(join(FIXTURE_REPORT_DIR, 'manuscript/report.txt'), 'utf8');
const outline = parseOutline(await readFile(join(FIXTURE_REPORT_DIR, 'outline.yaml'), 'utf8'));
const manuscript = parseManuscript(source, outline);

test('the manuscript yields its date, headline, captions, parts and glossary', () => {
  assert.equal(manuscript.dateText, '2021年04月27日');
  assert.equal(manuscript.date, '2021-04-27');
  assert.equal(manuscript.headline, '聚焦“六大板块”七里河区凝心聚力为打造现代化中心城区努力奋斗');
  assert.equal(manuscript.captions.length, 12);
  assert.equal(manuscript.captions[0], '石佛沟国家森林公园');
  assert.equal(manuscript.captions.at(-1), '乡村振兴');
  assert.deepEqual(
    manuscript.parts.map((part) => [part.title, part.subtitle]),
    [
      ['导语', undefined],
      ['回眸“十三五”', '凝心聚力攀高峰 民生答卷“硕果累累”'],
      ['展望“十四五”', '砥砺前行再出发 高质量发展“信心满满”'],
    ],
  );
  assert.equal(manuscript.glossary.length, 20);
  assert.deepEqual(
    { term: manuscript.glossary[5].term, definition: manuscript.glossary[5].definition, id: manuscript.glossary[5].id },
    { term: '六稳', definition: '指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', id: 'liuwen' },
  );
});

test('every section of the outline gets its paragraphs, in order', () => {
  assert.deepEqual(
    manuscript.sections.map((s) => s.slug),
    outline.sections!.map((p) => p.slug),
  );
  const counts = Object.fromEntries(manuscript.sections.map((s) => [s.slug, s.blocks.length]));
  assert.deepEqual(counts, {
    overview: 1,
    achievements: 9,
    'work-2020': 9,
    challenges: 1,
    goals: 2,
    projects: 4,
    industry: 4,
    rural: 5,
    urban: 5,
    welfare: 6,
    reform: 4,
    government: 2,
  });
});

test('all body paragraphs are kept: none lost between sections', () => {
  const body = manuscript.sections.flatMap((s) => s.blocks.map((b) => b.text));
  // 1 lead + 9 + 9 + 1 + 2 + 6 work areas × (1 + sub-areas) + 2 closing paragraphs.
  assert.equal(body.length, 52);
  assert.ok(body.some((p) => p.includes('“多地跑、折返跑”问题')));
});

test('a manuscript that lost a section stops the import with the section named', () => {
  const broken = source.replace(/狠抓重大项目建设[,，]/, '抓项目，');
  assert.throws(() => parseManuscript(broken, outline), /section 6 "projects" should start with "狠抓重大项目建设"/);
});

test('a malformed glossary line stops the import', () => {
  assert.throws(
    () => parseManuscript(source.replace('【四风】', '四风：'), outline),
    /^Error: manuscript\/report\.txt:\d+: glossary entry "四风：/,
  );
});

test('the content files are deterministic and cover every entry', () => {
  const first = contentFiles(manuscript);
  const second = contentFiles(parseManuscript(source, outline));
  assert.deepEqual(first, second);
  assert.equal(first.filter((f) => f.path.startsWith('sections/')).length, 12);
  assert.equal(first.filter((f) => f.path.startsWith('glossary/')).length, 20);
  const projects = first.find((f) => f.path === 'sections/06-projects.mdx')!.text;
  assert.match(projects, /^title: "狠抓重大项目建设，持续增强高质量发展后劲"$/m);
  assert.match(projects, /^## 精心谋划储备项目$/m);
  const achievements = first.find((f) => f.path === 'sections/02-achievements.mdx')!.text;
  assert.match(achievements, /^\*\*综合实力在应对挑战中跨上新台阶。\*\*面对/m);
});

/**
 * Each real report of tests/fixtures/reports/ (and the 七里河区 manuscript with its outline)
 * imported into a throw-away copy of content/ and read back by the model of the report, which
 * checks every file: every sentence of the text once and in order, no page chrome, a
 * reasonable number of sections, the glossary where the report has one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyImport, importReport } from '../../src/importer/index.ts';
import { parseOutline } from '../../src/importer/outline.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import type { Outline } from '../../src/schemas/outline.ts';
import {
  chromeIn,
  ENTRY_MARKS,
  expectedText,
  HEADING_NUMBER,
  sentences,
  type ReportText,
} from '../support/report-text.ts';
import { countOf } from '../support/reading.ts';
import { HAN } from '../../src/shared/han.ts';
import { plainText } from '../../src/shared/text.ts';
import { FIXTURE, FIXTURE_CONTENT, FIXTURE_REPORT, FIXTURE_REPORT_DIR } from '../support/fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/reports');

interface Expected {
  title: string;
  government: string;
  date: string;
  speaker?: string;
  /** The meeting line, where the text has one. */
  meeting?: string;
  /** Where the copy says it came from. */
  provenance?: { source?: string; published?: string };
  sections: [number, number];
  glossary: number;
  /** The glossary's heading, where the report writes one other than 有关词语解释. */
  glossaryTitle?: string;
  /** The first and last words of the body. */
  first: string;
  last: string;
}

const REPORTS: Record<string, Expected> = {
  // Starts at 各位代表： with no title, meeting or speaker line: named by 我代表国务院 and
  // 一、2013年工作回顾, dated by its year alone.
  'national-2014.txt': {
    title: '2014年国务院政府工作报告',
    government: '国务院',
    date: '2014',
    provenance: { source: '维基文库' },
    sections: [8, 15],
    glossary: 0,
    first: '各位代表：',
    last: '实现中华民族伟大复兴的中国梦而努力奋斗！',
  },
  // A paragraph the page broke after a comma (lines 23–24).
  'tianjin-2026.txt': {
    title: '2026年天津市政府工作报告',
    government: '天津市人民政府',
    date: '2026-01-26',
    speaker: '天津市市长 张工',
    meeting: '2026年1月26日在天津市第十八届人民代表大会第四次会议上',
    provenance: { source: '天津日报', published: '2026-02-03' },
    sections: [10, 20],
    glossary: 0,
    first: '各位代表：',
    last: '奋力谱写中国式现代化天津篇章！',
  },
  // A newspaper page: a breadcrumb, a title without the province, 我代表省人民政府, a speaker
  // line without the region, a heading cut after its （, buttons under the text.
  'yunnan-2026.txt': {
    title: '2026年云南省政府工作报告',
    government: '云南省人民政府',
    date: '2026-01-28',
    speaker: '省长 王予波',
    meeting: '2026年1月28日在云南省第十四届人民代表大会第四次会议上',
    provenance: { source: '云南日报', published: '2026-02-03' },
    sections: [10, 22],
    glossary: 0,
    first: '各位代表：',
    last: '把习近平总书记为云南擘画的美好蓝图变为幸福实景！',
  },
  'beijing-2026.txt': {
    meeting: '2026年1月25日在北京市第十六届人民代表大会第四次会议上',
    provenance: { source: '北京日报', published: '2026-02-02' },
    title: '2026年北京市政府工作报告',
    government: '北京市人民政府',
    date: '2026-01-25',
    speaker: '北京市市长 殷勇',
    sections: [8, 20],
    glossary: 0,
    first: '各位代表：',
    last: '为强国建设、民族复兴伟业作出新的更大贡献！',
  },
  'hebei-2026.txt': {
    meeting: '2026年1月26日在河北省第十四届人民代表大会第四次会议上',
    provenance: { source: '河北日报', published: '2026-02-02' },
    title: '2026年河北省政府工作报告',
    government: '河北省人民政府',
    date: '2026-01-26',
    speaker: '河北省人民政府省长 王正谱',
    sections: [3, 12],
    glossary: 0,
    first: '各位代表：',
    last: '奋力谱写中国式现代化建设河北篇章！',
  },
  'national-2021.txt': {
    meeting: '2021年3月5日在第十三届全国人民代表大会第四次会议上',
    provenance: { source: '维基文库' },
    title: '2021年国务院政府工作报告',
    government: '国务院',
    date: '2021-03-05',
    speaker: '国务院总理 李克强',
    sections: [8, 20],
    glossary: 0,
    first: '各位代表：',
    last: '中国梦不懈奋斗！',
  },
  'sichuan-2026.txt': {
    meeting: '2026年2月3日在四川省第十四届人民代表大会第五次会议上',
    provenance: { source: '四川日报', published: '2026-02-10' },
    title: '2026年四川省人民政府工作报告',
    government: '四川省人民政府',
    date: '2026-02-03',
    speaker: '四川省人民政府省长 施小琳',
    sections: [8, 20],
    glossary: 20,
    glossaryTitle: '名词解释',
    first: '各位代表：',
    last: '推进系统治理、源头治理、综合治理。',
  },
  'xizang-2026.txt': {
    meeting: '2026年1月31日在西藏自治区第十二届人民代表大会第四次会议上',
    provenance: { source: '西藏日报', published: '2026-02-12' },
    title: '2026年西藏自治区政府工作报告',
    government: '西藏自治区人民政府',
    date: '2026-01-31',
    speaker: '自治区主席 嘎玛泽登',
    sections: [3, 15],
    glossary: 0,
    first: '各位代表：',
    last: '共同谱写中国式现代化的绚丽雪域篇章！',
  },
};

/** Letters and digits only: markup, punctuation and heading numbers aside. */
const letters = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(HEADING_NUMBER, ''))
    .join('\n')
    .replace(new RegExp(`[^${HAN}\\p{L}\\p{N}]`, 'gu'), '');

/** The reader's text of the written files: the sections' titles, their bodies, the glossary, without markup. */
function writtenText(files: { path: string; text: string }[]): { titles: string; sections: string; glossary: string } {
  const titles: string[] = [];
  const sections = files
    .filter((f) => f.path.startsWith('sections/'))
    .map((f) => {
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(f.text)!;
      titles.push(JSON.parse(/^title: (.*)$/m.exec(front)![1]) as string);
      // The captions listed before the text are not in the body; captions inside the text
      // are, where they stand: only their markup goes.
      return plainText(body.replace(/<Captions count=\{\d+\}>[\s\S]*?<\/Captions>/, ''));
    })
    .join('\n');
  const glossary = files
    .filter((f) => f.path.startsWith('glossary/') && f.path.endsWith('.md'))
    .map(
      (f) => `${JSON.parse(/^term: (.*)$/m.exec(f.text)![1])}：${plainText(f.text.replace(/^---[\s\S]*?---\n/, ''))}`,
    )
    .join('\n');
  return { titles: titles.join('\n'), sections, glossary };
}

/** Imports `source` into a throw-away copy of the fixture's report folder as `npm run import` does, and reads it back. */
async function importInto(source: string, outline?: Outline) {
  const root = await mkdtemp(join(tmpdir(), 'import-fixture-'));
  await cp(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  const contentDir = join(root, FIXTURE_REPORT);
  try {
    const result = await importReport({ source, contentDir, outline });
    await applyImport(result, contentDir);
    // The report's own files: sections and glossary entries (the manuscript is the source itself).
    const files = result.writes.filter((file) => /^(?:sections|glossary)\//.test(file.path));
    return { manuscript: result.manuscript, files, model: loadReport(root) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Every sentence of the body (after the chrome) in the written text, as often as in the body,
 * in order. A heading may instead be a section's title (shown above its text, so out of the
 * running order: the speech's opening comes after the first section's title).
 */
function assertAllText({ body, glossary: entriesWritten }: ReportText, files: { path: string; text: string }[]) {
  const { titles, sections, glossary } = writtenText(files);
  const written = letters(sections);
  const titleText = letters(titles);
  const reference = letters(body.map((p) => p.text).join('\n'));
  let cursor = 0;
  for (const paragraph of body) {
    for (const sentence of sentences(paragraph.text)) {
      const key = letters(sentence.replace(HEADING_NUMBER, ''));
      if (key.length < 2) continue;
      const at = written.indexOf(key, cursor);
      if (at < 0 && titleText.includes(key) && !written.includes(key)) continue;
      assert.ok(at >= 0, `line ${paragraph.line}: "${sentence.slice(0, 30)}" is missing or out of order`);
      if (key.length >= 12)
        assert.equal(
          countOf(written, key),
          countOf(reference, key),
          `line ${paragraph.line}: "${sentence.slice(0, 30)}" is written a different number of times than the text has it`,
        );
      cursor = at + key.length;
    }
  }
  const entries = letters(glossary);
  for (const paragraph of entriesWritten) {
    const key = letters(paragraph.text.replace(ENTRY_MARKS, ''));
    assert.ok(
      entries.includes(key),
      `line ${paragraph.line}: glossary entry "${paragraph.text.slice(0, 20)}" is missing`,
    );
  }
  // Chrome words that are also ordinary words (分享) may occur as often as the report has them.
  const reportWords = [...body, ...entriesWritten].map((p) => p.text).join('\n');
  assert.deepEqual(chromeIn(`${sections}\n${glossary}`, reportWords), [], 'page chrome in the written text');
}

for (const [name, expected] of Object.entries(REPORTS)) {
  test(`${name}: imported whole, without chrome, and read back by the model of the report`, async () => {
    const source = await readFile(join(FIXTURES, name), 'utf8');
    const { manuscript, files, model } = await importInto(source);
    assert.equal(model.report.title, expected.title);
    assert.equal(model.report.government, expected.government);
    assert.equal(model.report.date, expected.date);
    assert.equal(model.report.speaker, expected.speaker);
    assert.equal(model.report.meeting, expected.meeting);
    assert.deepEqual(model.report.provenance, expected.provenance);
    const [min, max] = expected.sections;
    assert.ok(
      model.sections.length >= min && model.sections.length <= max,
      `${model.sections.length} sections, expected ${min}–${max}`,
    );
    for (const section of model.sections)
      assert.ok(
        section.body.replace(/\s/g, '').length > 200,
        `section ${section.slug} is too short to read on its own`,
      );
    assert.equal(model.glossary.length, expected.glossary);
    assert.equal(model.report.glossaryTitle, expected.glossaryTitle);
    const body = manuscript.sections.flatMap((s) => s.blocks);
    assert.ok(
      body[0].text.startsWith(expected.first),
      `the body starts with "${expected.first}", not "${body[0].text.slice(0, 20)}"`,
    );
    const lastText = manuscript.glossary.length ? manuscript.glossary.at(-1)!.definition : body.at(-1)!.text;
    assert.ok(lastText.endsWith(expected.last), `the text ends with "${expected.last}", not "${lastText.slice(-20)}"`);
    assertAllText(expectedText(name), files);
  });
}

test('the 七里河区 manuscript with its outline: every sentence once and in order', async () => {
  const source = await readFile(join(FIXTURE_REPORT_DIR, 'manuscript/report.txt'), 'utf8');
  const outline = parseOutline(await readFile(join(FIXTURE_REPORT_DIR, 'outline.yaml'), 'utf8'));
  const { files, model } = await importInto(source, outline);
  assert.equal(model.sections.length, 12);
  assert.equal(model.glossary.length, 20);
  // The part titles and subtitles of this article are in parts.json, not in a section.
  const parts = outline.parts!.flatMap((p) => [p.title, p.subtitle ?? '']);
  const { body, glossary } = expectedText(join(FIXTURE, 'expected.txt'));
  assertAllText({ body: body.filter((p) => !parts.includes(p.text)), glossary }, files);
});

test('a photo caption inside the text of a real report is written as a caption where it stands, the text around it whole', async () => {
  const source = await readFile(join(FIXTURES, 'hebei-2026.txt'), 'utf8');
  const caption = '图为雄安新区启动区一角。新华社记者 牟宇摄';
  const before = '这五年，雄安新区拔节生长';
  const lines = source.split('\n');
  const at = lines.findIndex((line) => line.startsWith(before));
  assert.ok(at > 0, 'the paragraph the caption follows');
  const withCaption = [...lines.slice(0, at + 1), caption, ...lines.slice(at + 1)].join('\n');
  const { files, model } = await importInto(withCaption);
  const section = files.find((f) => f.text.includes(caption))!;
  assert.match(section.text, /import Captions from/);
  assert.ok(
    section.text.includes(`<Captions count={1} place="text">\n\n- ${caption}\n\n</Captions>`),
    'written as a caption',
  );
  assert.equal(files.filter((f) => f.text.includes(caption)).length, 1, 'once');
  // The caption is not a paragraph of the report (no ¶, no number in the section).
  assert.ok(model.sections.every((s) => !s.body.split('\n\n').includes(caption)));
  // The expected text, with the caption as the copy has it: after its paragraph.
  const { body, glossary } = expectedText('hebei-2026.txt');
  const after = body.findIndex((p) => p.text.startsWith(before));
  assertAllText(
    { body: [...body.slice(0, after + 1), { text: caption, line: 0 }, ...body.slice(after + 1)], glossary },
    files,
  );
});

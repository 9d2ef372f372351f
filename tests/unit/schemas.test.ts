import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionSchema } from '../../src/schemas/section.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { partSchema, reportSchema } from '../../src/schemas/report.ts';

const section = { title: '困难和挑战', shortTitle: '困难和挑战', slug: 'challenges', order: 4, part: 'review' };

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }) {
  assert.equal(result.success, false);
  return result.error!.issues.map((issue) => `${issue.path.join('.') || '(root)'}:${issue.code}`);
}

test('a valid section passes', () => {
  assert.equal(sectionSchema.safeParse(section).success, true);
});

test('a missing field is reported by name', () => {
  const { title: _title, ...rest } = section;
  assert.deepEqual(issues(sectionSchema.safeParse(rest)), ['title:invalid_type']);
});

test('a string where a number goes is reported', () => {
  assert.deepEqual(issues(sectionSchema.safeParse({ ...section, order: '四' })), ['order:invalid_type']);
  assert.deepEqual(issues(sectionSchema.safeParse({ ...section, order: 2.5 })), ['order:invalid_type']);
});

test('an unknown key is an error, not ignored', () => {
  assert.deepEqual(issues(sectionSchema.safeParse({ ...section, tilte: 'x' })), ['(root):unrecognized_keys']);
});

test('slugs must be lowercase ASCII', () => {
  assert.deepEqual(issues(sectionSchema.safeParse({ ...section, slug: '困难' })), ['slug:invalid_format']);
  assert.deepEqual(issues(sectionSchema.safeParse({ ...section, slug: 'Work_2020' })), ['slug:invalid_format']);
});

test('glossary aliases default to none and must be strings', () => {
  assert.deepEqual(glossarySchema.parse({ term: '六稳', order: 6 }).aliases, []);
  assert.deepEqual(issues(glossarySchema.safeParse({ term: '六稳', order: 6, aliases: [1] })), [
    'aliases.0:invalid_type',
  ]);
});

test('the report date must be an ISO date and match the written form', () => {
  const report = {
    id: 'report',
    title: '某区2021年政府工作报告',
    government: '某区人民政府',
    headline: '标题',
    date: '2021-04-27',
    dateText: '2021年04月27日',
  };
  assert.equal(reportSchema.safeParse(report).success, true);
  assert.deepEqual(issues(reportSchema.safeParse({ ...report, date: '2021/04/27' })), ['date:invalid_format']);
  assert.deepEqual(issues(partSchema.safeParse({ id: 'review', order: 0, title: '回眸' })), ['order:too_small']);
});

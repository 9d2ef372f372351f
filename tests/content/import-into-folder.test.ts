/**
 * `npm run import` on a text that names neither its government nor its date: the message says
 * what to write and where; a folder prepared with the text and an outline that says them is
 * then imported as it stands, by the file's path or by `npm run import` alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureReportProject } from '../support/fixture.ts';

const TEXT = [
  '各位代表：',
  '现在，我代表省人民政府，向大会报告工作，请予审议，并请政协委员提出意见。',
  '一、过去一年的工作',
  '过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，发展质量稳步提升，人民生活持续改善。',
  '二、今年的工作',
  '今年，我们将继续推进高质量发展，地区生产总值增长5%左右。',
  '',
].join('\n');

test('a text that names no government or date: its message, then its folder with an outline imports it', async () => {
  const project = await fixtureReportProject();
  try {
    await project.write('incoming/report.txt', TEXT);
    const refused = await project.node('scripts/import-report.ts', 'incoming/report.txt');
    assert.equal(refused.code, 1, refused.output);
    assert.match(refused.output, /^incoming\/report\.txt:\d+: cannot tell which government speaks.*content\/reports\/<government>\/<year>\/outline\.yaml/m);
    assert.match(refused.output, /Then put the text in content\/reports\/<government>\/<year>\/manuscript\/report\.txt/);

    const folder = 'content/reports/mousheng/2024';
    await project.write(`${folder}/manuscript/report.txt`, TEXT);
    await project.write(`${folder}/outline.yaml`, 'government: 某省人民政府\ndate: 2024\n');
    const imported = await project.node('scripts/import-report.ts', `${folder}/manuscript/report.txt`);
    assert.equal(imported.code, 0, imported.output);
    assert.match(imported.output, /The library holds 2 reports: mousheng\/2024, qilihequ\/2021\./);
    const [report] = JSON.parse(await readFile(join(project.dir, folder, 'report.json'), 'utf8'));
    assert.equal(report.government, '某省人民政府');
    assert.equal(report.date, '2024');
    assert.match(await readFile(join(project.dir, folder, 'outline.yaml'), 'utf8'), /某省人民政府/, 'the outline stays');
    assert.match(await readFile(join(project.dir, folder, 'indicators.yaml'), 'utf8'), /^draft: true$/m, 'its figures drafted');

    // Re-importing every report of the library changes nothing.
    const again = await project.node('scripts/import-report.ts', '--check');
    assert.equal(again.code, 0, again.output);
  } finally {
    await project.remove();
  }
});

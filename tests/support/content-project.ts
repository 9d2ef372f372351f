/**
 * A small project of content files in a temporary folder, for tests of the model of the
 * report (src/node/content/load-report.ts), and the problems it reports, one per line.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadReport } from '../../src/node/content/load-report.ts';
import { ContentError } from '../../src/shared/content-error.ts';

/** `content/reports/qilihequ/2021/report.json` of a report that is not any real one. */
export const REPORT_JSON = JSON.stringify([
  {
    id: 'report',
    title: '某区2021年政府工作报告',
    government: '某区人民政府',
    headline: '标题',
    date: '2021-04-27',
    dateText: '2021年04月27日',
  },
]);

/** Writes `files` (path → text) into a new folder and returns it. */
export function contentProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'report-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The problems the model reports for the project, one per line; fails if it reports none. */
export function problemsOf(root: string): string[] {
  try {
    loadReport(root);
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.message.split('\n');
  }
  assert.fail('loadReport should have thrown');
}

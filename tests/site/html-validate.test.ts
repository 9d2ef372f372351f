/** Every built page is valid HTML (html-validate's recommended rules). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Glossary anchors are the entries' ids, and some are numbers (#12355): valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
  },
});

test('every page validates without errors', async (t) => {
  const pages = await builtPages(undefined, { redirects: true });
  const problems: string[] = [];
  for (const { path, html } of pages) {
    const report = await validator.validateString(html, path);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  t.diagnostic(`${pages.length} pages validated`);
  assert.deepEqual(problems, []);
});

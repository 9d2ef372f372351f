import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { policyForPage } from '../../src/node/integrations/csp-per-page.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

test("a page's policy keeps the hashes of its own inline scripts and styles, and only those", () => {
  const own = 'console.log(1)';
  const style = 'p{color:red}';
  const html = page(
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(own)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('a{}')};`,
    `<script type="module">${own}</script><script type="module" src="/x.js"></script><style>${style}</style>`,
  );
  assert.equal(
    policyOf(policyForPage(html)),
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(own)}; style-src 'self' ${hash(style)};`,
  );
});

test('a page without inline scripts allows scripts from the site only; pages without a policy are left alone', () => {
  const html = page(
    `script-src 'self' ${hash('a()')} ${hash('b()')}; style-src 'self' ${hash('c{}')};`,
    '<script src="/x.js"></script>',
  );
  assert.equal(policyOf(policyForPage(html)), "script-src 'self'; style-src 'self';");
  assert.equal(policyForPage('<p>no policy</p>'), '<p>no policy</p>');
});

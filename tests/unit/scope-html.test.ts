import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopeHtml } from '../../src/lib/scope-html.ts';

const options = { prefix: 'goals-', glossaryHref: (id: string) => `#glossary-${id}` };

test('ids, in-page links and references inside the section get the prefix', () => {
  const html =
    '<aside aria-labelledby="figures"><h2 id="figures">图</h2></aside><p id="p1">甲<a href="#p1" class="para-anchor">¶</a></p>';
  assert.equal(
    scopeHtml(html, options),
    '<aside aria-labelledby="goals-figures"><h3 id="goals-figures">图</h3></aside><p id="goals-p1">甲<a href="#goals-p1" class="para-anchor">¶</a></p>',
  );
});

test('term links go to the glossary on the page; references to ids outside the section are kept', () => {
  const html = '<a href="/glossary/liuwen/" class="term" data-term="liuwen" aria-describedby="def-liuwen">六稳</a>';
  assert.equal(
    scopeHtml(html, options),
    '<a href="#glossary-liuwen" class="term" data-term="liuwen" aria-describedby="def-liuwen">六稳</a>',
  );
});

test('headings go one level down and links to other pages are left alone', () => {
  const html =
    '<h2 id="精心谋划">精心谋划</h2><a href="#%E7%B2%BE%E5%BF%83%E8%B0%8B%E5%88%92">上</a><a href="/indicators/#gdp">492.06亿元</a>';
  assert.equal(
    scopeHtml(html, options),
    '<h3 id="goals-精心谋划">精心谋划</h3><a href="#goals-精心谋划">上</a><a href="/indicators/#gdp">492.06亿元</a>',
  );
});

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { VFile } from 'vfile';
import { draftFigures } from './lib/figures.ts';
import { escapeMdxText } from './lib/markdown.ts';
import remarkParagraphAnchors from '../src/node/markdown/remark-paragraph-anchors.ts';
import remarkIndicatorLinks from '../src/node/markdown/remark-indicator-links.ts';

export function check(paragraphs: string[], title = '2020年工作回顾', year = 2021) {
  const draft = draftFigures([{ slug: 'w', title, partTitle: '', paragraphs }], { year });
  const mdx = paragraphs.map(escapeMdxText).join('\n\n');
  const proc = unified().use(remarkParse).use(remarkMdx).use(remarkCjkFriendly)
    .use(remarkParagraphAnchors, { isSection: () => true })
    .use(remarkIndicatorLinks, { indicators: draft.indicators, dataFile: 'x.yaml', base: '/', sections: ['w'], sectionOf: () => 'w' });
  const file = new VFile({ path: '/w.mdx', value: mdx });
  try {
    proc.runSync(proc.parse(file), file);
    console.log('OK', JSON.stringify(paragraphs), draft.indicators.map((i) => `${i.value}${i.unit}:${JSON.stringify(i.source.quote)}${i.source.paragraph ? '@' + i.source.paragraph : ''}`).join(' '));
  } catch (e) {
    console.log('FAIL', JSON.stringify(paragraphs), '\n   ', String((e as Error).message).split('\n').join('\n    '));
  }
}
const cases: string[][] = JSON.parse(process.argv[2] ?? '[]');
for (const c of cases) check(c);

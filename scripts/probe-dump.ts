import { readFileSync, readdirSync } from 'node:fs';
import { parseManuscript } from './lib/parse-manuscript.ts';
import { indicatorsDraft, figureSections } from './lib/write-content.ts';
const dir = 'tests/fixtures/reports';
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const m = parseManuscript(readFileSync(`${dir}/${name}`, 'utf8'));
  const { draft } = indicatorsDraft(m);
  const secs = new Map(figureSections(m).map((s) => [s.slug, s]));
  for (const i of draft.indicators) {
    const s = secs.get(i.source.section)!;
    const para = s.paragraphs.find((p) => p.replace(/\s+/g, '').includes(i.source.quote.replace(/\s+/g, '')))!;
    const at = para.indexOf(i.source.quote);
    const sStart = Math.max(0, ...['。', '；'].map((c) => para.lastIndexOf(c, at) + 1));
    const sentence = para.slice(sStart, para.indexOf('。', at) + 1 || undefined);
    console.log([name, i.id, s.title.slice(0, 12), i.kind, i.period, `${i.value}${i.unit}`, i.qualifier ?? '', i.indicator, i.source.quote, sentence.slice(0, 80)].join('\t'));
  }
  console.error(name, draft.indicators.length, 'unplaced', draft.unplaced, 'charts', JSON.stringify(draft.charts));
}

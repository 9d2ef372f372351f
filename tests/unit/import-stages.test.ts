/** The importer's stages, each on a small input: lines, chrome, metadata, structure, glossary, slugs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines, stripInvisible } from '../../src/importer/paragraphs.ts';
import { splitArticle } from '../../src/importer/article.ts';
import { readMetadata, readSpeaker } from '../../src/importer/metadata.ts';
import { classify, planSections, SECTION_MAX } from '../../src/importer/structure.ts';
import { glossaryHeading, nearSpellings, readGlossary, spellingsIn } from '../../src/importer/glossary.ts';
import { pinyinName, sectionSlug, shortLabel, unique } from '../../src/importer/slug.ts';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { CAPTION_MAX, isBodyCaption } from '../../src/importer/body-captions.ts';
import { autoParagraph, contentFiles } from '../../src/importer/write-content.ts';
import { checkText } from '../../src/node/content/check-text.ts';
import { POINT_NUMBER } from '../../src/shared/text.ts';

const texts = (source: string) => joinLines(source).map((p) => p.text);
const para = (text: string, line = 1) => ({ text, line });

test('zero-width characters and ideographic spaces go', () => {
  assert.equal(stripInvisible('\u200b国务院总理\u3000李克强\ufeff'), '国务院总理李克强');
});

test('one paragraph per line: lines stay whole unless a sentence was cut', () => {
  assert.deepEqual(texts('一、2025年工作回顾\n过去一年，我们做了很多工作。\n各位代表！'), [
    '一、2025年工作回顾',
    '过去一年，我们做了很多工作。',
    '各位代表！',
  ]);
  // A long line of prose that stops mid-sentence, and lines that open with a closing mark.
  const cut = '7.“双向揭榜挂帅”：企业找技术、成果找市场“双向揭榜挂帅”的简称，由技术供给方带团队、带技术';
  assert.deepEqual(texts(`${cut}\n揭榜\n；由成果需求方带场景\n揭榜\n。\n8.“灯塔工厂”：示范性工厂。`), [
    `${cut}揭榜；由成果需求方带场景揭榜。`,
    '8.“灯塔工厂”：示范性工厂。',
  ]);
});

test('blank-separated paragraphs: a block is one paragraph, a zero-width line marks a cut word', () => {
  const source =
    '政府工作报\n告\n\n\n国务院总理\n\u3000李克强\n\n交出一份人\n\u200b\n民满意的答卷。\n\n一是稳住了经济基本盘。\n面对冲击，我们明确提出任务。\n\n各位代表！\n\n我们要继续努力。\n\n';
  assert.deepEqual(texts(source), [
    '政府工作报告',
    '国务院总理李克强',
    '交出一份人民满意的答卷。',
    '一是稳住了经济基本盘。',
    '面对冲击，我们明确提出任务。',
    '各位代表！',
    '我们要继续努力。',
  ]);
});

test('a quotation cut by a line break is rejoined', () => {
  assert.deepEqual(texts('解决办事“多\n\n地跑、折返跑”问题。\n\n下一段。'), [
    '解决办事“多地跑、折返跑”问题。',
    '下一段。',
  ]);
});

const PAGE = [
  '下载',
  '打印',
  '全屏',
  '收藏',
  '【字号：',
  '加大',
  '还原',
  '减小',
  '】',
  '2026年河北省政府工作报告',
  '——2026年1月26日在河北省第十四届人民代表大会第四次会议上',
  '来源：河北日报',
  '时间：2026-02-02',
  '河北省人民政府省长 王正谱',
  '王正谱作政府工作报告。本报记者 霍艳恩摄',
  '各位代表：',
  '现在，我代表省人民政府向大会报告工作，请予审议。',
  '一、过去五年回顾',
  '过去五年，是极不平凡的五年。',
  '各位代表！让我们更加紧密地团结起来！',
  '相关报道：',
  '某某热议政府工作报告',
].join('\n');

test('page chrome is dropped: buttons, source and time lines, everything from 相关报道 on', () => {
  const article = splitArticle(joinLines(PAGE))!;
  assert.deepEqual(
    article.body.map((p) => p.text),
    [
      '各位代表：',
      '现在，我代表省人民政府向大会报告工作，请予审议。',
      '一、过去五年回顾',
      '过去五年，是极不平凡的五年。',
      '各位代表！让我们更加紧密地团结起来！',
    ],
  );
  assert.deepEqual(
    article.tail.map((p) => p.text),
    ['相关报道：', '某某热议政府工作报告'],
  );
  assert.deepEqual(
    article.head.filter((h) => h.kind !== 'chrome').map((h) => h.kind),
    ['title', 'meeting', 'speaker', 'caption'],
  );
});

test('the font switch split over lines, a label with its value on the next line, a repeated title and opening', () => {
  const source = [
    '2026年四川省人民政府工作报告',
    '2026年02月10日 07时41分',
    '来源:',
    '四川日报',
    '【字体：',
    '大',
    '中',
    '小',
    '】',
    '分享：',
    '各位代表：',
    '现在，我代表省人民政府，向大会报告工作。',
    '一、回顾',
    '过去一年，成绩显著。',
    '继续努力，再创佳绩。',
    '还有更多的话要说。',
    '2026年四川省人民政府工作报告',
    '各位代表：现在，我代表省人民政府，向大会报告工作。',
  ].join('\n');
  const article = splitArticle(joinLines(source))!;
  assert.deepEqual(
    article.head.map((h) => h.kind),
    ['title', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome'],
  );
  assert.equal(article.body.at(-1)!.text, '还有更多的话要说。');
  assert.equal(article.tail.length, 2);
});

test('the Wikisource licence notice is dropped', () => {
  const source =
    '各位代表：\n\n现在，我代表国务院，向大会报告政府工作。\n\n一、回顾\n\n过去一年，极不平凡。\n\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，属于公有领域。\n\nPublic domain\nfalse\n';
  assert.deepEqual(
    splitArticle(joinLines(source))!.body.map((p) => p.text),
    ['各位代表：', '现在，我代表国务院，向大会报告政府工作。', '一、回顾', '过去一年，极不平凡。'],
  );
});

test('metadata: title, government, meeting, date, speaker', () => {
  const article = splitArticle(joinLines(PAGE))!;
  assert.deepEqual(readMetadata(article.head, article.body), {
    title: '2026年河北省政府工作报告',
    government: '河北省人民政府',
    headline: undefined,
    meeting: '2026年1月26日在河北省第十四届人民代表大会第四次会议上',
    speaker: '河北省人民政府省长 王正谱',
    date: '2026-01-26',
    dateText: '2026年01月26日',
    captions: ['王正谱作政府工作报告。本报记者 霍艳恩摄'],
    provenance: { source: '河北日报', published: '2026-02-02' },
  });
});

test('speakers: the line as written, region and all, with one space before the name', () => {
  assert.equal(readSpeaker('四川省人民政府省长 施小琳'), '四川省人民政府省长 施小琳');
  assert.equal(readSpeaker('北京市市长 殷勇'), '北京市市长 殷勇');
  assert.equal(readSpeaker('国务院总理李克强'), '国务院总理 李克强');
  assert.equal(readSpeaker('自治区主席 嘎玛泽登'), '自治区主席 嘎玛泽登');
  assert.equal(readSpeaker('王予波'), '王予波');
  assert.equal(readSpeaker('上海市市长 龚 正'), '上海市市长 龚正');
});

/** The head of a page and the opening of its text, one line each, as a page copy gives them. */
const opening = (head: string[], government = '省人民政府') =>
  [
    ...head,
    '各位代表：',
    `现在，我代表${government}，向大会报告工作，请予审议，并请省政协委员提出意见。`,
    '一、2025年工作回顾',
    '过去一年，我们坚持稳中求进工作总基调，全省经济运行总体平稳、稳中有进，发展质量稳步提升。',
  ].join('\n');
const metadataOf = (text: string) => {
  const article = splitArticle(joinLines(text))!;
  return readMetadata(article.head, article.body, article.tail);
};

test('a government named by its level takes its place from the speaker line, the meeting line or the title', () => {
  const meeting = '——2026年1月28日在某某省第十四届人民代表大会第四次会议上';
  // The place in the speaker line.
  assert.equal(metadataOf(opening(['政府工作报告', '某某省省长 王某某'])).government, '某某省人民政府');
  assert.equal(metadataOf(opening(['政府工作报告', '某某省省长 王某某'])).speaker, '某某省省长 王某某');
  // In the meeting line, with a speaker line that is a bare name.
  const bare = metadataOf(opening(['2026年政府工作报告', meeting, '王某某']));
  assert.equal(bare.government, '某某省人民政府');
  assert.equal(bare.speaker, '王某某');
  assert.equal(bare.title, '2026年某某省政府工作报告');
  assert.deepEqual(bare.captions, []);
  // In the title; an autonomous region.
  assert.equal(
    metadataOf(opening(['2026年某某自治区政府工作报告', '自治区主席 某某'], '自治区人民政府')).government,
    '某某自治区人民政府',
  );
  // Nowhere: the importer asks for it (tests/unit/importer.test.ts).
  assert.equal(metadataOf(opening(['政府工作报告'])).government, undefined);
});

test('a meeting line the page broke over two lines is read as one', () => {
  const meta = metadataOf(
    opening(['2026年某某省政府工作报告', '——2026年1月26日在某某省第十四届', '人民代表大会第五次会议上', '省长 王某某']),
  );
  assert.equal(meta.meeting, '2026年1月26日在某某省第十四届人民代表大会第五次会议上');
  assert.equal(meta.date, '2026-01-26');
  assert.equal(meta.speaker, '省长 王某某');
  assert.deepEqual(meta.captions, []);
});

test('a text that starts at 各位代表： is named by who speaks and the year its first part reviews', () => {
  const meta = metadataOf(opening([], '国务院'));
  assert.equal(meta.government, '国务院');
  assert.equal(meta.title, '2026年国务院政府工作报告');
  assert.equal(meta.date, '2026');
  assert.equal(meta.dateText, '2026年');
  assert.equal(meta.meeting, undefined);
  assert.deepEqual(meta.provenance, {});
});

test('provenance: a 来源 line, a label with its value on the next line, a timestamp, a breadcrumb dropped', () => {
  const meta = metadataOf(
    opening([
      '您的位置:',
      '首页',
      '>',
      '某某要闻',
      '某某要闻',
      '2026年政府工作报告',
      '来源:',
      '某某日报',
      '2026-02-03 09:02:33',
      '——2026年1月28日在某某省第十四届人民代表大会第四次会议上',
      '省长 王某某',
    ]),
  );
  assert.deepEqual(meta.provenance, { source: '某某日报', published: '2026-02-03' });
  assert.equal(meta.headline, undefined);
  assert.deepEqual(meta.captions, []);
  assert.equal(meta.title, '2026年某某省政府工作报告');
});

test('headings: 一、 parts, （一） areas on their own line or as a lead sentence, unnumbered titles', () => {
  const blocks = classify(
    [
      '一、2025年工作回顾',
      '过去一年，成绩显著。',
      '（一）全力办好国家大事，纵深推进协同发展',
      '推动雄安新区建设。',
      '（二）努力闯出新路子。积极探索、勇于实践。',
    ].map((t, i) => para(t, i + 1)),
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.kind === 'heading' ? b.level : 0, b.text]),
    [
      ['heading', 1, '一、2025年工作回顾'],
      ['paragraph', 0, '过去一年，成绩显著。'],
      ['heading', 2, '（一）全力办好国家大事，纵深推进协同发展'],
      ['paragraph', 0, '推动雄安新区建设。'],
      ['heading', 2, '（二）努力闯出新路子。'],
      ['paragraph', 0, '积极探索、勇于实践。'],
    ],
  );
  const unnumbered = classify(
    ['过去五年工作回顾', '过去五年，成绩显著。', '2022年工作任务', '今年要做好工作。'].map((t, i) => para(t, i + 1)),
  );
  assert.deepEqual(
    unnumbered.map((b) => (b.kind === 'heading' ? b.level : 0)),
    [1, 0, 1, 0],
  );
});

test('headings out of order stop the import, naming the line', () => {
  assert.throws(
    () => classify([para('一、回顾', 3), para('三、任务', 9)]),
    (error: Error & { line?: number }) => error.line === 9 && /number 3 where 2 was expected/.test(error.message),
  );
  const source =
    '各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、回顾\n过去一年，成绩显著。\n三、任务\n今年要做好工作。';
  assert.throws(
    () =>
      parseManuscript(
        `2026年某省政府工作报告\n2026年1月1日在某省第一届人民代表大会第一次会议上\n${source}`,
        {},
        'report.txt',
      ),
    /^Error: report\.txt:7: heading "三、任务"/,
  );
});

test('sections: a short part stays whole, a long one is split by its areas; titles keep their numbering', () => {
  const long = (n: number) => `${'这是一句很长的话，'.repeat(Math.ceil(n / 9))}。`;
  const blocks = classify([
    para('一、回顾'),
    para(long(2000)),
    para('二、任务'),
    para(long(600)),
    para('（一）扩大内需'),
    para(long(SECTION_MAX / 2)),
    para('（二）科技创新'),
    para(long(SECTION_MAX / 2)),
  ]);
  const { parts, sections } = planSections(blocks, '报告');
  assert.deepEqual(
    parts.map((p) => p.id),
    ['one', 'two'],
  );
  assert.deepEqual(
    sections.map((s) => [s.part, s.title]),
    [
      ['one', '一、回顾'],
      ['two', '二、任务'],
      ['two', '（一）扩大内需'],
      ['two', '（二）科技创新'],
    ],
  );
});

test('a long part without areas is cut into pieces titled by their opening words, a point without its number', () => {
  const long = (n: number) => `${'这是一句很长的话，'.repeat(Math.ceil(n / 9))}。`;
  const points = [
    '一是经济运行稳中有进。',
    '二是改革开放持续深化。',
    '三是民生福祉不断增进。',
    '四是美丽城市建设成效凸显。',
  ].map((lead) => para(lead + long(SECTION_MAX / 3)));
  const { sections } = planSections(classify([para('一、2025年工作回顾'), ...points]), '报告');
  assert.ok(sections.length > 1);
  assert.equal(sections[0].title, '一、2025年工作回顾');
  for (const section of sections.slice(1)) assert.doesNotMatch(section.title!, new RegExp(`^${POINT_NUMBER}`));
});

test('glossary: 【term】 entries and numbered entries, ids from pinyin, spellings with quotes as aliases', () => {
  const body = '紧盯“两不愁三保障”，完成“3+1”冲刺清零，整治“三不管”楼院，落实“六稳”。';
  const bracketed = readGlossary(
    [para('【3+1冲刺清零】指四项任务。'), para('【三不管楼院】指无人管理的楼院。'), para('【六稳】指稳就业等。')],
    body,
  );
  assert.deepEqual(
    bracketed.map((e) => [e.id, e.term, e.aliases]),
    [
      ['3jia1-chongciqingling', '3+1冲刺清零', ['“3+1”冲刺清零']],
      ['sanbuguanlouyuan', '三不管楼院', ['“三不管”楼院']],
      ['liuwen', '六稳', []],
    ],
  );
  const numbered = readGlossary(
    [para('1.“两重”：是指国家重大战略实施。'), para('2.稳增长“21”条：省政府办公厅印发的措施。')],
    '用好“两重”政策，落实稳增长“21”条。',
  );
  assert.deepEqual(
    numbered.map((e) => [e.id, e.term, e.aliases, e.definition]),
    [
      ['liangchong', '两重', [], '是指国家重大战略实施。'],
      ['wenzengzhang-21-tiao', '稳增长21条', ['稳增长“21”条'], '省政府办公厅印发的措施。'],
    ],
  );
  assert.throws(
    () => readGlossary([para('四风：形式主义。', 42)], ''),
    (error: Error & { line?: number }) => error.line === 42,
  );
  assert.deepEqual(spellingsIn('六稳', '“六稳”'), []);
});

test('a term the text never writes whole is found as an item of a quoted list, or nearly the same words', () => {
  // 稳增长“21条”“18条”: the second item stands for 稳增长18条.
  assert.deepEqual(nearSpellings('稳增长18条', '稳增长“18”条', '出台稳增长“21条”“18条”等政策。'), ['“18条”']);
  // One character less, the quotation marks placed otherwise: the text's own spelling.
  assert.deepEqual(
    nearSpellings(
      '六横六纵现代化水网体系',
      '“六横六纵”现代化水网体系',
      '突破2000公里。“六横六纵”现代水网体系更趋完善。',
    ),
    ['“六横六纵”现代水网体系'],
  );
  // A term the text writes, or only words that start or end otherwise, has none.
  assert.deepEqual(nearSpellings('六稳', '六稳', '做好“六稳”工作。'), []);
  assert.deepEqual(nearSpellings('现代化水网体系建设', '现代化水网体系建设', '推进水网体系建设。'), []);
  assert.deepEqual(nearSpellings('稳增长18条', '稳增长“18”条', '出台稳增长“21条”等政策。'), []);
  // Another word in the same place is another thing, however alike the rest.
  assert.deepEqual(
    nearSpellings('城乡居民基本医疗保险制度改革', '城乡居民基本医疗保险制度改革', '深化城乡居民基本养老保险制度改革。'),
    [],
  );
});

test('slugs and ids: readable ASCII from pinyin, short, unique', () => {
  assert.equal(pinyinName('两不愁三保障'), 'liangbuchousanbaozhang');
  assert.equal(pinyinName('PPP'), 'ppp');
  assert.equal(sectionSlug('一、2025年工作回顾'), '2025-gongzuohuigu');
  assert.equal(sectionSlug('（一）全力办好国家大事，纵深推进京津冀协同发展'), 'quanlibanhaoguojiadashi');
  const taken = new Set<string>();
  assert.deepEqual([unique('a', taken), unique('a', taken), unique('a', taken)], ['a', 'a-2', 'a-3']);
  assert.equal(shortLabel('突出扩大内需战略基点，更大力度统筹促消费扩投资'), '突出扩大内需战略基点');
  assert.equal([...shortLabel('努力在推进京津冀协同发展和高标准高质量建设雄安新区中彰显新担当')].length, 16);
});

test('paragraphs: lead sentences, 一是 points and —— items in bold', () => {
  assert.equal(autoParagraph('大力推动城市更新。坚持规划引领。'), '**大力推动城市更新。**坚持规划引领。');
  assert.equal(autoParagraph('——疫情防控成效明显。果断应对疫情。'), '——**疫情防控成效明显。**果断应对疫情。');
  assert.equal(
    autoParagraph('一是围绕市场主体的急需制定和实施宏观政策，稳住了经济基本盘。'),
    '**一是围绕市场主体的急需制定和实施宏观政策，稳住了经济基本盘。**',
  );
  assert.equal(
    autoParagraph('过去一年，面对复杂严峻形势，我们做了很多工作。一是加强政治建设。二是统一是前提。'),
    '过去一年，面对复杂严峻形势，我们做了很多工作。**一是加强政治建设。**二是统一是前提。',
  );
});

test("a photo caption inside the text: told by a caption's mark or a photographer's credit, and short", () => {
  // The captions of the fixtures (before their text) and the forms newspapers use.
  for (const caption of [
    '殷勇同志作政府工作报告。本报记者 戴冰摄',
    '王正谱作政府工作报告。本报记者 霍艳恩摄',
    '▲兰州老街',
    '图为七里河区黄河楼夜景。',
    '黄河楼夜景（摄影 张三）',
    '2月2日，大会开幕。新华社记者 牟宇 摄',
    '城关夜景（新华社记者 李四 摄）',
    '黄河楼 王五 摄',
  ]) {
    assert.ok(isBodyCaption(caption), caption);
  }
  // Report text, even about pictures, photographs or filming, is not.
  for (const text of [
    '支持影视剧拍摄。',
    '加强影视拍摄基地建设，鼓励企业自摄',
    '图书馆、文化馆总分馆制加快推进。',
    '一、图强奋进',
    `图为证，${'全区经济由高速增长转入趋稳向好发展，'.repeat(8)}。`,
  ]) {
    assert.ok(!isBodyCaption(text), text);
  }
  assert.ok(!isBodyCaption(`▲${'字'.repeat(CAPTION_MAX)}`), 'a caption is short');
});

test('a caption inside the text stays a caption where it stands, and nothing of the text is lost', () => {
  const source = [
    '2026年某省政府工作报告',
    '2026年1月1日在某省第一届人民代表大会第一次会议上',
    '各位代表：',
    '现在，我代表省人民政府，向大会报告工作。',
    '一、回顾',
    '过去一年，成绩显著。',
    '▲黄河楼夜景',
    '图为新建成的体育中心。新华社记者 李四摄',
    '全年新增就业五万人。',
    '二、任务',
    '今年要做好工作。',
  ].join('\n');
  const manuscript = parseManuscript(source, {}, 'report.txt');
  assert.deepEqual(manuscript.captions, [], 'no caption before the text');
  const blocks = manuscript.sections.flatMap((section) => section.blocks.map((block) => `${block.kind}:${block.text}`));
  assert.deepEqual(blocks.slice(2, 6), [
    'paragraph:过去一年，成绩显著。',
    'caption:▲黄河楼夜景',
    'caption:图为新建成的体育中心。新华社记者 李四摄',
    'paragraph:全年新增就业五万人。',
  ]);
  // Not a heading: "▲黄河楼夜景" has no sentence mark, as a title line has none.
  assert.ok(!manuscript.sections.some((section) => section.title?.includes('黄河楼')));

  const [file] = contentFiles(manuscript).filter((f) => f.path.startsWith('sections/'));
  const body = file.text.replace(/^---[\s\S]*?---\n/, '');
  assert.match(body, /^\nimport Captions from '..\/..\/..\/..\/..\/src\/components\/Captions.astro';\n/);
  assert.ok(
    body.includes(
      '过去一年，成绩显著。\n\n<Captions count={2} place="text">\n\n- ▲黄河楼夜景\n- 图为新建成的体育中心。新华社记者 李四摄\n\n</Captions>\n\n全年新增就业五万人。',
    ),
    body,
  );
  // The section is content the build accepts: the component, its import and its attributes.
  assert.deepEqual(
    checkText(body, { file: 'content/reports/qilihequ/2021/sections/01-x.mdx', bodyLine: 1, kind: 'mdx' }),
    [],
  );
});

test('lines a page broke after a comma or an opening bracket are joined; a numbered line is not', () => {
  const text = [
    '一、2025年工作回顾',
    '京津冀协同发展深入拓展。市场化和机制化服务疏解扎实推进，中国电子增资麒麟软件，',
    '协和天津基地建设顺利推进，中资信创总部实质性落地。',
    '（',
    '三）改革开放持续深化、互促共进。',
    '我们坚持以开放促改革，全年进出口总额增长百分之六，',
    '（四）城乡发展齐头并进。',
  ].join('\n');
  assert.deepEqual(
    joinLines(text).map((p) => p.text),
    [
      '一、2025年工作回顾',
      '京津冀协同发展深入拓展。市场化和机制化服务疏解扎实推进，中国电子增资麒麟软件，协和天津基地建设顺利推进，中资信创总部实质性落地。',
      '（三）改革开放持续深化、互促共进。',
      '我们坚持以开放促改革，全年进出口总额增长百分之六，',
      '（四）城乡发展齐头并进。',
    ],
  );
});

test('the buttons under the text go with the page; a doubled 》》 opens no continuation', () => {
  const article = splitArticle(
    joinLines(
      opening([]) +
        '\n各位代表！让我们奋力谱写中国式现代化新篇章！\n》》点击图片进入专题《《\n收藏\n|\n分享到:\n分享到微信\n×\n相关文档：\n某某文档',
    ),
  )!;
  assert.equal(article.body.at(-1)!.text, '各位代表！让我们奋力谱写中国式现代化新篇章！');
  assert.deepEqual(
    article.tail.map((p) => p.text),
    ['》》点击图片进入专题《《', '收藏', '|', '分享到:', '分享到微信', '×', '相关文档：', '某某文档'],
  );
});

test('an area of a few lines follows the section before it, under its own heading', () => {
  const long = (n: number) => `${'这是一句很长的话，'.repeat(Math.ceil(n / 9))}。`;
  const { sections } = planSections(
    classify([
      para('一、回顾'),
      para('（一）经济运行稳中有进。'),
      para(long(SECTION_MAX / 2)),
      para('（二）改革开放持续深化。'),
      para('进一步深化改革。'),
      para('（三）民生福祉不断增进。'),
      para(long(SECTION_MAX / 2)),
    ]),
    '报告',
  );
  assert.deepEqual(
    sections.map((s) => s.title),
    ['一、回顾', '（三）民生福祉不断增进'],
  );
  assert.deepEqual(
    sections[0].blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    ['（一）经济运行稳中有进。', '（二）改革开放持续深化。'],
  );
});

test('meeting lines set off by brackets or a horizontal bar, or carrying the speaker; a title with the place before the year', () => {
  const bracketed = metadataOf(
    opening(['政府工作报告', '（2026年1月27日在某某省第十四届人民代表大会第四次会议上）', '省长 王某某']),
  );
  assert.equal(bracketed.meeting, '2026年1月27日在某某省第十四届人民代表大会第四次会议上');
  assert.equal(bracketed.government, '某某省人民政府');
  const bar = metadataOf(
    opening(['政府工作报告', '――2026年1月27日在某某省第十四届人民代表大会第四次会议上', '省长 王某某']),
  );
  assert.equal(bar.date, '2026-01-27');
  const oneLine = metadataOf(
    opening([
      '首页',
      '>',
      '政府信息公开',
      '>',
      '政府工作报告',
      '某某省2026年政府工作报告',
      '2026年1月27日在某某省第十四届人民代表大会第四次会议上 某某省省长 赵某',
      '某某省2026年政府工作报告',
    ]),
  );
  assert.equal(oneLine.title, '某某省2026年政府工作报告');
  assert.equal(oneLine.government, '某某省人民政府');
  assert.equal(oneLine.meeting, '2026年1月27日在某某省第十四届人民代表大会第四次会议上');
  assert.equal(oneLine.speaker, '某某省省长 赵某');
  assert.deepEqual(oneLine.captions, []);
});

test('a name padded to the width of three, a long name with a middle dot, 我代表省政府', () => {
  const meeting = '——2026年1月27日在某某自治区第十四届人民代表大会第四次会议上';
  assert.equal(metadataOf(opening(['政府工作报告', meeting, '某某市市长 龚 正'])).speaker, '某某市市长 龚正');
  assert.equal(
    metadataOf(opening(['政府工作报告', meeting, '自治区主席 艾尔肯·吐尼亚孜'], '自治区人民政府')).speaker,
    '自治区主席 艾尔肯·吐尼亚孜',
  );
  assert.equal(metadataOf(opening(['2026年某某省政府工作报告'], '省政府')).government, '某某省人民政府');
});

test('a photo credit ends a caption: the address under it opens the report', () => {
  const article = splitArticle(
    joinLines(
      opening([
        '2026年某某省政府工作报告',
        '1月27日，王某某代表省人民政府，向大会作政府工作报告。某某日报记者 李某 摄',
      ]),
    ),
  )!;
  assert.equal(article.body[0].text, '各位代表：');
  assert.deepEqual(
    article.head.filter((h) => h.kind === 'caption').map((h) => h.text),
    ['1月27日，王某某代表省人民政府，向大会作政府工作报告。某某日报记者 李某 摄'],
  );
});

test('an annex after the report is a part of its own, numbered on its own; the annex label over the glossary goes with it', () => {
  const blocks = classify(
    [
      '一、2025年工作回顾',
      '过去一年，成绩显著。',
      '附件1',
      '2026年十件民生实事',
      '一、提高低保标准',
      '农村低保标准提高到每月600元。',
      '二、加快建立长期护理保险制度',
    ].map((t, i) => para(t, i + 1)),
  );
  assert.deepEqual(
    blocks.map((b) => (b.kind === 'heading' ? `${b.level}:${b.text}` : b.text)),
    [
      '1:一、2025年工作回顾',
      '过去一年，成绩显著。',
      '1:附件1',
      '2:2026年十件民生实事',
      '2:一、提高低保标准',
      '农村低保标准提高到每月600元。',
      '2:二、加快建立长期护理保险制度',
    ],
  );
  const { parts } = planSections(blocks, '报告');
  assert.deepEqual(parts.at(-1), { id: 'two', title: '附件1', subtitle: '2026年十件民生实事' });
});

test('glossary entries numbered ［1］ or 1., with the definition on the next line, and headings that name the report', () => {
  const entries = readGlossary(
    [para('［1］一降三减：'), para('指降低成本、减少环节。'), para('1.“四上”企业：'), para('指规模以上企业。')],
    '推进“一降三减”，培育“四上”企业。',
  );
  assert.deepEqual(
    entries.map((e) => [e.term, e.definition]),
    [
      ['一降三减', '指降低成本、减少环节。'],
      ['四上企业', '指规模以上企业。'],
    ],
  );
  assert.equal(glossaryHeading('《政府工作报告》有关内容名词注释'), '名词注释');
  assert.equal(glossaryHeading('附：名词解释：'), '名词解释');
});

/**
 * Word's automatic numbering written out as text (src/importer/word-numbering.ts), through
 * the Word file's reading (docx.ts): each rule of Word's counting on a small file made here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docxToText } from '../../src/importer/docx.ts';
import { writeOutNumbering } from '../../src/importer/word-numbering.ts';
import { wordPackage, wordParagraph } from '../support/report-forms.ts';

const numPr = (numId: number, level?: number) =>
  `<w:numPr>${level === undefined ? '' : `<w:ilvl w:val="${level}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const list = (abstractId: number, levels: string, numIds: number[] = [abstractId + 1]) =>
  `<w:abstractNum w:abstractNumId="${abstractId}">${levels}</w:abstractNum>${numIds.map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/></w:num>`).join('')}`;

async function lines(parts: Parameters<typeof wordPackage>[0]): Promise<string[]> {
  return (await docxToText(await wordPackage(parts), 'report.docx')).split('\n').filter(Boolean);
}

test('two levels: 一、 counts on past ten, （一） begins again under each', async () => {
  const paragraphs = [
    ...Array.from({ length: 11 }, (_, i) => wordParagraph(`第${i + 1}部分`, numPr(1, 0))),
    wordParagraph('甲项', numPr(1, 1)),
    wordParagraph('乙项', numPr(1, 1)),
    wordParagraph('正文不编号。'),
    wordParagraph('第12部分', numPr(1, 0)),
    wordParagraph('丙项', numPr(1, 1)),
  ];
  const numbering = list(0, level(0, 'chineseCounting', '%1、') + level(1, 'chineseCounting', '（%2）'));
  assert.deepEqual(await lines({ document: paragraphs.join(''), numbering }), [
    '一、第1部分',
    '二、第2部分',
    '三、第3部分',
    '四、第4部分',
    '五、第5部分',
    '六、第6部分',
    '七、第7部分',
    '八、第8部分',
    '九、第9部分',
    '十、第10部分',
    '十一、第11部分',
    '（一）甲项',
    '（二）乙项',
    '正文不编号。',
    '十二、第12部分',
    '（一）丙项',
  ]);
});

test('a heading style numbers its paragraphs, through the style it is based on or a list level that names it', async () => {
  const styles = [
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>${numPr(1, 0)}</w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="PartTitle"><w:name w:val="Part Title"/><w:basedOn w:val="Heading1"/></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>`,
  ].join('');
  const numbering = list(
    0,
    level(0, 'chineseCounting', '%1、') + level(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="Heading2"/>'),
  );
  const document = [
    wordParagraph('总体要求', '<w:pStyle w:val="Heading1"/>'),
    wordParagraph('稳增长', '<w:pStyle w:val="Heading2"/>'),
    wordParagraph('重点任务', '<w:pStyle w:val="PartTitle"/>'),
    // numId 0: this heading is not numbered, whatever its style says.
    wordParagraph('附：说明', `<w:pStyle w:val="Heading1"/>${numPr(0, 0)}`),
  ].join('');
  assert.deepEqual(await lines({ document, numbering, styles }), [
    '一、总体要求',
    '（一）稳增长',
    '二、重点任务',
    '附：说明',
  ]);
});

test('a list begun again (a start override) counts from its start; lists of their own count apart', async () => {
  const numbering =
    list(0, level(0, 'decimal', '%1．'), [1]) +
    `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
    list(5, level(0, 'ideographTraditional', '%1、'), [9]);
  const document = [
    wordParagraph('甲', numPr(1, 0)),
    wordParagraph('乙', numPr(1, 0)),
    wordParagraph('天干一', numPr(9, 0)),
    wordParagraph('丙', numPr(1, 0)),
    wordParagraph('重新开始', numPr(2, 0)),
    wordParagraph('天干二', numPr(9, 0)),
  ].join('');
  assert.deepEqual(await lines({ document, numbering }), [
    '1．甲',
    '2．乙',
    '甲、天干一',
    '3．丙',
    '1．重新开始',
    '乙、天干二',
  ]);
});

test('a level shows the counters above it in their own formats, or all in digits in a legal list; a bullet adds nothing', async () => {
  const numbering =
    list(0, level(0, 'decimal', '%1.') + level(1, 'decimalEnclosedCircle', '%1.%2')) +
    list(2, level(0, 'chineseCounting', '第%1章') + level(1, 'chineseCounting', '%1.%2', '<w:isLgl/>')) +
    list(4, level(0, 'bullet', '●'));
  const document = [
    wordParagraph('总则', numPr(1, 0)),
    wordParagraph('目的', numPr(1, 1)),
    wordParagraph('范围', numPr(3, 0)),
    wordParagraph('定义', numPr(3, 1)),
    wordParagraph('要点', numPr(5, 0)),
  ].join('');
  assert.deepEqual(await lines({ document, numbering }), ['1.总则', '1.①目的', '第一章范围', '1.1定义', '要点']);
});

test('a number format the importer cannot write stops with the paragraph and what to do', async () => {
  const numbering = list(0, level(0, 'hebrew1', '%1.'));
  await assert.rejects(
    docxToText(await wordPackage({ document: wordParagraph('总体要求', numPr(1, 0)), numbering }), 'report.docx'),
    /^Error: report\.docx: the paragraph "总体要求" is numbered by Word in the format "hebrew1".*save the file as plain text \(\.txt\)/,
  );
});

test('a Word file that numbers nothing is read as it is', async () => {
  const file = await wordPackage({ document: wordParagraph('各位代表：') });
  assert.equal(await writeOutNumbering(file, 'report.docx'), file);
  const unused = await wordPackage({
    document: wordParagraph('各位代表：'),
    numbering: list(0, level(0, 'decimal', '%1.')),
  });
  assert.equal(await writeOutNumbering(unused, 'report.docx'), unused);
});

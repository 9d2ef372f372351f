/**
 * One report in the forms an editor may have it in, made from its curated text
 * (tests/fixtures/reports/expected/): text in GB18030 and UTF-16, a page in the style of a
 * government site, a Word file, a page to print to PDF. The importer must read each as it
 * reads the report's plain text.
 */
import JSZip from 'jszip';
import { expectedText } from './report-text.ts';
import { readNumber } from '../../src/shared/numerals.ts';
import type { Manuscript } from '../../src/importer/parse-manuscript.ts';

/** The fixture reports made into every form: a head like most, one with a glossary, one with no head at all. */
export const FORM_REPORTS = ['hebei-2026.txt', 'sichuan-2026.txt', 'national-2014.txt'];

/** The lines a report sets above its text, as its plain text gave them: title, meeting, speaker, a photo's caption. */
export const headLines = (m: Pick<Manuscript, 'title' | 'meeting' | 'speaker' | 'captions'>): string[] => [
  ...(m.meeting ? [m.title, `——${m.meeting}`] : []),
  ...(m.speaker ? [m.speaker] : []),
  ...m.captions,
];

export interface ReportLines {
  /** The lines above the text as the report sets them: title, meeting line, speaker. */
  head: string[];
  /** The text, one paragraph a line, and the glossary under its heading. */
  body: string[];
}

/** The report's lines: its curated text, under `head`; the glossary under `glossaryHeading`. */
export function reportLines(name: string, head: string[], glossaryHeading = '名词解释'): ReportLines {
  const { body, glossary } = expectedText(name);
  return {
    head,
    body: [...body.map((p) => p.text), ...(glossary.length ? [glossaryHeading, ...glossary.map((p) => p.text)] : [])],
  };
}

let gb18030Table: Map<string, number[]> | undefined;

/** Text in GB18030 (GBK's two-byte range suffices for these reports), for a government site's download. */
export function gb18030(text: string): Buffer {
  if (!gb18030Table) {
    // Node decodes GB18030 but does not encode it: the table is every two-byte code read back.
    gb18030Table = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gb18030Table.has(char)) gb18030Table.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = gb18030Table.get(char);
      if (!code) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

/** UTF-16LE with a byte-order mark, as Windows Notepad saves “Unicode”. */
export const notepadUnicode = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report on a page in the style of a government site: navigation, breadcrumb, share bar, related links, footer, scripts. */
export function governmentPage(
  { head, body }: ReportLines,
  meta: { title: string; source?: string; date?: string },
): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="${escape(meta.title)}">
${meta.date ? `<meta name="PubDate" content="${meta.date} 09:30">` : ''}
${meta.source ? `<meta name="ContentSource" content="${escape(meta.source)}">` : ''}
<title>${escape(meta.title)}_人民政府网</title>
<script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || [];</script>
</head><body>
<div class="header"><div class="logo"><a href="/">人民政府网</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li></ul>
<form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><div class="article">
<div class="bdsharebuttonbox"><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a>分享到：</a></div>
<div class="article-content">
${[...head.map((line) => `<p style="text-align:center">${escape(line)}</p>`), ...body.map((line) => `<p style="text-indent:2em">${escape(line)}</p>`)].join('\n')}
</div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">图解政府工作报告</a></li><li><a href="/b">政府工作报告全文</a></li></ul></div></div>
<div class="footer"><p>主办：人民政府办公厅 承办：信息中心</p><p>ICP备05003320号</p></div>
<script src="/js/share.js"></script>
</body></html>
`;
}

/** The report as a page to print: A5 pages, the title as a running head, a page number under each page. */
export function printablePage({ head, body }: ReportLines, title: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
@page { size: A5; margin: 18mm 16mm; @top-center { content: "${title}"; font-size: 9pt; } @bottom-center { content: "— " counter(page) " —"; font-size: 9pt; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.6; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.head { text-indent: 0; text-align: center; }
</style></head><body>
${[...head.map((line) => `<p class="head">${escape(line)}</p>`), ...body.map((line) => `<p>${escape(line)}</p>`)].join('\n')}
</body></html>`;
}

/** A zip of `files`, stored without compression (as the importer's jszip reads it): the container of a Word file. */
function zip(files: Record<string, string>): Promise<Buffer> {
  const archive = new JSZip();
  for (const [name, text] of Object.entries(files)) archive.file(name, text);
  return archive.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts of a Word file around word/document.xml, numbering.xml and styles.xml if given. */
export function wordPackage(parts: { document: string; numbering?: string; styles?: string }): Promise<Buffer> {
  const related = (['numbering', 'styles'] as const).filter((part) => parts[part]);
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${related.map((part) => `<Override PartName="/word/${part}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${part}+xml"/>`).join('')}</Types>`,
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related.map((part, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${part}" Target="${part}.xml"/>`).join('')}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${parts.document}</w:body></w:document>`,
    ...(parts.numbering
      ? {
          'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`,
        }
      : {}),
    ...(parts.styles
      ? {
          'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`,
        }
      : {}),
  });
}

/** A paragraph of Word: `properties` (w:pPr's content), then `text` cut into two runs as Word writes them. */
export function wordParagraph(text: string, properties = ''): string {
  const half = Math.floor(text.length / 2);
  const run = (part: string) => (part ? `<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>` : '');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${run(text.slice(0, half))}${run(text.slice(half))}</w:p>`;
}

/** The numbering of reports as Word's outline list: 一、 at the first level, （一） at the second. */
const REPORT_LIST = `<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>`;

/**
 * The body's lines numbered 一、 and （一） as Word numbers them, each with the number it would
 * show taken out of its text and the level it is at: a line whose number is not the next
 * one Word would show (a list begun again in an annex) keeps its number as text.
 */
function automaticallyNumbered(body: string[]): { text: string; level?: number }[] {
  const counts: number[] = [];
  return body.map((line) => {
    const match = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)/.exec(line);
    if (!match) return { text: line };
    const level = match[1] ? 0 : 1;
    const n = readNumber(match[1] ?? match[2]);
    if (n !== (counts[level] ?? 0) + 1) return { text: line };
    counts[level] = n;
    if (level === 0) counts.length = 1;
    return { text: line.slice(match[0].length), level };
  });
}

/**
 * The report as a Word file: one paragraph a line, the head centred. With `automatic`, the
 * numbering 一、 and （一） is Word's automatic list numbering rather than text.
 */
export function wordFile({ head, body }: ReportLines, { automatic = false } = {}): Promise<Buffer> {
  const lines = automatic ? automaticallyNumbered(body) : body.map((text) => ({ text, level: undefined }));
  return wordPackage({
    document: [
      ...head.map((line) => wordParagraph(line, '<w:jc w:val="center"/>')),
      ...lines.map(({ text, level }) =>
        wordParagraph(
          text,
          level === undefined ? '' : `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr>`,
        ),
      ),
    ].join(''),
    numbering: automatic ? REPORT_LIST : undefined,
  });
}

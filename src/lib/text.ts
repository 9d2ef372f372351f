/**
 * The first sentence of a Markdown/MDX body as plain text, for `<meta name="description">`:
 * imports, JSX blocks, list items, headings and emphasis markers are skipped.
 */
export function firstSentence(markdown: string, maxLength = 120): string {
  const paragraph =
    markdown
      .replace(/^import .*$/gm, '')
      .replace(/<([A-Z]\w*)[^>]*>[\s\S]*?<\/\1>/g, '')
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .find((block) => block && !/^(#|-|\*\s|<)/.test(block)) ?? '';
  const plain = paragraph.replace(/\\(.)/g, '$1').replace(/\*\*|__/g, '');
  const end = plain.indexOf('。');
  const sentence = end >= 0 ? plain.slice(0, end + 1) : plain;
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1)}…` : sentence;
}

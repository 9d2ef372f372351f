/**
 * Turns a Pagefind excerpt (text with `<mark>` around matches) into DOM nodes. Only text
 * and `<mark>` survive: the excerpt is page text, but it is never inserted as HTML.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else if (node.textContent) {
      nodes.push(doc.createTextNode(node.textContent));
    }
  }
  return nodes;
}

/** Pagefind joins the blocks of an excerpt with an ASCII ". "; in Chinese text that is noise. */
export function tidyExcerpt(excerpt: string): string {
  return excerpt.replace(/([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef”’])\. /gu, '$1 ');
}

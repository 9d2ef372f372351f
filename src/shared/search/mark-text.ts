/**
 * Marks the searched words on a page opened from a search result (`?highlight=六稳`),
 * matching the way search does (punctuation and width ignored), also across element
 * boundaries such as a glossary link inside the phrase.
 */
import { normalizeWithPositions, occurrences, normalize } from './normalize.ts';

const BLOCKS = 'h1, h2, h3, p, li, dt, dd';

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Wraps [start, end) of the block's concatenated text in <mark>, node by node. */
function wrap(nodes: Text[], offsets: number[], start: number, end: number): void {
  nodes.forEach((node, i) => {
    const from = Math.max(start, offsets[i]) - offsets[i];
    const to = Math.min(end, offsets[i] + node.data.length) - offsets[i];
    if (from >= to) return;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    range.surroundContents(mark);
  });
}

export function markText(root: Element, phrases: string[]): number {
  const wanted = [...new Set(phrases.map(normalize).filter(Boolean))];
  let marked = 0;
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.closest('[data-pagefind-ignore]')) continue;
    const nodes = textNodes(block).filter((node) => node.parentElement?.closest(BLOCKS) === block);
    const offsets: number[] = [];
    let text = '';
    for (const node of nodes) {
      offsets.push(text.length);
      text += node.data;
    }
    const norm = normalizeWithPositions(text);
    const ranges: [number, number][] = [];
    for (const phrase of wanted) {
      for (const at of occurrences(norm.text, phrase))
        ranges.push([norm.positions[at], norm.positions[at + phrase.length - 1] + 1]);
    }
    // Wrap from the end so that earlier offsets stay valid.
    for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
      wrap(nodes, offsets, start, end);
      marked += 1;
    }
  }
  return marked;
}

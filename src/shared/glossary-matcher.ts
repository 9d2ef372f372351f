/**
 * Finds glossary terms in running text in one pass: a trie of every term and alias, walked
 * from each position, so the cost grows with the length of the text (times the length of
 * the longest term), not with the number of terms. At each position the longest form
 * wins (“3+1”冲刺清零 over a shorter term inside it), and matches never overlap.
 */

export interface TermForms {
  /** Glossary entry id, e.g. `liuwen`. */
  id: string;
  /** The term and its aliases, as they are written in the text. */
  forms: string[];
}

export interface TermMatch {
  id: string;
  /** The text matched, e.g. `“三不管”楼院`. */
  text: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entry id when a form ends here. */
  id?: string;
}

const ASCII_WORD = /[A-Za-z0-9]/;

export type Matcher = (text: string) => TermMatch[];

export function createMatcher(entries: TermForms[]): Matcher {
  const root: TrieNode = { next: new Map() };
  for (const { id, forms } of entries) {
    for (const form of forms) {
      if (!form) continue;
      let node = root;
      // Code units, as the text is walked below.
      for (let k = 0; k < form.length; k += 1) {
        const char = form[k];
        let child = node.next.get(char);
        if (!child) {
          child = { next: new Map() };
          node.next.set(char, child);
        }
        node = child;
      }
      if (node.id !== undefined && node.id !== id)
        throw new Error(`glossary: "${form}" belongs to both ${node.id} and ${id}`);
      node.id = id;
    }
  }

  return (text) => {
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < text.length) {
      let node: TrieNode | undefined = root;
      let best: { id: string; end: number } | undefined;
      for (let j = i; j < text.length; j += 1) {
        node = node.next.get(text[j]);
        if (!node) break;
        if (node.id !== undefined && !splitsAsciiWord(text, i, j + 1)) best = { id: node.id, end: j + 1 };
      }
      if (best) {
        matches.push({ id: best.id, text: text.slice(i, best.end), start: i, end: best.end });
        i = best.end;
      } else {
        i += 1;
      }
    }
    return matches;
  };
}

/** `12355` must not match inside `123556`, nor `PPP` inside `PPPs`. */
function splitsAsciiWord(text: string, start: number, end: number): boolean {
  const cutsStart = ASCII_WORD.test(text[start]) && start > 0 && ASCII_WORD.test(text[start - 1]);
  const cutsEnd = ASCII_WORD.test(text[end - 1]) && end < text.length && ASCII_WORD.test(text[end]);
  return cutsStart || cutsEnd;
}

/** A run of text: plain, or the mention of a glossary entry to link to it. */
export interface TermPiece {
  text: string;
  /** Entry id when the run is a term to link. */
  term?: string;
}

/**
 * Cuts `text` into plain runs and term links, linking only the first mention of each entry
 * in a reading unit (a section, a table): `linked` holds the entries already linked there,
 * in order, and gets the newly linked ones appended. Later mentions stay plain text, so a
 * paragraph dense with one term is not a row of links. The pieces join back into `text`.
 */
export function linkFirstMentions(text: string, match: Matcher, linked: string[]): TermPiece[] {
  const pieces: TermPiece[] = [];
  let last = 0;
  for (const found of match(text)) {
    if (linked.includes(found.id)) continue;
    linked.push(found.id);
    if (found.start > last) pieces.push({ text: text.slice(last, found.start) });
    pieces.push({ text: found.text, term: found.id });
    last = found.end;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

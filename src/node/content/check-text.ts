/**
 * Text is text: reads the body of a section (MDX) or a glossary entry (Markdown) as the
 * editor wrote it, before MDX parses anything, and finds what MDX or Markdown would not show
 * as written: a brace (`{2021}` would be evaluated as code), a `<` that does not start one of
 * the components sections may use (`浓度<35`, `<b>`, a pasted `<script>`), an import or export
 * other than those components, an event handler attribute or a `javascript:` link. Each
 * occurrence is one problem at its file and line, with what to write instead.
 *
 * Markdown's escapes (`\{`, `\}`, `\<`) show the character and are accepted; so is anything
 * inside a code span or a fenced code block. The Markdown pipeline checks the parsed tree
 * again (src/node/markdown/remark-text-only.ts), for what reaches it without this check
 * (the dev server reads the model once, at start).
 *
 * The body is read in two steps: `tokenize` marks what in it is not prose (code, escapes,
 * imports, links, tags and their attributes, braces), and `RULES` says which of those tokens
 * break what, with the message and its fix.
 */
import type { ContentProblem } from '../../shared/content-error.ts';

export interface SectionComponent {
  /** The import a section writes (from content/reports/<government>/<year>/sections/): `import Captions from '../../../../../src/components/Captions.astro';`. */
  from: string;
  /** The attributes it takes; each a number or a string (`count={12}`, `title="…"`). */
  attributes: string[];
}

/** The components a section may use, with their attributes; nothing else is JSX in content. */
export const SECTION_COMPONENTS: Readonly<Record<string, SectionComponent>> = {
  // place="text": captions standing inside the text, where their pictures stood.
  Captions: { from: '../../../../../src/components/Captions.astro', attributes: ['count', 'place'] },
};

/** Elements that run code, load another page or restyle the site: never in content. */
export const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'style', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form']);

export const BRACE_FIX = 'write \\{ and \\} to show braces';
export const LESS_THAN_FIX = 'write 小于 or \\< to show it';

/** The import line of a component, as `import X from '…';`. */
export function componentImport(name: string): string {
  return `import ${name} from '${SECTION_COMPONENTS[name].from}';`;
}

/**
 * Whether an ESM statement of a section is the import of an allowed component:
 * `import Captions from '../../../../../src/components/Captions.astro';`.
 */
export function allowedImport(statement: string): string | undefined {
  const match = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2\s*;?\s*$/.exec(statement.trim());
  if (!match) return undefined;
  const [, name, , from] = match;
  return Object.hasOwn(SECTION_COMPONENTS, name) && SECTION_COMPONENTS[name].from === from ? name : undefined;
}

/** A URL that runs code when followed: `javascript:…` (also written with entities or spaces inside). */
export function isScriptUrl(url: string): boolean {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  // eslint-disable-next-line no-control-regex
  return /^(javascript|vbscript):/i.test(decoded.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** An attribute value a component may take: a number, a string, true or false. */
export function isLiteral(expression: string): boolean {
  return /^\s*(-?\d+(\.\d+)?|"[^"\\]*"|'[^'\\]*'|true|false)\s*$/.test(expression);
}

export interface CheckTextOptions {
  /** Relative to the project: `<report>/sections/04-challenges.mdx`. */
  file: string;
  /** The line of the file where `body` starts. */
  bodyLine: number;
  /** `mdx` for a section; `md` for a glossary entry, where braces are text and no component is allowed. */
  kind: 'mdx' | 'md';
}

/** A few characters of the text, on one line, as the message quotes them. */
const quote = (raw: string) => {
  const text = raw.split('\n')[0];
  return `“${text.length > 24 ? `${text.slice(0, 23)}…` : text}”`;
};

/**
 * What the body holds besides prose, in order, as MDX would read it; `at` is the index in
 * the body where it starts, and `text` what a message quotes of it.
 */
export type Token =
  /** A fenced code block or a code span: shown as written. */
  | { type: 'code'; at: number; text: string }
  /** `\{`, `\<`…: shows the character. */
  | { type: 'escape'; at: number; text: string }
  /** A line of an import or export block (MDX only). */
  | { type: 'esm'; at: number; text: string }
  /** The destination of a link, `[…](url)`, or of a definition, `[x]: url`. */
  | { type: 'link'; at: number; url: string }
  /** `<Name` or `</Name` of a component sections may use (MDX only). */
  | { type: 'component'; at: number; name: string; closing: boolean }
  /** An attribute's name on a component. */
  | { type: 'attribute'; at: number; tag: string; name: string }
  /** An attribute's value on a component: a quoted string, or what is inside `{…}`. */
  | { type: 'value'; at: number; tag: string; attribute: string; text: string; braces: boolean }
  /** Where a component's tag holds what is not an attribute: the next few characters. */
  | { type: 'unclosed'; at: number; tag: string; closing: boolean; text: string }
  /** Any other tag, `<b>`, `<script …>`, with its first event handler attribute if it has one. */
  | { type: 'tag'; at: number; name: string; text: string; handler?: string }
  /** A `<` that starts no tag, with what follows it. */
  | { type: 'lessThan'; at: number; text: string }
  /** `{…}` (MDX only); if it is not closed in its paragraph, the `{` and what follows it. */
  | { type: 'expression'; at: number; text: string; closed: boolean }
  /** A `}` that closes nothing (MDX only), with what precedes it on its line. */
  | { type: 'closingBrace'; at: number; text: string };

/** The tokens of a body; `md` for a glossary entry, where braces are text and no component is allowed. */
export function tokenize(body: string, kind: 'mdx' | 'md'): Token[] {
  const tokens: Token[] = [];
  const components = kind === 'mdx' ? SECTION_COMPONENTS : {};
  /** End of the paragraph that contains `index` (a blank line or the end). */
  const paragraphEnd = (index: number) => {
    const end = body.indexOf('\n\n', index);
    return end < 0 ? body.length : end;
  };

  /** Reads the rest of `<Name attr=… >` or `</Name>` from its name on; returns the index after it. */
  const componentTag = (start: number, name: string, closing: boolean): number => {
    let i = start + (closing ? 2 : 1) + name.length;
    for (;;) {
      while (i < body.length && /\s/.test(body[i])) i += 1;
      if (body[i] === '>') return i + 1;
      if (!closing && body.startsWith('/>', i)) return i + 2;
      const attribute = closing ? null : /^[A-Za-z_:][\w:.-]*/.exec(body.slice(i));
      if (!attribute) {
        tokens.push({ type: 'unclosed', at: i, tag: name, closing, text: body.slice(i, i + 12) });
        return i + 1;
      }
      tokens.push({ type: 'attribute', at: i, tag: name, name: attribute[0] });
      i += attribute[0].length;
      while (i < body.length && /[ \t]/.test(body[i])) i += 1;
      if (body[i] !== '=') continue;
      i += 1;
      while (i < body.length && /[ \t]/.test(body[i])) i += 1;
      const open = body[i];
      if (open !== '"' && open !== "'" && open !== '{') continue;
      const end = body.indexOf(open === '{' ? '}' : open, i + 1);
      const text = body.slice(i + 1, end < 0 ? body.length : end);
      tokens.push({ type: 'value', at: i, tag: name, attribute: attribute[0], text, braces: open === '{' });
      i = end < 0 ? body.length : end + 1;
    }
  };

  let i = 0;
  let atParagraphStart = true;
  while (i < body.length) {
    const lineStart = i === 0 || body[i - 1] === '\n';
    if (lineStart) {
      const line = body.slice(i, body.indexOf('\n', i) < 0 ? body.length : body.indexOf('\n', i));
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        // A fenced code block is shown as written, up to its closing fence.
        const closing = new RegExp(`\\n {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*(\\n|$)`, 'g');
        closing.lastIndex = i + line.length;
        const end = closing.exec(body);
        const after = end ? end.index + end[0].length : body.length;
        tokens.push({ type: 'code', at: i, text: body.slice(i, after) });
        i = after;
        atParagraphStart = true;
        continue;
      }
      if (kind === 'mdx' && atParagraphStart && /^(import|export)\b/.test(line)) {
        // ESM: up to the next blank line, one statement per line.
        const end = paragraphEnd(i);
        let at = i;
        for (const statement of body.slice(i, end).split('\n')) {
          if (statement.trim()) tokens.push({ type: 'esm', at, text: statement });
          at += statement.length + 1;
        }
        i = end;
        continue;
      }
      const definition = /^ {0,3}\[[^\]]+\]:[ \t]*<?([^\s>]+)/.exec(line);
      if (definition) tokens.push({ type: 'link', at: i, url: definition[1] });
      atParagraphStart = line.trim() === '';
    }
    const char = body[i];
    if (char === '\\') {
      tokens.push({ type: 'escape', at: i, text: body.slice(i, i + 2) });
      i += 2;
    } else if (char === '`') {
      // A code span is shown as written: up to the same run of backticks in the paragraph.
      const run = /^`+/.exec(body.slice(i))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const match = close.exec(body);
      const end = match && match.index < paragraphEnd(i) ? match.index + run.length : undefined;
      if (end) tokens.push({ type: 'code', at: i, text: body.slice(i, end) });
      i = end ?? i + run.length;
    } else if (char === ']' && body[i + 1] === '(') {
      const destination = /^\(\s*<?([^\s)>]*)>?/.exec(body.slice(i + 1))!;
      tokens.push({ type: 'link', at: i, url: destination[1] });
      i += 1 + destination[0].length;
    } else if (char === '<') {
      const tag = /^<(\/)?([A-Za-z][\w.:-]*)/.exec(body.slice(i));
      const name = tag?.[2];
      if (tag && name && Object.hasOwn(components, name)) {
        tokens.push({ type: 'component', at: i, name, closing: Boolean(tag[1]) });
        i = componentTag(i, name, Boolean(tag[1]));
      } else if (tag && name) {
        const end = body.indexOf('>', i);
        const text = body.slice(i, end < 0 || end > paragraphEnd(i) ? i + tag[0].length : end + 1);
        tokens.push({ type: 'tag', at: i, name, text, handler: /\s(on[a-z]+)\s*=/i.exec(text)?.[1] });
        i += tag[0].length;
      } else {
        tokens.push({ type: 'lessThan', at: i, text: body.slice(i, Math.min(i + 6, paragraphEnd(i))) });
        i += 1;
      }
    } else if (kind === 'mdx' && char === '{') {
      // `{…}` as one token: MDX would evaluate what is inside.
      let depth = 0;
      let end = i;
      const limit = paragraphEnd(i);
      for (; end < limit; end += 1) {
        if (body[end] === '\\') end += 1;
        else if (body[end] === '{') depth += 1;
        else if (body[end] === '}' && --depth === 0) break;
      }
      const closed = end < limit;
      const text = body.slice(i, closed ? end + 1 : Math.min(i + 8, limit));
      tokens.push({ type: 'expression', at: i, text, closed });
      i = closed ? end + 1 : i + 1;
    } else if (kind === 'mdx' && char === '}') {
      const from = Math.max(body.lastIndexOf('\n', i - 1) + 1, i - 6);
      tokens.push({ type: 'closingBrace', at: i, text: body.slice(from, i + 1) });
      i += 1;
    } else {
      i += 1;
    }
  }
  return tokens;
}

type TokenOf<T extends Token['type']> = Extract<Token, { type: T }>;

/** A rule: the tokens it looks at, those that break it, and the message, which ends with the fix. */
interface Rule {
  type: Token['type'];
  finds(token: Token, kind: 'mdx' | 'md'): boolean;
  message(token: Token, kind: 'mdx' | 'md'): string;
}

const rule = <T extends Token['type']>(
  type: T,
  finds: (token: TokenOf<T>, kind: 'mdx' | 'md') => boolean,
  message: (token: TokenOf<T>, kind: 'mdx' | 'md') => string,
): Rule => ({ type, finds, message });

const always = () => true;
const takes = (tag: string) => SECTION_COMPONENTS[tag].attributes;
const imports = () => Object.keys(SECTION_COMPONENTS).map(componentImport).join(' ');
const allowed = (kind: 'mdx' | 'md') => (kind === 'mdx' ? Object.keys(SECTION_COMPONENTS).map((c) => `<${c}>`) : []);

/** What MDX or Markdown would not show as written. A token breaks at most one rule: the first that finds it. */
export const RULES: readonly Rule[] = [
  rule(
    'esm',
    (t) => allowedImport(t.text) === undefined,
    (t) => `${quote(t.text.trim())}: a section imports only its components (${imports()}); remove the line`,
  ),
  rule(
    'link',
    (t) => isScriptUrl(t.url),
    (t) => `link ${quote(t.url)}: a javascript: link runs code; link to a page instead`,
  ),
  rule(
    'attribute',
    (t) => /^on/i.test(t.name),
    (t) => `attribute ${t.name} on <${t.tag}>: event handlers are not allowed in content; remove it`,
  ),
  rule(
    'attribute',
    (t) => !takes(t.tag).includes(t.name),
    (t) => `attribute ${t.name} on <${t.tag}>: <${t.tag}> takes ${takes(t.tag).join(', ')}`,
  ),
  rule(
    'value',
    (t) => !t.braces && isScriptUrl(t.text),
    (t) => `attribute ${t.attribute} on <${t.tag}>: a javascript: link runs code; remove it`,
  ),
  rule(
    'value',
    (t) => t.braces && !isLiteral(t.text),
    (t) =>
      `attribute ${t.attribute} on <${t.tag}>: ${quote(`{${t.text}}`)} is code; ` +
      `write a number or a string, like ${t.attribute}={12}`,
  ),
  rule('unclosed', always, (t) => {
    const written = t.closing ? `</${t.tag}>` : `<${t.tag} ${takes(t.tag).map((a) => `${a}={…}`).join(' ')}>`;
    return `the tag <${t.closing ? '/' : ''}${t.tag}> is not closed or holds ${quote(t.text)}: write it as ${written}`;
  }),
  rule(
    'tag',
    (t) => DANGEROUS_ELEMENTS.has(t.name.toLowerCase()),
    (t) =>
      `${quote(t.text)}: <${t.name.toLowerCase()}> is not allowed in content (it could run code or change the page); ` +
      'remove it, or write \\< to show the text',
  ),
  rule(
    'tag',
    (t) => t.handler !== undefined,
    (t) => `${quote(t.text)}: an event handler (${t.handler}=) runs code and is not allowed in content; remove it`,
  ),
  rule('tag', always, (t, kind) => {
    const only = allowed(kind).length ? ` (only ${allowed(kind).join(', ')} may be used here)` : '';
    return `${quote(t.text)} is read as a tag, not shown${only}: ${LESS_THAN_FIX}`;
  }),
  rule(
    'lessThan',
    always,
    (t, kind) => `${quote(t.text)}: a < starts a tag${kind === 'mdx' ? ' in MDX' : ''}: ${LESS_THAN_FIX}`,
  ),
  rule('expression', always, (t) => {
    const open = t.closed ? '' : ' (and this { is not closed)';
    return `${quote(t.text)}: MDX reads what is inside braces as code${open}: ${BRACE_FIX}`;
  }),
  rule('closingBrace', always, (t) => `${quote(t.text)}: a } in MDX closes code: ${BRACE_FIX}`),
];

/** The problems of one body, in the order they occur. */
export function checkText(body: string, { file, bodyLine, kind }: CheckTextOptions): ContentProblem[] {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i += 1) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= index) line += 1;
    return bodyLine + line;
  };
  const problems: ContentProblem[] = [];
  const problem = (index: number, message: string) => problems.push({ file, line: lineAt(index), message });
  const tokens = tokenize(body, kind);
  for (const token of tokens) {
    const broken = RULES.find((r) => r.type === token.type && r.finds(token, kind));
    if (broken) problem(token.at, broken.message(token, kind));
  }
  // A component is imported once for the body: the first use of one that is not is the problem.
  const imported = new Set(tokens.map((t) => t.type === 'esm' && allowedImport(t.text)));
  for (const token of tokens) {
    if (token.type !== 'component' || token.closing || imported.has(token.name)) continue;
    const write = `write ${componentImport(token.name)} after the frontmatter`;
    problem(token.at, `<${token.name}> is used but not imported: ${write}`);
    imported.add(token.name);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

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
 */
import type { ContentProblem } from '../../shared/content-error.ts';

export interface SectionComponent {
  /** The import a section writes: `import Captions from '../../src/components/Captions.astro';`. */
  from: string;
  /** The attributes it takes; each a number or a string (`count={12}`, `title="…"`). */
  attributes: string[];
}

/** The components a section may use, with their attributes; nothing else is JSX in content. */
export const SECTION_COMPONENTS: Readonly<Record<string, SectionComponent>> = {
  // place="text": captions standing inside the text, where their pictures stood.
  Captions: { from: '../../src/components/Captions.astro', attributes: ['count', 'place'] },
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
 * `import Captions from '../../src/components/Captions.astro';`.
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
  /** Relative to the project: `content/sections/04-challenges.mdx`. */
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

/** The problems of one body, in the order they occur. */
export function checkText(body: string, { file, bodyLine, kind }: CheckTextOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < body.length; i += 1) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= index) line += 1;
    return bodyLine + line;
  };
  const problem = (index: number, message: string) => problems.push({ file, line: lineAt(index), message });
  const components = kind === 'mdx' ? SECTION_COMPONENTS : {};
  const imported = new Set<string>();
  const used = new Map<string, number>();
  /** End of the paragraph that contains `index` (a blank line or the end). */
  const paragraphEnd = (index: number) => {
    const end = body.indexOf('\n\n', index);
    return end < 0 ? body.length : end;
  };

  /** Reads `<Name attr=… >` or `</Name>` of an allowed component at `start`; returns the index after it. */
  const componentTag = (start: number, name: string, closing: boolean): number => {
    let i = start + (closing ? 2 : 1) + name.length;
    const attributes = components[name].attributes;
    for (;;) {
      while (i < body.length && /\s/.test(body[i])) i += 1;
      if (body[i] === '>') return i + 1;
      if (!closing && body.startsWith('/>', i)) return i + 2;
      const attribute = closing ? null : /^[A-Za-z_:][\w:.-]*/.exec(body.slice(i));
      if (!attribute) {
        problem(i, `the tag <${closing ? '/' : ''}${name}> is not closed or holds ${quote(body.slice(i, i + 12))}: write it as ${closing ? `</${name}>` : `<${name} ${attributes.map((a) => `${a}={…}`).join(' ')}>`}`);
        return i + 1;
      }
      const attributeName = attribute[0];
      const at = i;
      i += attributeName.length;
      if (/^on/i.test(attributeName)) problem(at, `attribute ${attributeName} on <${name}>: event handlers are not allowed in content; remove it`);
      else if (!attributes.includes(attributeName)) problem(at, `attribute ${attributeName} on <${name}>: <${name}> takes ${attributes.join(', ')}`);
      while (i < body.length && /[ \t]/.test(body[i])) i += 1;
      if (body[i] !== '=') continue;
      i += 1;
      while (i < body.length && /[ \t]/.test(body[i])) i += 1;
      const open = body[i];
      let value = '';
      if (open === '"' || open === "'") {
        const end = body.indexOf(open, i + 1);
        value = body.slice(i + 1, end < 0 ? body.length : end);
        i = end < 0 ? body.length : end + 1;
        if (isScriptUrl(value)) problem(at, `attribute ${attributeName} on <${name}>: a javascript: link runs code; remove it`);
      } else if (open === '{') {
        const end = body.indexOf('}', i);
        value = body.slice(i + 1, end < 0 ? body.length : end);
        i = end < 0 ? body.length : end + 1;
        if (!isLiteral(value)) problem(at, `attribute ${attributeName} on <${name}>: ${quote(`{${value}}`)} is code; write a number or a string, like ${attributeName}={12}`);
      }
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
        i = end ? end.index + end[0].length : body.length;
        atParagraphStart = true;
        continue;
      }
      if (kind === 'mdx' && atParagraphStart && /^(import|export)\b/.test(line)) {
        // ESM: up to the next blank line, one statement per line.
        const end = paragraphEnd(i);
        let at = i;
        for (const statement of body.slice(i, end).split('\n')) {
          const name = statement.trim() ? allowedImport(statement) : '';
          if (name) imported.add(name);
          else if (name === undefined) problem(at, `${quote(statement.trim())}: a section imports only its components (${Object.keys(SECTION_COMPONENTS).map(componentImport).join(' ')}); remove the line`);
          at += statement.length + 1;
        }
        i = end;
        continue;
      }
      const definition = /^ {0,3}\[[^\]]+\]:[ \t]*<?([^\s>]+)/.exec(line);
      if (definition && isScriptUrl(definition[1])) problem(i, `link ${quote(definition[1])}: a javascript: link runs code; link to a page instead`);
      atParagraphStart = line.trim() === '';
    }
    const char = body[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '`') {
      // A code span is shown as written: up to the same run of backticks in the paragraph.
      const run = /^`+/.exec(body.slice(i))![0];
      const end = paragraphEnd(i);
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const match = close.exec(body);
      i = match && match.index < end ? match.index + run.length : i + run.length;
    } else if (char === ']' && body[i + 1] === '(') {
      const destination = /^\(\s*<?([^\s)>]*)>?/.exec(body.slice(i + 1))!;
      if (isScriptUrl(destination[1])) problem(i, `link ${quote(destination[1])}: a javascript: link runs code; link to a page instead`);
      i += 1 + destination[0].length;
    } else if (char === '<') {
      const tag = /^<(\/)?([A-Za-z][\w.:-]*)/.exec(body.slice(i));
      const name = tag?.[2];
      if (tag && name && Object.hasOwn(components, name)) {
        if (!tag[1] && !used.has(name)) used.set(name, i);
        i = componentTag(i, name, Boolean(tag[1]));
        continue;
      }
      if (tag && name) {
        const end = body.indexOf('>', i);
        const text = body.slice(i, end < 0 || end > paragraphEnd(i) ? i + tag[0].length : end + 1);
        const handler = /\s(on[a-z]+)\s*=/i.exec(text);
        const allowed = Object.keys(components).map((c) => `<${c}>`).join(', ');
        if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) problem(i, `${quote(text)}: <${name.toLowerCase()}> is not allowed in content (it could run code or change the page); remove it, or write \\< to show the text`);
        else if (handler) problem(i, `${quote(text)}: an event handler (${handler[1]}=) runs code and is not allowed in content; remove it`);
        else problem(i, `${quote(text)} is read as a tag, not shown${allowed ? ` (only ${allowed} may be used here)` : ''}: ${LESS_THAN_FIX}`);
        i += tag[0].length;
      } else {
        problem(i, `${quote(body.slice(i, Math.min(i + 6, paragraphEnd(i))))}: a < starts a tag${kind === 'mdx' ? ' in MDX' : ''}: ${LESS_THAN_FIX}`);
        i += 1;
      }
    } else if (kind === 'mdx' && char === '{') {
      // `{…}` as one problem: MDX would evaluate what is inside.
      let depth = 0;
      let end = i;
      const limit = paragraphEnd(i);
      for (; end < limit; end += 1) {
        if (body[end] === '\\') end += 1;
        else if (body[end] === '{') depth += 1;
        else if (body[end] === '}' && --depth === 0) break;
      }
      const closed = end < limit;
      problem(i, `${quote(closed ? body.slice(i, end + 1) : body.slice(i, Math.min(i + 8, limit)))}: MDX reads what is inside braces as code${closed ? '' : ' (and this { is not closed)'}: ${BRACE_FIX}`);
      i = closed ? end + 1 : i + 1;
    } else if (kind === 'mdx' && char === '}') {
      problem(i, `${quote(body.slice(Math.max(lineStarts[lineAt(i) - bodyLine], i - 6), i + 1))}: a } in MDX closes code: ${BRACE_FIX}`);
      i += 1;
    } else {
      i += 1;
    }
  }
  for (const [name, at] of used) {
    if (!imported.has(name)) problem(at, `<${name}> is used but not imported: write ${componentImport(name)} after the frontmatter`);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

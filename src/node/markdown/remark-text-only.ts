/**
 * remark plugin, first in the pipeline: text is text. Content holds prose and the few
 * components sections may use (src/node/content/check-text.ts); anything else that MDX or
 * Markdown would run or render as markup stops the build at its file and line, with what
 * to write instead:
 *
 * - an MDX expression (`{2021}`, `{六稳}`) outside a component's attributes;
 * - an import or export other than a component's import;
 * - a JSX element that is not one of the components, and raw HTML in Markdown (`<script>`,
 *   `<iframe>`, `<b>`);
 * - a component attribute that is not its own, an event handler (`onclick`), code as an
 *   attribute value (`count={x}`);
 * - a `javascript:` link.
 *
 * The model of the report finds the same in the text before MDX parses it; this plugin sees
 * what MDX made of it (and what the dev server renders after the model was read).
 */
import type { Node, Root } from 'mdast';
import type { VFile } from 'vfile';
import { relative } from 'node:path';
import { visitParents } from 'unist-util-visit-parents';
import { formatProblem } from '../../shared/content-error.ts';
import {
  BRACE_FIX,
  DANGEROUS_ELEMENTS,
  LESS_THAN_FIX,
  allowedImport,
  componentImport,
  isLiteral,
  isScriptUrl,
  type SectionComponent,
} from '../content/check-text.ts';

export interface Options {
  /** The components sections may use, by name. */
  components: Readonly<Record<string, SectionComponent>>;
}

/** The parts of MDX's nodes (mdast-util-mdx) this plugin reads. */
interface MdxNode extends Node {
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | null | { value: string } }[];
}

export default function remarkTextOnly({ components }: Options) {
  return (tree: Root, file: VFile) => {
    // The first line of the build's error: `<report>/sections/04-challenges.mdx:12: …`.
    const fail = (node: MdxNode, message: string): never =>
      file.fail(
        formatProblem({
          file: file.path ? relative(process.cwd(), file.path) : 'the text',
          line: node.position?.start.line,
          message,
        }),
        node,
      );

    visitParents(tree as Node, (node: MdxNode) => {
      switch (node.type) {
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          return fail(node, `“{${node.value}}”: MDX reads what is inside braces as code: ${BRACE_FIX}`);
        case 'mdxjsEsm': {
          for (const statement of (node.value ?? '').split('\n')) {
            if (statement.trim() && !allowedImport(statement))
              fail(
                node,
                `“${statement.trim()}”: a section imports only its components (${Object.keys(components).map(componentImport).join(' ')}); remove the line`,
              );
          }
          return;
        }
        case 'html': {
          const tag = /^<\/?([A-Za-z][\w-]*)/.exec(node.value ?? '');
          if (tag && DANGEROUS_ELEMENTS.has(tag[1].toLowerCase()))
            return fail(
              node,
              `<${tag[1].toLowerCase()}> is not allowed in content (it could run code or change the page); remove it`,
            );
          return fail(node, `“${node.value}” is HTML, not text: ${LESS_THAN_FIX}`);
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return checkElement(node, components, fail);
        case 'link':
        case 'image':
        case 'definition':
          if (isScriptUrl(node.url ?? ''))
            return fail(node, `link “${node.url}”: a javascript: link runs code; link to a page instead`);
          return;
        default:
          return;
      }
    });
  };
}

function checkElement(
  node: MdxNode,
  components: Options['components'],
  fail: (node: MdxNode, message: string) => never,
): void {
  const name = node.name ?? '';
  if (!Object.hasOwn(components, name)) {
    if (DANGEROUS_ELEMENTS.has(name.toLowerCase()))
      fail(node, `<${name.toLowerCase()}> is not allowed in content (it could run code or change the page); remove it`);
    const allowed = Object.keys(components)
      .map((c) => `<${c}>`)
      .join(', ');
    fail(node, `<${name}> is read as a tag, not shown (only ${allowed} may be used in a section): ${LESS_THAN_FIX}`);
  }
  const { attributes } = components[name];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
      fail(node, `<${name}> takes only ${attributes.join(', ')}, each written name={…} or name="…"`);
    const attributeName = attribute.name!;
    if (/^on/i.test(attributeName))
      fail(node, `attribute ${attributeName} on <${name}>: event handlers are not allowed in content; remove it`);
    if (!attributes.includes(attributeName))
      fail(node, `attribute ${attributeName} on <${name}>: <${name}> takes ${attributes.join(', ')}`);
    const value = attribute.value;
    if (typeof value === 'string' && isScriptUrl(value))
      fail(node, `attribute ${attributeName} on <${name}>: a javascript: link runs code; remove it`);
    if (value && typeof value === 'object' && !isLiteral(value.value))
      fail(
        node,
        `attribute ${attributeName} on <${name}>: “{${value.value}}” is code; write a number or a string, like ${attributeName}={12}`,
      );
  }
}

/**
 * One way to report a problem in the report's content, wherever it is found (the model
 * loader, the collections, the Markdown plugins, the pages): the file relative to the
 * project, the line or the field, what is wrong and what to write instead.
 *
 *   <report>/glossary/liuwen.md:3: field "order": expected a whole number ≥ 1, found "六"
 */
export interface ContentProblem {
  /** The file, relative to the project: `<report>/sections/04-challenges.mdx`. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The entry of a file that holds many: `indicator "gdp-2020"`. */
  entry?: string;
  /** The field, as a path: `order`, `source.quote`. */
  field?: string;
  /** What is wrong, in plain words, and what to write instead. */
  message: string;
}

export function formatProblem({ file, line, entry, field, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''}: ${entry ? `${entry}: ` : ''}${field ? `field "${field}": ` : ''}${message}`;
}

/** Stops the build; the message is the problems, one per line, the first one first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem | ContentProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = list;
  }
}

/** The part of a zod error this module reads (zod is not imported: shared code stays package-free). */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/**
 * zod's issues as content problems. `locate` turns an issue's path into a line and a
 * field name a reader recognises (an entry's id instead of its index).
 */
export function schemaProblems(
  file: string,
  issues: readonly SchemaIssue[],
  locate: (path: PropertyKey[]) => { line?: number; entry?: string; field?: string } = () => ({}),
): ContentProblem[] {
  return issues.flatMap((issue) => {
    // An unknown key is reported once per key, at that key, so that a typo (`tilte:`) is named.
    const paths =
      issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const where = locate(path);
      const message =
        issue.code === 'unrecognized_keys' ? 'unknown field: remove it, or check its spelling' : issue.message;
      return {
        file,
        line: where.line,
        entry: where.entry,
        field: where.field ?? (path.map(String).join('.') || undefined),
        message,
      };
    });
  });
}

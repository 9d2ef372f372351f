/**
 * Reads a report's `published.yaml` (every address the site has published) and
 * `redirects.yaml` (addresses that moved), each checked by its schema in
 * src/schemas/addresses.ts, every problem at its line. A file that does not exist is an
 * empty list: the first build writes the published list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { schemaProblems, type ContentProblem } from '../../shared/content-error.ts';
import { publishedSchema, redirectsSchema, type PublishedData, type Redirect } from '../../schemas/addresses.ts';
import { cleanText } from './frontmatter.ts';
import { REPORT_FILES, reportFile } from './report-files.ts';

interface YamlFile {
  raw: unknown;
  lineOf: (path: PropertyKey[]) => number | undefined;
  problems: ContentProblem[];
}

function readYaml(root: string, file: string): YamlFile | undefined {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(cleanText(readFileSync(path, 'utf8')), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const problems = doc.errors.map((error) => ({ file, line: lines.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message.split('\n')[0]}` }));
  return { raw: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

export interface LoadedAddresses {
  published: PublishedData;
  redirects: Redirect[];
  /** The line of a redirect's field in redirects.yaml. */
  redirectLine: (index: number, field: 'from' | 'to') => number | undefined;
  problems: ContentProblem[];
}

/** The addresses of the report in `dir` (its folder, src/node/content/report-files.ts) of the project at `root`. */
export function loadAddresses(root: string, dir: string): LoadedAddresses {
  const problems: ContentProblem[] = [];
  const PUBLISHED_FILE = reportFile(dir, REPORT_FILES.published);
  const REDIRECTS_FILE = reportFile(dir, REPORT_FILES.redirects);
  let published: PublishedData = { pages: [], sections: [], glossary: [], paragraphs: {} };
  const publishedFile = readYaml(root, PUBLISHED_FILE);
  if (publishedFile) {
    problems.push(...publishedFile.problems);
    if (!publishedFile.problems.length) {
      const result = publishedSchema.safeParse(publishedFile.raw ?? {});
      if (result.success) published = result.data;
      else problems.push(...schemaProblems(PUBLISHED_FILE, result.error.issues, (path) => ({ line: publishedFile.lineOf(path) })));
    }
  }

  let redirects: Redirect[] = [];
  const redirectsFile = readYaml(root, REDIRECTS_FILE);
  if (redirectsFile) {
    problems.push(...redirectsFile.problems);
    if (!redirectsFile.problems.length) {
      const result = redirectsSchema.safeParse(redirectsFile.raw ?? []);
      if (result.success) redirects = result.data;
      else {
        problems.push(
          ...schemaProblems(REDIRECTS_FILE, result.error.issues, (path) => {
            const [index, ...rest] = path;
            return {
              line: redirectsFile.lineOf(path),
              entry: typeof index === 'number' ? `redirect ${index + 1}` : undefined,
              field: (typeof index === 'number' ? rest : path).map(String).join('.') || undefined,
            };
          }),
        );
      }
    }
  }
  return { published, redirects, redirectLine: (index, field) => redirectsFile?.lineOf([index, field]), problems };
}

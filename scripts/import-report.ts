/**
 * `npm run import`: imports a report into `content/` (src/importer/).
 *
 *   npm run import -- report.txt   import another report (text in UTF-8, UTF-16 or GB18030):
 *                                  the file becomes content/manuscript/report.txt, in UTF-8
 *   npm run import                 re-import content/manuscript/report.txt
 *   npm run import -- --check      exit 1 if the files differ from what the importer would write
 *
 * A report with another title starts afresh: content/outline.yaml is removed, a draft
 * content/indicators.yaml with every figure of the text is written, and content/published.*,
 * content/redirects.* and content/search-aliases.* (where they exist) are reset to their
 * empty form. Re-importing the same report keeps them all.
 *
 * Nothing is written when the text cannot be read, or when what would be written does not
 * read back as the site will read it: the message names the file and line.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyImport,
  ImportError,
  importReport,
  pendingChanges,
  readReportFile,
  trialImport,
} from '../src/importer/index.ts';
import { MANUSCRIPT_FILE } from '../src/importer/parse-manuscript.ts';
import { ContentError } from '../src/shared/content-error.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = join(root, 'content');
const args = process.argv.slice(2);
const check = args.includes('--check');
const input = args.find((arg) => !arg.startsWith('--'));

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const inputPath = input ? resolve(process.cwd(), input) : join(root, MANUSCRIPT_FILE);
const sourceName = input ? relative(process.cwd(), inputPath) || input : MANUSCRIPT_FILE;
try {
  // In UTF-8, UTF-16 or GB18030: written back to content/manuscript/report.txt in UTF-8.
  const source = await readReportFile(inputPath, sourceName);
  const result = await importReport({ source, sourceName, contentDir });
  let changes;
  if (check) changes = await pendingChanges(result, contentDir);
  else {
    await trialImport(result, contentDir);
    changes = await applyImport(result, contentDir);
  }
  const verb = { write: check ? 'differs' : 'wrote', remove: check ? 'stale' : 'removed' };
  for (const { path, kind } of changes) console.log(`${verb[kind]}: content/${path}`);
  const { manuscript, writes, summary } = result;
  console.log(
    `${manuscript.title}: ${writes.length} files, ${changes.length} ${check ? 'differ' : 'written'}; ${summary}`,
  );
  if (check && changes.length > 0) process.exit(1);
} catch (error) {
  if (error instanceof ImportError || error instanceof ContentError) stop(`${error.message}\nNothing was written.`);
  throw error;
}

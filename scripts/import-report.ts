/**
 * Imports `content/manuscript/report.txt` into the site's content files:
 * `content/report.json`, `content/parts.json`, `content/sections/*.mdx` and
 * `content/glossary/*.md`. Deterministic: running it twice writes the same bytes.
 *
 *   npm run import            write the files (overwrites hand edits in them)
 *   npm run import -- --check exit 1 if the files differ from what the importer would write
 *
 * A manuscript of another report (another headline) also writes a new
 * `content/published.yaml` and an empty `content/redirects.yaml`.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManuscript } from './lib/parse-manuscript.ts';
import { contentFiles } from './lib/write-content.ts';
import { loadReport } from '../src/node/content/load-report.ts';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
const check = process.argv.includes('--check');

const manuscript = parseManuscript(await readFile(join(contentDir, 'manuscript/report.txt'), 'utf8'));
// Another report than the one imported before starts a new list of published addresses
// and has no redirects; the same report keeps both (content/published.yaml, redirects.yaml).
const importedHeadline = await readFile(join(contentDir, 'report.json'), 'utf8')
  .then((text) => (JSON.parse(text) as { headline?: string }[])[0]?.headline)
  .catch(() => undefined);
const files = contentFiles(manuscript, { newReport: importedHeadline !== manuscript.headline });

let differences = 0;
for (const file of files) {
  const target = join(contentDir, file.path);
  const current = await readFile(target, 'utf8').catch(() => null);
  if (current === file.text) continue;
  differences += 1;
  if (check) {
    console.log(`differs: content/${file.path}`);
  } else {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
    console.log(`wrote content/${file.path}`);
  }
}

// Files the importer would no longer write (a section renamed in the outline) are stale.
// Only sections/ and glossary/ are the importer's alone: published.yaml and redirects.yaml
// belong to the report and are kept.
for (const dir of ['sections', 'glossary']) {
  const owned = new Set(files.map((f) => f.path));
  for (const name of await readdir(join(contentDir, dir)).catch(() => [])) {
    if (owned.has(`${dir}/${name}`)) continue;
    differences += 1;
    if (check) console.log(`stale: content/${dir}/${name}`);
    else {
      await rm(join(contentDir, dir, name));
      console.log(`removed content/${dir}/${name}`);
    }
  }
}

console.log(`${files.length} files, ${differences} ${check ? 'differ' : 'written'}; ${manuscript.sections.length} sections, ${manuscript.glossary.length} glossary entries, ${manuscript.captions.length} captions`);
if (check && differences > 0) process.exit(1);
// What was written must read back as the site will read it: the model of the report checks
// every file and the rules across them.
if (!check) loadReport(fileURLToPath(new URL('..', import.meta.url)));

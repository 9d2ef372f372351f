/**
 * Writes a Pagefind index of the built pages under `dir` (those `glob` names) into
 * `outputPath`. Pagefind's Node API reports problems as `errors` arrays, not exceptions:
 * any error is thrown. Only elements marked `data-pagefind-body` (the report text and the
 * glossary entries) are indexed, never the navigation. Resolves with the pages indexed.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made UIs: the site has its own search UI and highlighter. */
const UNUSED = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']
  .flatMap((name) => [`${name}.js`, `${name}.css`])
  .concat('pagefind-highlight.js');

export async function writePagefindIndex({
  dir,
  outputPath,
  glob,
}: {
  dir: string;
  outputPath: string;
  glob?: string;
}): Promise<number> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error('pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: dir, ...(glob ? { glob } : {}) });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('pagefind indexed no page: is data-pagefind-body missing?');
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

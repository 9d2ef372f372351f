/**
 * Turns a copy of the project into a report without a glossary, as another report is
 * imported: no content/reports/qilihequ/2021/glossary/, no addresses published yet, and the hand-written
 * glossary links of the sections reduced to their words (their entries no longer exist).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FixtureProject } from '../../scripts/lib/fixture-project.ts';

export async function removeGlossary(project: FixtureProject): Promise<void> {
  await rm(join(project.dir, 'content/reports/qilihequ/2021/glossary'), { recursive: true });
  await project.write('content/reports/qilihequ/2021/published.yaml', 'pages: []\nsections: []\nglossary: []\n');
  for (const name of await readdir(join(project.dir, 'content/reports/qilihequ/2021/sections'))) {
    await project.edit(`content/reports/qilihequ/2021/sections/${name}`, (text) =>
      text.replace(/\[([^\]]*)\]\(glossary:[^)]*\)/g, '$1'),
    );
  }
}

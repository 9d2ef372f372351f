/**
 * The whole site made from another report's text, as an editor would make it: a throw-away
 * copy of the project, the importer run on the text, then the build. The fixture-site tests
 * check what comes out; the screenshot script photographs it.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureProject } from './fixture-project.ts';

export interface ReportSite {
  /** The copy of the project (its content/ as the importer wrote it). */
  dir: string;
  /** The built site, `<dir>/dist`. */
  dist: string;
  /** Whether both the import and the build succeeded. */
  built: boolean;
  /** Everything the importer and the build printed. */
  output: string;
  remove(): Promise<void>;
}

/**
 * Imports `reportFile` (an absolute path) into a copy of the project and builds it there;
 * `content` is the folder the copy starts from (default: the project's content/).
 */
export async function buildReportSite(reportFile: string, content?: string): Promise<ReportSite> {
  const project = await fixtureProject({ content });
  // A site of its own: no memory of the reports the project's library published.
  await rm(join(project.dir, 'content/library.yaml'), { force: true });
  // The report alone: a site of its own, as its editor would publish it.
  const imported = await project.node('scripts/import-report.ts', '--only', reportFile);
  let output = imported.output;
  let built = false;
  if (imported.code === 0) {
    const build = await project.node('scripts/build.ts');
    output += build.output;
    built = build.code === 0;
  }
  return { dir: project.dir, dist: join(project.dir, 'dist'), built, output, remove: project.remove };
}

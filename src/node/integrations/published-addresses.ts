import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportModel } from '../content/load-report.ts';
import { currentAddresses, formatPublished, mergePublished } from '../content/addresses.ts';
import { REPORT_FILES, reportFile } from '../content/report-files.ts';

/**
 * After a build that succeeded, adds the addresses it published for the first time to
 * the report's `published.yaml` (src/node/content/addresses.ts), and each section's paragraph
 * anchors as this build matched them (src/node/content/paragraph-anchors.ts); never removes
 * an address or an anchor. The file is rewritten only when it changes, so a build of
 * unchanged content leaves it as it was.
 */
export default function publishedAddresses(
  model: Pick<ReportModel, 'dir' | 'sections' | 'glossary' | 'published'>,
): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'report-published-addresses',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ logger }) => {
        const name = reportFile(model.dir, REPORT_FILES.published);
        const file = join(root, name);
        const text = formatPublished(mergePublished(model.published, currentAddresses(model)));
        const before = await readFile(file, 'utf8').catch(() => null);
        if (before === text) return;
        await writeFile(file, text);
        logger.info(`${name}: new addresses or paragraph anchors recorded; commit it with the content`);
      },
    },
  };
}

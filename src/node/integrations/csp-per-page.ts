import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE = /<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64');

/**
 * A page's Content-Security-Policy with only the hashes of the inline scripts and styles
 * that page carries. Astro lists in every page the hashes of every inline script and
 * style of the whole build, its island loaders included (the site has no islands): each
 * page would allow scripts it does not have. Other sources ('self'…) are kept as they are.
 */
export function policyForPage(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const present = new Set([...html.matchAll(INLINE)].map((match) => sha256(match[2])));
  const policy = meta[2].replace(/ 'sha256-([A-Za-z0-9+/]+=*)'/g, (source, hash: string) =>
    present.has(hash) ? source : '',
  );
  return html.replace(META, `$1${policy}$3`);
}

/** After the build, every page's policy allows only its own inline scripts and styles. */
export default function cspPerPage(): AstroIntegration {
  return {
    name: 'report-csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let removed = 0;
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          const trimmed = policyForPage(html);
          if (trimmed === html) continue;
          removed += html.length - trimmed.length;
          await writeFile(join(root, file), trimmed);
        }
        logger.info(`${files.length} pages: ${removed} bytes of hashes for scripts and styles not on the page removed`);
      },
    },
  };
}

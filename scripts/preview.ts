/**
 * `npm run preview` (and `npm start`, after the build): serves the built site, dist/, as a
 * static host would, at http://127.0.0.1:4321/ (PORT to change it, BASE_PATH as it was
 * built with). The same for a site of one report and for a library of several, whose pages
 * come from more than one Astro build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/static-server.ts';
import { normalizeBase } from '../src/shared/urls.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no site: run npm run build first.');
  process.exit(1);
}
const server = await serveStatic(dist, normalizeBase(process.env.BASE_PATH), [], Number(process.env.PORT ?? 4321));
console.log(`Serving dist/ at ${server.url} (Ctrl+C to stop).`);

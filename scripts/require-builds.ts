/**
 * `node scripts/require-builds.ts dist dist-report`: exits 1 with one line when a build the
 * tests read is missing (used by `npm run test:site` and `npm run test:e2e`).
 */
import { BUILDS, missingBuilds, type BuildDir } from './lib/builds.ts';

const dirs = process.argv.slice(2).filter((arg): arg is BuildDir => arg in BUILDS);
const message = missingBuilds(dirs);
if (message) {
  console.error(message);
  process.exit(1);
}

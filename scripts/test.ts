/**
 * `npm test`: every check, in stages (`node scripts/test.ts <stage>` runs one):
 * 1. `format`: the formatting;
 * 2. `build`: the type check, beside the site's build and the builds the suites read
 *    (test:build), since Astro's start leaves the machine idle much of the time;
 * 3. `node`: the suites that read files (unit, then site), each in one process, beside the
 *    suites that run the importer and Astro on copies of the project (content, then
 *    reports), two files at a time;
 * 4. `e2e`: the browser suite. (The node and browser suites side by side took longer on two
 *    cores than one after the other: both keep the processors busy.)
 * Steps running together print each its output whole when it ends, so that their lines do
 * not interleave. The first failing stage ends the run with its status.
 */
import { spawn } from 'node:child_process';

const STAGES: Record<string, string[][]> = {
  format: [['format:check']],
  build: [['check'], ['build', 'test:build']],
  node: [
    ['test:unit', 'test:site'],
    ['test:content', 'test:reports'],
  ],
  e2e: [['test:e2e']],
};

/**
 * Runs npm scripts one after another; resolves with the first failing status, or 0. A step
 * alone in its stage prints as it goes; steps side by side print each whole when it ends.
 */
function runSteps(scripts: string[], alone: boolean): Promise<number> {
  return scripts.reduce<Promise<number>>(
    (previous, script) =>
      previous.then((code) => {
        if (code !== 0) return code;
        return new Promise<number>((resolve) => {
          const started = Date.now();
          const child = spawn('npm', ['run', '--silent', script], {
            stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
          });
          const output: Buffer[] = [];
          child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
          child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
          child.on('close', (status) => {
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            process.stdout.write(`\n> npm run ${script} (${seconds} s)\n${Buffer.concat(output).toString()}`);
            resolve(status ?? 1);
          });
        });
      }),
    Promise.resolve(0),
  );
}

const only = process.argv[2];
if (only !== undefined && !(only in STAGES)) {
  console.error(`No stage "${only}": write one of ${Object.keys(STAGES).join(', ')}, or nothing for all.`);
  process.exit(1);
}
for (const [name, stage] of Object.entries(STAGES)) {
  if (only !== undefined && name !== only) continue;
  const codes = await Promise.all(stage.map((steps) => runSteps(steps, stage.length === 1)));
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) process.exit(failed);
}

/**
 * Runs `task` with everything this process prints taken as its output instead: for builds
 * run in process one after another (scripts/lib/build-reports.ts, the suites' builds), whose
 * output is shown or kept per build.
 */
export async function printed(task: () => Promise<void>): Promise<{ output: string; error?: unknown }> {
  const chunks: string[] = [];
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const take = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  };
  process.stdout.write = take as typeof process.stdout.write;
  process.stderr.write = take as typeof process.stderr.write;
  try {
    await task();
    return { output: chunks.join('') };
  } catch (error) {
    return { output: chunks.join(''), error };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
  }
}

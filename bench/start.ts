/**
 * How long `npm start -- --no-serve` takes and how much memory it needs, on the demo book and
 * on the CDNOW order log (when present). Each run is a fresh process, as a user would start it;
 * the figures are the process's own (wall, CPU, peak RSS) plus the wall time seen from here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const CDNOW = resolve(repoRoot, '../shared/datasets/cdnow/CDNOW_master.txt');

function startOnce(label: string, args: string[]): void {
  const out = mkdtempSync(join(tmpdir(), 'cp-bench-start-'));
  const started = performance.now();
  const result = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    [join(repoRoot, 'src/local/cli/main.ts'), '--no-serve', '--out', out, ...args],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label}: exit ${result.status}\n${result.stderr}`);
  const own = /Steps 1-4: (.*)/.exec(result.stdout)?.[1] ?? '(no figures printed)';
  console.log(
    `${label.padEnd(28)} process ${wall.toFixed(1)} s incl. tsx start-up; steps 1-4: ${own}`,
  );
}

export async function run(): Promise<void> {
  startOnce('demo book (1,000 customers)', []);
  startOnce('demo book (10,000 customers)', ['--customers', '10000']);
  if (existsSync(CDNOW)) startOnce('CDNOW orders (23,570)', ['--orders', CDNOW]);
  else console.log(`CDNOW data set absent at ${CDNOW}: its run is skipped.`);
}

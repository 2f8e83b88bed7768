/**
 * How long `npm start -- --no-serve` takes and how much memory it needs, on the demo book and
 * on the CDNOW order log (when present). Each run is a fresh process, as a user would start it;
 * the figures are the process's own (wall, CPU, peak RSS) plus the wall time seen from here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AddonSession } from '../src/local/cli/addon-session';
import { readBundleManifest } from '../src/local/cli/bundle-manifest';
import { openBook } from '../src/local/cli/open-book';
import { parseStartOptions } from '../src/local/cli/options';
import { bookFormatting } from '../src/local/cli/runtime-formatting';
import { readPeriodRevenue } from '../src/local/periods';
import { writeXlsx } from '../src/local/workbook-io';

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

/**
 * The save that follows every write from the served sidebar (the whole book to a temporary
 * .xlsx, renamed over the output): what a logged interaction waits for before "saved".
 */
async function saveAfterWrite(label: string, args: string[]): Promise<void> {
  const options = parseStartOptions(['--no-serve', ...args], {});
  const opened = await openBook(options);
  const bundlePath = join(repoRoot, 'dist/Code.js');
  const session = AddonSession.open({
    book: opened.book,
    bundlePath,
    manifest: readBundleManifest(bundlePath),
    owner: options.user,
    note: () => undefined,
    say: () => undefined,
  });
  const periods = readPeriodRevenue(opened.book);
  for (const period of periods?.periods.slice(-2) ?? []) session.runPeriod(period, periods);
  const file = join(mkdtempSync(join(tmpdir(), 'cp-bench-save-')), 'book.xlsx');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await writeXlsx(
      session.workbookData(),
      file,
      bookFormatting(session.runtime.workbook, opened.formatting),
    );
    times.push(performance.now() - started);
  }
  console.log(
    `${label.padEnd(28)} save after a sidebar write: ${times.map((t) => t.toFixed(0)).join(' / ')} ms`,
  );
}

export async function run(): Promise<void> {
  await saveAfterWrite('demo book (1,000 customers)', []);
  await saveAfterWrite('demo book (10,000 customers)', ['--customers', '10000']);
  startOnce('demo book (1,000 customers)', []);
  startOnce('demo book (10,000 customers)', ['--customers', '10000']);
  if (existsSync(CDNOW)) startOnce('CDNOW orders (23,570)', ['--orders', CDNOW]);
  else console.log(`CDNOW data set absent at ${CDNOW}: its run is skipped.`);
}

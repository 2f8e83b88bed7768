/**
 * The local runtime's own costs: dist/Code.js size, the time to load it into a fresh vm
 * context, the time of one in-process execution (fresh context + service proxies + bundle),
 * and the host cost of a bulk read/write through the service proxies.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { LocalAppsScript } from '../src/local/runtime';
import { compiled, defaultBundlePath } from '../src/local/runtime/host/bundle-loader';

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(n: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export async function run(): Promise<void> {
  const { script } = compiled(defaultBundlePath, 'Code.js');
  const size = statSync(defaultBundlePath).size;
  const load = time(20, () => script.runInContext(vm.createContext({})));
  const rt = new LocalAppsScript();
  const execution = time(20, () => rt.run('onOpen', [], { event: {} }));
  const rows = 20_000;
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => (c === 0 ? `Customer ${r}` : r * c)),
  );
  const dir = mkdtempSync(join(tmpdir(), 'bench-runtime-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `function readAll() { return SpreadsheetApp.getActive().getSheetByName('Data').getDataRange().getValues().length; }
     function writeAll() { const s = SpreadsheetApp.getActive().getSheetByName('Data'); const v = s.getDataRange().getValues(); s.getRange(1, 1, v.length, v[0].length).setValues(v); }`,
  );
  const big = new LocalAppsScript({
    bundlePath: join(dir, 'Code.js'),
    workbook: { sheets: [{ name: 'Data', values }] },
  });
  const read = big.run('readAll');
  const readMs = time(5, () => big.run('readAll'));
  const write = big.run('writeAll');
  const writeMs = time(5, () => big.run('writeAll'));
  console.log(`runtime: dist/Code.js ${(size / 1024).toFixed(1)} KB`);
  console.log(`runtime: load Code.js into a fresh vm context, median of 20: ${load.toFixed(2)} ms`);
  console.log(
    `runtime: one in-process execution of onOpen (context + proxies + bundle), median of 20: ${execution.toFixed(2)} ms`,
  );
  console.log(
    `runtime: getValues of ${rows} x 10 through the proxies: ${readMs.toFixed(1)} ms here, estimated in Apps Script ${read.estimatedMs.toFixed(0)} ms`,
  );
  console.log(
    `runtime: read + setValues of ${rows} x 10: ${writeMs.toFixed(1)} ms here, estimated in Apps Script ${write.estimatedMs.toFixed(0)} ms`,
  );
}

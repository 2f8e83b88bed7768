/**
 * Speed of the pyramid's custom functions, measured through the built bundle (dist/Code.js)
 * on 1,000,000 values passed the way Sheets passes them: a 2-D column in, a 2-D column out.
 *
 * - CUSTOMER_TIER against the floor: copy the column into a Float64Array, sort it, build a
 *   2-D answer of the same shape (issue 3: within 1.5×).
 * - PARETO_SHARE against copying and sorting alone (within 1.5×).
 * - 100,000 rows through the local runtime (milliseconds and service calls).
 * - The size of dist/Code.js.
 * Each figure is the median of several interleaved runs in one process.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { LocalAppsScript } from '../src/local/runtime';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundlePath = path.join(root, 'dist/Code.js');
const ROUNDS = 9;
const N = 1_000_000;

// Runs inside the bundle's context so that the floor and the functions see the same arrays.
const HELPERS = `
  function makeColumn(n, seed) {
    // Deterministic, skewed like revenue: a few large customers, many small ones.
    var column = new Array(n), x = seed;
    for (var i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      var u = (x + 1) / 2147483649;
      column[i] = [Math.round(1000 * Math.exp(6 * u * u)) / 100];
    }
    return column;
  }
  function copySort(column) {
    var n = column.length, values = new Float64Array(n);
    for (var i = 0; i < n; i++) values[i] = column[i][0];
    values.sort();
    return values;
  }
  function floorTier(column) {
    var sorted = copySort(column), n = column.length, out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = ['D'];
    return [sorted, out];
  }
  function timed(fn, arg) {
    var start = __now();
    var result = fn(arg);
    return [__now() - start, result];
  }
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function loadBundle(): vm.Context {
  const context = vm.createContext({ __now: () => performance.now() });
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'Code.js' });
  vm.runInContext(HELPERS, context);
  return context;
}

function timeIn(context: vm.Context, fn: string): number {
  return vm.runInContext(`timed(${fn}, __column)[0]`, context) as number;
}

function runtimeRows(rows: number): string {
  const column = Array.from({ length: rows }, (_, i) => [((i * 7919) % rows) + 1]);
  const app = new LocalAppsScript({ bundlePath });
  const wall: number[] = [];
  const cpu: number[] = [];
  let calls = 0;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    const result = app.run('CUSTOMER_TIER', [column], { authMode: 'CUSTOM_FUNCTION' });
    wall.push(performance.now() - start);
    if (!result.ok)
      throw new Error(`CUSTOMER_TIER failed in the runtime: ${result.error?.message}`);
    cpu.push(result.cpuMs);
    calls = result.callCount;
  }
  return `${median(cpu).toFixed(0)} ms in the bundle (${median(wall).toFixed(0)} ms with the runtime's copying in and out), median of 5; ${calls} service calls`;
}

export async function run(): Promise<void> {
  const context = loadBundle();
  vm.runInContext(`var __column = makeColumn(${N}, 42);`, context);
  const t = {
    floor: [] as number[],
    tier: [] as number[],
    sort: [] as number[],
    share: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    t.floor.push(timeIn(context, 'floorTier'));
    t.tier.push(timeIn(context, 'CUSTOMER_TIER'));
    t.sort.push(timeIn(context, 'copySort'));
    t.share.push(timeIn(context, 'PARETO_SHARE'));
  }
  const [floor, tier, sort, share] = [t.floor, t.tier, t.sort, t.share].map(median) as [
    number,
    number,
    number,
    number,
  ];
  console.log(`1,000,000 values, 2-D column in, median of ${ROUNDS} interleaved runs:`);
  console.log(`  floor (copy + Float64Array sort + 2-D answer)  ${floor.toFixed(0)} ms`);
  console.log(
    `  CUSTOMER_TIER                                 ${tier.toFixed(0)} ms  ratio ${(tier / floor).toFixed(2)}× (limit 1.5×)`,
  );
  console.log(`  copy + sort                                   ${sort.toFixed(0)} ms`);
  console.log(
    `  PARETO_SHARE                                  ${share.toFixed(0)} ms  ratio ${(share / sort).toFixed(2)}× (limit 1.5×)`,
  );
  console.log(`100,000 rows through the local runtime: ${runtimeRows(100_000)}`);
  console.log(`dist/Code.js: ${(statSync(bundlePath).size / 1024).toFixed(1)} KB`);
}

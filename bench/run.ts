/**
 * Runs every registered benchmark in turn (`npm run bench` builds first). To add one, write
 * bench/<name>.ts exporting `async function run(): Promise<void>` and add a line below.
 */
export {};

const BENCHES: readonly [string, () => Promise<{ run: () => Promise<void> }>][] = [
  ['latency', () => import('./latency')],
  ['pyramid', () => import('./pyramid')],
  ['runtime', () => import('./runtime')],
  ['start', () => import('./start')],
  ['sidebar-search', () => import('./sidebar-search')],
  ['digest', () => import('./digest')],
  ['scale', () => import('./scale')],
  ['orders', () => import('./orders')],
];

for (const [name, load] of BENCHES) {
  console.log(`\n=== bench: ${name} ===`);
  const started = performance.now();
  await (await load()).run();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

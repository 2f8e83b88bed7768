/**
 * The model test's soak: many random sequences of operations by several users on one shared
 * book, with faults, kills and interleavings, checked after every step (test/model). Prints
 * the counts of operations, faults, interleavings and violations, and the first violations.
 *
 *   npm run soak                  10,000 sequences
 *   npm run soak -- 500 7         500 sequences from seed 7
 *   SOAK_WITHOUT=requestId npm run soak -- 200   over a bundle without that guard
 */
import fc from 'fast-check';
import { sequenceArb } from '../test/model/ops';
import { emptyStats, runSequence } from '../test/model/world';
import { bundleWithoutModelGuard, MODEL_GUARDS } from '../test/model/guards';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const maxLength = Number(process.env.SOAK_LENGTH ?? 12);

// SOAK_WITHOUT=<guard> runs the soak over a bundle with that guard removed (test/model/guards.ts).
const without = process.env.SOAK_WITHOUT as keyof typeof MODEL_GUARDS | undefined;
const options = without ? { bundlePath: bundleWithoutModelGuard(without) } : {};

const stats = emptyStats();
const found: string[] = [];
const started = performance.now();
const samples = fc.sample(sequenceArb(maxLength), { numRuns: count, seed });
for (let i = 0; i < samples.length; i++) {
  const ops = samples[i]!;
  const failure = await runSequence(ops, stats, options);
  if (failure) {
    const line = `sequence ${i} (seed ${seed}), after step ${failure.step} ${JSON.stringify(failure.op)}: ${failure.violations.join(' | ')}`;
    if (found.length < 20) found.push(line);
    console.log(`VIOLATION ${line}`);
  }
  if ((i + 1) % 100 === 0) {
    const s = (performance.now() - started) / 1000;
    console.log(
      `${i + 1} sequences, ${((i + 1) / s).toFixed(1)}/s, ${stats.violations} violations`,
    );
  }
}
const seconds = (performance.now() - started) / 1000;
const ops = Object.values(stats.ops).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify(
    {
      sequences: stats.sequences,
      operations: ops,
      byOperation: stats.ops,
      executions: stats.executions,
      faults: stats.faults,
      interleavings: stats.interleavings,
      violations: stats.violations,
      sequencesWithViolations: found.length,
      seconds: Math.round(seconds),
      sequencesPerSecond: +(stats.sequences / seconds).toFixed(2),
    },
    null,
    2,
  ),
);

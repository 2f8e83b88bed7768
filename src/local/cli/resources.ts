/** Wall time and peak memory of the run, printed at the end of `npm start`. */
import { resourceUsage } from 'node:process';

/** Starts a clock; the returned function describes the time and memory used so far. */
export function resourceMeter(): () => string {
  const started = process.hrtime.bigint();
  let peakHeap = 0;
  const sample = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 100);
  timer.unref();
  return () => {
    sample();
    clearInterval(timer);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = resourceUsage();
    const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    return (
      `${seconds.toFixed(1)} s wall, ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s CPU, ` +
      `peak memory ${mb(usage.maxRSS * 1024)} RSS (heap peak ≈ ${mb(peakHeap)})`
    );
  };
}

/** The latency model's estimate beside each published Apps Script measurement it is calibrated on. */
import {
  appsScriptLatency,
  estimateCase,
  PUBLISHED_CASES,
} from '../src/local/runtime/host/latency';

export async function run(): Promise<void> {
  for (const c of PUBLISHED_CASES) {
    const estimate = estimateCase(appsScriptLatency, c);
    console.log(
      `latency: ${c.name}: model ${estimate.toFixed(0)} ms, published ${c.publishedMs} ms (${c.source})`,
    );
  }
}

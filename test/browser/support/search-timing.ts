/**
 * Measures the sidebar's search in the browser: for each keystroke, the time from keydown to
 * the result list updated and laid out ("handled"), and to the next animation frame ("frame").
 * Shared by the search-speed test and `bench/sidebar-search.ts`.
 */
import type { Page } from 'playwright-core';
import type { CustomerSummary } from '../../../src/core/api/sidebar';

const WORDS = [
  'Golden',
  'River',
  'Bright',
  'Eastern',
  'Pacific',
  'Harbor',
  'Summit',
  'Lotus',
  'Cedar',
  'Union',
];
const TRADES = [
  'Trading',
  'Foods',
  'Textiles',
  'Machinery',
  'Logistics',
  'Pharma',
  'Electronics',
  'Retail',
];
const CITIES = ['上海', '北京', '广州', '深圳', '杭州', '成都'];
const ZH = ['华联', '新世纪', '恒通', '东方', '远大', '金源'];

/** `count` customers with varied English and Chinese names, the same every run. */
export function syntheticCustomers(count: number): CustomerSummary[] {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const name =
      i % 5 === 0
        ? `${CITIES[next(CITIES.length)]}${ZH[next(ZH.length)]}有限公司`
        : `${WORDS[next(WORDS.length)]} ${WORDS[next(WORDS.length)]} ${TRADES[next(TRADES.length)]} ${i}`;
    const tier = i < count * 0.01 ? 'A' : i < count * 0.05 ? 'B' : i < count * 0.2 ? 'C' : 'D';
    return { id: `C${String(i + 1).padStart(6, '0')}`, name, tier };
  });
}

export interface KeystrokeTiming {
  readonly handledMs: number;
  readonly frameMs: number;
}

/** Types `text` into the search box key by key (then clears it the same way) and times each key. */
export async function timeSearchTyping(page: Page, text: string): Promise<KeystrokeTiming[]> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __timings: { handledMs: number; frameMs: number }[];
      __t0: number;
    };
    w.__timings = [];
    const input = document.getElementById('search') as HTMLInputElement;
    const results = document.getElementById('results') as HTMLElement;
    input.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    // Registered after the sidebar's own listener, so it runs once the list is rebuilt.
    input.addEventListener('input', () => {
      const t0 = w.__t0;
      results.getBoundingClientRect();
      const handledMs = performance.now() - t0;
      requestAnimationFrame(() => w.__timings.push({ handledMs, frameMs: performance.now() - t0 }));
    });
  });
  await page.focus('#search');
  await page.keyboard.type(text, { delay: 40 });
  for (let i = 0; i < text.length; i++) await page.keyboard.press('Backspace', { delay: 40 });
  await page.waitForFunction(
    (n) => (window as unknown as { __timings: unknown[] }).__timings.length >= n,
    text.length * 2,
  );
  return page.evaluate(() => (window as unknown as { __timings: KeystrokeTiming[] }).__timings);
}

/** The median and the worst of a list of numbers. */
export function medianAndMax(values: readonly number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

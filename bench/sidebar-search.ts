/**
 * The sidebar's search speed in Chromium: keystroke → result list laid out, over 10,000 and
 * 50,000 customers, on the built dist/Sidebar.html served by the local sidebar server.
 */
import { launchChromium, missingBrowserReason } from '../test/browser/support/browser';
import { fakeSidebarRuntime } from '../test/browser/support/fake-sidebar-runtime';
import {
  medianAndMax,
  syntheticCustomers,
  timeSearchTyping,
} from '../test/browser/support/search-timing';
import { openSidebar } from '../test/browser/support/sidebar-page';

export async function run(): Promise<void> {
  if (missingBrowserReason() !== null) return;
  const browser = await launchChromium();
  try {
    for (const count of [10_000, 50_000]) {
      const sidebar = await openSidebar(
        browser,
        fakeSidebarRuntime(syntheticCustomers(count)),
        'bench@example.com',
      );
      const started = performance.now();
      await sidebar.page.waitForSelector('#search');
      const loadMs = performance.now() - started;
      const timings = await timeSearchTyping(sidebar.page, 'golden river 12');
      const handled = medianAndMax(timings.map((t) => t.handledMs));
      const frame = medianAndMax(timings.map((t) => t.frameMs));
      console.log(
        `${count.toLocaleString('en-US')} customers: page ready ${loadMs.toFixed(0)} ms; ` +
          `keystroke→list laid out median ${handled.median.toFixed(1)} ms, max ${handled.max.toFixed(1)} ms; ` +
          `→next frame median ${frame.median.toFixed(1)} ms, max ${frame.max.toFixed(1)} ms ` +
          `(${timings.length} keystrokes)`,
      );
      await sidebar.close();
    }
  } finally {
    await browser.close();
  }
}

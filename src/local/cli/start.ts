/**
 * `npm start`: the add-on running on this machine. Opens a book, drives the built add-on
 * (dist/Code.js) through its own menu items in the local Apps Script runtime, prints the
 * pyramid, writes the report emails and the resulting workbook to out/, then serves the sidebar.
 * Steps whose add-on feature is not in the bundle yet are skipped with a printed note.
 */
import { mkdirSync } from 'node:fs';
import { countOf } from '../../core/i18n';
import { join, resolve } from 'node:path';
import { readBundleManifest } from './bundle-manifest';
import { writeMailFiles } from './mail-files';
import { openBook } from './open-book';
import type { StartOptions } from './options';
import { resourceMeter } from './resources';
import { AddonSession } from './addon-session';
import { paretoSummary, pyramidTable, tierChanges } from './terminal-report';
import { writeXlsx } from '../workbook-io';
import { readPeriodRevenue } from '../periods';
import { serveSidebar } from './serve-and-save';
import { bookFormatting } from './runtime-formatting';

/** What a run produced, for the caller and the end-to-end test. */
export interface StartResult {
  readonly xlsx: string;
  readonly mailFiles: string[];
  readonly notes: string[];
}

const log = (line = ''): void => console.log(line);

export async function start(options: StartOptions, repoRoot: string): Promise<StartResult> {
  const meter = resourceMeter();
  const notes: string[] = [];
  const note = (text: string): void => {
    if (notes.includes(text)) return; // one note per missing step, not one per period
    notes.push(text);
    log(`  note: ${text}`);
  };
  const out = resolve(options.out);

  log('1. Opening the book');
  const opened = await openBook(options);
  log(`   ${opened.description}`);

  const bundle = join(repoRoot, 'dist/Code.js');
  const manifest = readBundleManifest(bundle);
  const session = AddonSession.open({
    book: opened.book,
    bundlePath: bundle,
    manifest,
    owner: options.user,
    note,
    say: (text) => log(`   ${text}`),
  });

  // Books we built ourselves carry revenue per period: replay the last two periods so tiers
  // change and the report has something to say. A user's own book is run as it is.
  const periods = options.workbook ? undefined : readPeriodRevenue(opened.book);
  const steps = periods && periods.periods.length >= 2 ? periods.periods.slice(-2) : [undefined];

  log('2. Set up sheets and Recalculate tiers (through dist/Code.js in the local runtime)');
  const snapshots = [];
  for (const period of steps) {
    const snapshot = session.runPeriod(period, periods);
    snapshots.push(snapshot);
    if (snapshot) log(`   ${period ?? 'current book'}: ${snapshot.summary}`);
  }
  const last = snapshots.at(-1);
  if (last) {
    log();
    log(`   The pyramid${steps.at(-1) ? ` in ${steps.at(-1)}` : ''}:`);
    log(pyramidTable(last.customers));
    log(paretoSummary(last.customers.map((c) => c.value)));
    const first = snapshots[0];
    if (first && first !== last) {
      const changes = tierChanges(first.tiers, last.tiers);
      log();
      log(
        `   Tier changes ${steps[0]} → ${steps.at(-1)} (${countOf(changes.changed, { en: ['customer', 'customers'], zh: '位客户' }, 'en')} moved):`,
      );
      log(changes.text);
    }
  }

  log();
  // Nothing reaches out/ until every step before has gone through.
  mkdirSync(out, { recursive: true });
  log('3. The scheduled report for each period → out/mail/');
  const mailFiles = await writeMailFiles(session.outbox(), join(out, 'mail'), options.user);
  log(
    mailFiles.length > 0
      ? `   ${countOf(mailFiles.length, { en: ['file', 'files'], zh: '个文件' }, 'en')} in ${join(out, 'mail')}`
      : '   no email was sent',
  );

  log('4. The resulting workbook');
  const xlsx = join(out, `${opened.baseName}.xlsx`);
  const save = (): Promise<void> =>
    writeXlsx(
      session.workbookData(),
      xlsx,
      bookFormatting(session.runtime.workbook, opened.formatting),
    );
  await save();
  log(`   ${xlsx}`);

  log();
  log(`Steps 1-4: ${meter()}`);
  if (options.serve) {
    log('5. The sidebar');
    await serveSidebar({
      session,
      user: options.user,
      port: options.port,
      note,
      xlsx,
      save,
    });
  } else {
    log('5. Sidebar not served (--no-serve or CI=true).');
  }
  return { xlsx, mailFiles, notes };
}

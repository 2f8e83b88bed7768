/**
 * The sidebar's card and save, its first page and Recalculate at 1k / 10k / 50k / 200k
 * interactions (customers: half as many, at most 100,000; one customer with 10,000 contacts at
 * 200k): spreadsheet calls, cells read and the latency model's estimate, through the built
 * bundle; the save also inside the document lock. `SCALE_BUNDLE=path/Code.js` measures another
 * build the same way (e.g. an earlier one, for a before/after table).
 */
import type { CellValue, Execution } from '../src/local/runtime';
import { EDITOR, form, newRuntime, preload, setUp } from '../test/addon/database/support';

function fill(rt: ReturnType<typeof newRuntime>, n: number, customers: number, contacts: number) {
  preload(rt, n, customers);
  const [cHeader] = rt.workbook.values('Contacts');
  const people: CellValue[][] = Array.from({ length: contacts }, (_, i) => {
    const row: CellValue[] = new Array<CellValue>(cHeader!.length).fill('');
    row[0] = 'C0007';
    row[1] = `Person ${i}`;
    return row;
  });
  rt.workbook.setValues('Contacts', [cHeader!, ...people]);
}

/** The calls from taking the document lock to letting it go. */
function locked(e: Execution): Execution['calls'] {
  const from = e.calls.findIndex((c) => c.method === 'Lock.tryLock');
  const to = e.calls.findIndex((c) => c.method === 'Lock.releaseLock');
  return from < 0 || to < from ? [] : e.calls.slice(from, to + 1);
}

interface Measure {
  readonly calls: number;
  readonly cells: number;
  readonly ms: number;
}

const measure = (calls: Execution['calls']): Measure => ({
  calls: calls.filter((c) => c.service === 'spreadsheet').length,
  cells: calls.reduce((sum, c) => sum + c.cellsRead, 0),
  ms: calls.reduce((sum, c) => sum + c.estimatedMs, 0),
});
const whole = (e: Execution): Measure => ({ ...measure(e.calls), ms: e.estimatedMs });
const cell = (m: Measure): string =>
  `${m.calls}, ${m.cells.toLocaleString('en-US')}, ${(m.ms / 1000).toFixed(2)} s`;

export async function run(): Promise<void> {
  const bundle = process.env.SCALE_BUNDLE;
  if (bundle) console.log(`bundle: ${bundle}`);
  console.log(
    'each cell: spreadsheet calls, cells read, estimated Apps Script time\n' +
      'interactions | card | save | save inside the lock | first page | recalculate | card answer',
  );
  let last: Record<string, Measure> = {};
  let answer = 0;
  for (const n of [1_000, 10_000, 50_000, 200_000]) {
    const customers = Math.min(100_000, n / 2);
    const rt = newRuntime({ customers, ...(bundle ? { bundlePath: bundle } : {}) });
    setUp(rt);
    fill(rt, n, customers, n >= 200_000 ? 10_000 : 100);
    const recalc = rt.run('recalculateTiers', [], { user: EDITOR });
    const init = rt.runFromBrowser('sidebarInit', [], { user: EDITOR });
    rt.runFromBrowser('sidebarLogInteraction', [form()], { user: EDITOR });
    const card = rt.runFromBrowser('sidebarCard', [{ customerId: 'C0007' }], { user: EDITOR });
    const save = rt.runFromBrowser('sidebarLogInteraction', [form({ customerId: 'C0007' })], {
      user: EDITOR,
    });
    for (const e of [recalc, init, card, save])
      if (!e.ok || (e.value as { ok?: boolean } | undefined)?.ok === false)
        console.log(`failed: ${e.error?.message ?? JSON.stringify(e.value).slice(0, 200)}`);
    last = {
      card: whole(card),
      save: whole(save),
      lock: measure(locked(save)),
      init: whole(init),
      recalc: whole(recalc),
    };
    answer = JSON.stringify(card.value).length;
    console.log(
      `${n.toLocaleString('en-US')} | ${cell(last.card!)} | ${cell(last.save!)} | ${cell(last.lock!)} | ${cell(last.init!)} | ${cell(last.recalc!)} | ${(answer / 1024).toFixed(1)} KB`,
    );
  }
  const s = (m: Measure | undefined): string => `${((m?.ms ?? 0) / 1000).toFixed(2)} s`;
  console.log(
    '\ntargets at 200,000 interactions, 100,000 customers, 10,000 contacts on one (model estimate)\n' +
      `open a card: ≤ 2 s, ≤ 64 KB | ${s(last.card)}, ${(answer / 1024).toFixed(1)} KB\n` +
      `save: ≤ 2 s in all, ≤ 1 s inside the lock | ${s(last.save)}, ${s(last.lock)} inside\n` +
      `first page: ≤ 3 s | ${s(last.init)}\n` +
      `Recalculate: ≤ 60 s | ${s(last.recalc)}`,
  );
}

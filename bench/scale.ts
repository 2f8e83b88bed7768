/**
 * The sidebar's card and save, Recalculate, at 1k / 10k / 50k / 200k interactions (customers:
 * half as many, at most 100,000; one customer with 10,000 contacts at 200k): spreadsheet calls
 * and the latency model's estimate, through the built bundle.
 */
import type { CellValue } from '../src/local/runtime';
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

export async function run(): Promise<void> {
  console.log('interactions | card calls, est. | save calls, est. | recalc calls, est.');
  for (const n of [1_000, 10_000, 50_000, 200_000]) {
    const customers = Math.min(100_000, n / 2);
    const rt = newRuntime({ customers });
    setUp(rt);
    fill(rt, n, customers, n >= 200_000 ? 10_000 : 100);
    const recalc = rt.run('recalculateTiers', [], { user: EDITOR });
    rt.runFromBrowser('sidebarLogInteraction', [form()], { user: EDITOR });
    const card = rt.runFromBrowser('sidebarCard', [{ customerId: 'C0007' }], { user: EDITOR });
    const save = rt.runFromBrowser('sidebarLogInteraction', [form({ customerId: 'C0007' })], {
      user: EDITOR,
    });
    const cell = (e: { count(s: string): number; estimatedMs: number }): string =>
      `${e.count('spreadsheet')}, ${(e.estimatedMs / 1000).toFixed(1)} s`;
    console.log(
      `${n.toLocaleString('en-US')} | ${cell(card)} | ${cell(save)} | ${cell(recalc)} (card answer ${(JSON.stringify(card.value).length / 1024).toFixed(0)} KB)`,
    );
  }
}

import { describe, expect, it } from 'vitest';
import { EDITOR, form, interactionRows, newRuntime, setUp, type ApiAnswer } from './support';

describe('smoke', () => {
  it('sets up, inits, logs and shows a card', () => {
    const rt = newRuntime();
    setUp(rt);
    console.log(rt.ui.alerts);
    const init = rt.runFromBrowser<ApiAnswer>('sidebarInit', [], { user: EDITOR });
    console.log(init.error, JSON.stringify(init.value).slice(0, 300), init.count('spreadsheet'));
    const log = rt.runFromBrowser<ApiAnswer>('sidebarLogInteraction', [form()], { user: EDITOR });
    console.log(log.error, JSON.stringify(log.value).slice(0, 1500), log.count('spreadsheet'), log.calls.map((c) => c.method).join(' '));
    const card = rt.runFromBrowser<ApiAnswer>('sidebarCard', [{ customerId: 'C0001' }], { user: EDITOR });
    console.log(card.error, card.count('spreadsheet'), card.calls.map((c) => c.method).join(' '));
    console.log(interactionRows(rt));
    const rc = rt.run('recalculateTiers', [], { user: EDITOR });
    console.log(rc.error, rc.count('spreadsheet'), rc.calls.map((c) => c.method).join(' '), rt.ui.toasts);
    console.log(rt.workbook.values('Customers').slice(0, 3));
    expect(log.ok).toBe(true);
  });
});

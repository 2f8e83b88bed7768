/**
 * A UI-only test double for the three sidebar server functions, answering like
 * `runFromBrowser`. Used only to exercise the client where the real bundle is not the point
 * (search speed over 10,000 customers); the scenario tests use the real bundle and runtime.
 */
import type { BrowserCallable } from '../../../src/local/page-server';
import type { ApiResult } from '../../../src/core/api/endpoint';
import type {
  CustomerCard,
  CustomerSummary,
  InteractionForm,
  LogResult,
  SidebarInit,
} from '../../../src/core/api/sidebar';

export function fakeSidebarRuntime(customers: readonly CustomerSummary[]): BrowserCallable & {
  readonly logged: InteractionForm[];
} {
  const logged: InteractionForm[] = [];
  function card(id: string): CustomerCard | null {
    const c = customers.find((x) => x.id === id);
    if (!c) return null;
    return {
      id: c.id,
      name: c.name,
      tier: c.tier,
      quadrant: '',
      band: '',
      revenue: null,
      revenueShare: null,
      owners: [],
      singleOwnerWarning: false,
      contacts: [],
      moreContacts: 0,
      upcomingDates: [],
      recentInteractions: logged
        .filter((f) => f.customerId === id)
        .reverse()
        .slice(0, 5)
        .map((f) => ({
          date: f.date,
          kind: f.kind,
          purpose: f.purpose,
          summary: f.summary,
          withWhom: f.withWhom ?? '',
          loggedBy: 'fake@example.com',
          satisfaction: '',
        })),
      nextFollowUp: null,
    };
  }
  function answer(fn: string, args: readonly unknown[]): ApiResult<unknown> {
    if (fn === 'sidebarInit') {
      const init: SidebarInit = {
        locale: 'en',
        userEmail: 'fake@example.com',
        today: '2026-11-23',
        timeZone: 'UTC',
        customers,
      };
      return { ok: true, value: init };
    }
    if (fn === 'sidebarCard') {
      const found = card((args[0] as { customerId: string }).customerId);
      return found
        ? { ok: true, value: found }
        : { ok: false, code: 'not-found', message: 'No such customer' };
    }
    if (fn === 'sidebarLogInteraction') {
      const form = args[0] as InteractionForm;
      logged.push(form);
      const value: LogResult = {
        created: true,
        loggedAt: new Date().toISOString(),
        funnel: '',
        satisfaction: '',
        card: card(form.customerId) as CustomerCard,
      };
      return { ok: true, value };
    }
    throw new Error(`Script function not found: ${fn}`);
  }
  return {
    logged,
    runFromBrowser(fn, args) {
      try {
        return { ok: true, value: answer(fn, args) };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
  };
}

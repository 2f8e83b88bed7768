/**
 * The customer card from the three tables' values (see core/sidebar/card.ts for the rules).
 */
import { fillTemplate, localize } from '../../core/i18n';
import { buildCustomerCard, totalRevenueOf } from '../../core/crm/customer-card';
import type { CustomerCard } from '../../core/api/sidebar';
import { classifyCustomers, type Classification } from '../../core/store/classify';
import type { CustomerRecord, InteractionRecord } from '../../core/store/records';
import { SETTINGS } from '../../core/store/schema';
import type { DbContext } from './context';
import { todayIn } from './context';
import {
  contactsOf,
  findCustomer,
  interactionsOf,
  parseCustomers,
  parseSettings,
} from './parse-tables';
import { ApiFailure } from '../server/api-failure';
import { DB_MESSAGES } from './messages';
import { tableA1 } from './read-tables';

/** The customer `id`, or a `not-found` failure naming the customer field. */
export function requireCustomer(
  ctx: DbContext,
  customers: readonly CustomerRecord[],
  id: string,
): CustomerRecord {
  const customer = findCustomer(customers, id);
  if (customer) return customer;
  const message = fillTemplate(localize(DB_MESSAGES.unknownCustomer, ctx.locale), { id });
  throw new ApiFailure('not-found', message, { customerId: message });
}

/**
 * The tier, quadrant and band Recalculate tiers last wrote; for a customer it has not seen
 * yet, computed now from all customers and the Settings sheet (two more calls, that case only).
 */
function classificationOf(
  ctx: DbContext,
  customers: readonly CustomerRecord[],
  customer: CustomerRecord,
): Classification {
  if (customer.tier !== '')
    return { tier: customer.tier, quadrant: customer.quadrant, band: customer.band };
  const values = ctx.ss.getRange(tableA1(SETTINGS.sheet, SETTINGS.columns.length)).getValues();
  const { settings } = parseSettings(values, ctx.locale);
  try {
    return classifyCustomers(customers, settings)[customers.indexOf(customer)]!;
  } catch {
    // Inconsistent settings: the card still shows, without a tier, until they are fixed.
    return { tier: '', quadrant: '', band: '' };
  }
}

/** Builds the card of `id` from values already read; `added` is a row just written. */
export function cardFromValues(
  ctx: DbContext,
  values: { customers: unknown[][]; contacts: unknown[][]; interactions: unknown[][] },
  id: string,
  added?: InteractionRecord,
): CustomerCard {
  const { customers } = parseCustomers(values.customers, ctx);
  const customer = requireCustomer(ctx, customers, id);
  const interactions = interactionsOf(values.interactions, id, ctx).records;
  if (added) interactions.push(added);
  return buildCustomerCard({
    customer,
    ...classificationOf(ctx, customers, customer),
    totalRevenue: totalRevenueOf(customers),
    contacts: contactsOf(values.contacts, id, ctx),
    interactions,
    today: todayIn(ctx.timeZone),
  });
}

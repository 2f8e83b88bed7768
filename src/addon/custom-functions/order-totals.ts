import { InputError, isOmitted } from '../../core/range-input';
import { cellAt, cellColumn, customerKey, orderTotals, totalsWindow } from '../../core/orders';
import { defineCustomFunction } from './define';
import { sheetOffsets } from './zone';

/**
 * =ORDER_TOTALS(customer_ids, order_customer_ids, order_amounts, [order_dates], [from], [to])
 * → each customer's total over the order lines, aligned with customer_ids, in one pass over the
 * orders (a SUMIFS per customer reads every order once per customer). `from` and `to` are days
 * in the spreadsheet's time zone, both included. A single customer cell gives a single number.
 */
export function orderTotalsFunction(
  customerIds: unknown,
  orderCustomerIds: unknown,
  orderAmounts: unknown,
  orderDates?: unknown,
  from?: unknown,
  to?: unknown,
): number | string | (number | string)[][] {
  const list = cellColumn(customerIds, 'customer_ids');
  const keys = Array.from({ length: list.length }, (_, i) => {
    const key = customerKey(cellAt(list, i));
    if (key === null)
      throw new InputError(`customer_ids ${list.position} ${i + 1} is not a customer id`);
    return key;
  });
  const dated = !isOmitted(orderDates);
  const window = isOmitted(from) && isOmitted(to) ? null : totalsWindow(from, to, sheetOffsets());
  const totals = orderTotals(
    keys,
    {
      customers: cellColumn(orderCustomerIds, 'order_customer_ids'),
      amounts: cellColumn(orderAmounts, 'order_amounts'),
      dates: dated ? cellColumn(orderDates, 'order_dates') : null,
    },
    window,
  );
  const cell = (i: number): number | string => (totals[i]! === totals[i]! ? totals[i]! : '');
  if (!Array.isArray(customerIds)) return cell(0);
  if (list.position === 'column') return [keys.map((_, i) => cell(i))];
  return keys.map((_, i) => [cell(i)]);
}

export const ORDER_TOTALS = defineCustomFunction(
  'ORDER_TOTALS',
  {
    description:
      "Each customer's total over order lines in one pass (where a SUMIFS per customer is slow). Blank amounts are skipped, refunds count, customers not in customer_ids are left out. from and to are days in the sheet time zone, both included.",
    params: [
      { name: 'customer_ids', type: 'string[][]', description: 'The customers, e.g. A2:A.' },
      {
        name: 'order_customer_ids',
        type: 'string[][]',
        description: "Each order line's customer, e.g. Orders!B2:B.",
      },
      { name: 'order_amounts', type: 'number[][]', description: "Each line's amount, same size." },
      {
        name: 'order_dates',
        type: 'Date[][]',
        optional: true,
        description: "Each line's date, same size; needed with from or to.",
      },
      {
        name: 'from',
        type: 'Date',
        optional: true,
        description: 'First day counted. Default: no limit.',
      },
      {
        name: 'to',
        type: 'Date',
        optional: true,
        description: 'Last day counted, e.g. TODAY()-1. Default: no limit.',
      },
    ],
    returns: 'A column of totals aligned with customer_ids.',
  },
  orderTotalsFunction,
);

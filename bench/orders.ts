/**
 * ORDER_TOTALS through the built bundle (dist/Code.js) on 1,000,000 order lines of 100,000
 * customers, passed the way Sheets passes them (2-D columns), against the floor: one pass over
 * the lines that sums each amount into a Map by customer id (limit 2×). Measured without dates
 * and with a date window (the floor then also compares each line's getTime()). Each figure is
 * the median of several interleaved runs in one process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundlePath = path.join(root, 'dist/Code.js');
const ROUNDS = 7;
const LINES = 1_000_000;
const CUSTOMERS = 100_000;

// Runs inside the bundle's context so that the floor and the function see the same arrays.
const HELPERS = `
  function makeBook(lines, customers, seed) {
    var x = seed, ids = new Array(customers), orderIds = new Array(lines);
    var amounts = new Array(lines), dates = new Array(lines);
    var start = Date.UTC(2024, 0, 1) - 8 * 3600000;
    for (var c = 0; c < customers; c++) ids[c] = ['C' + (100000 + c)];
    for (var i = 0; i < lines; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      var u = (x + 1) / 2147483649;
      // Skewed: a few customers place many of the orders.
      orderIds[i] = ['C' + (100000 + Math.floor(customers * u * u))];
      amounts[i] = [Math.round(100000 * u) / 100];
      dates[i] = [new Date(start + Math.floor(u * 1000) * 86400000)];
    }
    return { ids: ids, orderIds: orderIds, amounts: amounts, dates: dates };
  }
  function floorSum(book) {
    var sums = new Map(), ids = book.orderIds, amounts = book.amounts;
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i][0];
      sums.set(id, (sums.get(id) || 0) + amounts[i][0]);
    }
    return sums;
  }
  function floorSumDated(book) {
    var sums = new Map(), ids = book.orderIds, amounts = book.amounts, dates = book.dates;
    var from = __from.getTime(), to = __to.getTime() + 86400000;
    for (var i = 0; i < ids.length; i++) {
      var t = dates[i][0].getTime();
      if (t < from || t >= to) continue;
      var id = ids[i][0];
      sums.set(id, (sums.get(id) || 0) + amounts[i][0]);
    }
    return sums;
  }
  var __from = new Date(Date.UTC(2024, 6, 1) - 8 * 3600000);
  var __to = new Date(Date.UTC(2025, 5, 30) - 8 * 3600000);
  // The zone a custom function reads (Shanghai: UTC+8 all year).
  var SpreadsheetApp = { getActiveSpreadsheet: function () {
    return { getSpreadsheetTimeZone: function () { return 'Asia/Shanghai'; } };
  } };
  var Utilities = { formatDate: function (d, zone, pattern) {
    if (pattern === 'Z') return '+0800';
    return new Date(d.getTime() + 8 * 3600000).toISOString().slice(0, 10);
  } };
  function timed(fn) {
    var start = __now();
    fn();
    return __now() - start;
  }
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

export async function run(): Promise<void> {
  const context = vm.createContext({ __now: () => performance.now() });
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'Code.js' });
  vm.runInContext(HELPERS, context);
  vm.runInContext(`var __book = makeBook(${LINES}, ${CUSTOMERS}, 7);`, context);
  const check = vm.runInContext(
    `(function () {
       var floor = floorSum(__book), out = ORDER_TOTALS(__book.ids, __book.orderIds, __book.amounts);
       var worst = 0;
       for (var c = 0; c < out.length; c++)
         worst = Math.max(worst, Math.abs(out[c][0] - (floor.get(__book.ids[c][0]) || 0)));
       return worst;
     })()`,
    context,
  ) as number;
  if (check > 1e-6) throw new Error(`ORDER_TOTALS disagrees with the floor by ${check}`);
  const t = {
    floor: [] as number[],
    totals: [] as number[],
    floorDated: [] as number[],
    dated: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    t.floor.push(vm.runInContext('timed(function () { floorSum(__book); })', context) as number);
    t.totals.push(
      vm.runInContext(
        'timed(function () { ORDER_TOTALS(__book.ids, __book.orderIds, __book.amounts); })',
        context,
      ) as number,
    );
    t.floorDated.push(
      vm.runInContext('timed(function () { floorSumDated(__book); })', context) as number,
    );
    t.dated.push(
      vm.runInContext(
        'timed(function () { ORDER_TOTALS(__book.ids, __book.orderIds, __book.amounts, __book.dates, __from, __to); })',
        context,
      ) as number,
    );
  }
  const [floor, totals, floorDated, dated] = [t.floor, t.totals, t.floorDated, t.dated].map(
    median,
  ) as [number, number, number, number];
  console.log(
    `${LINES.toLocaleString('en')} order lines, ${CUSTOMERS.toLocaleString('en')} customers, 2-D columns, median of ${ROUNDS} interleaved runs:`,
  );
  console.log(`  floor (one pass summing into a Map)        ${floor.toFixed(0)} ms`);
  console.log(
    `  ORDER_TOTALS                               ${totals.toFixed(0)} ms  ratio ${(totals / floor).toFixed(2)}× (limit 2×)`,
  );
  console.log(`  floor with a date window                   ${floorDated.toFixed(0)} ms`);
  console.log(
    `  ORDER_TOTALS with from and to              ${dated.toFixed(0)} ms  ratio ${(dated / floorDated).toFixed(2)}× (limit 2×)`,
  );
}

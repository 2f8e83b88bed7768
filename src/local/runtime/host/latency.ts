/**
 * The default per-call cost model of Apps Script (see LatencyModel), the published
 * measurements it is calibrated against, and the cost of one call.
 *
 * Sources (each constant below names one; "assumed" marks a figure no published measurement
 * was found for):
 * - [SO] Mogsdad, "What is faster: ScriptDb or SpreadsheetApp?" (Stack Overflow answer, mirrored
 *   at https://ruby-bash.developreference.com/article/29263774): one setValues of 400 x 10 =
 *   4,000 cells took "less than 50 ms"; adding one flush() made it 610 ms.
 * - [BB] https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html, 1,000 rows of one
 *   column: 1,000 Logger.log calls 780 ms; getValues + setValues of the column plus those logs
 *   905 ms; getRange(i, 1).getValue() per row plus the logs 3,064 ms.
 * - [ZP] https://ziritione.org/post/apps_script_performance, means of 100 runs:
 *   Properties.getProperty 30 ms, setProperty 62 ms; Cache.get 3 ms, Cache.put 93 ms.
 * The per-cell read cost comes from [BB]'s 1,000-cell round trip, whose fixed calls it cannot
 * separate: it is an upper bound for large reads, so estimates of whole-table reads are
 * pessimistic.
 */
import type { LatencyModel, ServiceName } from '../types';

/** The default model. */
export const appsScriptLatency: LatencyModel = {
  base: {
    // assumed: a spreadsheet round trip without data; fits [BB]'s round trip with the rest.
    spreadsheet: 10,
    ui: 10, // assumed
    properties: 30, // [ZP] getProperty
    lock: 20, // assumed
    cache: 3, // [ZP] get
    mail: 300, // assumed
    script: 50, // assumed
    html: 5, // assumed
    session: 5, // assumed
    utilities: 1, // assumed
    logger: 0.78, // [BB] 1,000 Logger.log calls in 780 ms
  },
  methods: {
    'SpreadsheetApp.getActiveSpreadsheet': 10, // assumed
    'SpreadsheetApp.getActive': 10, // assumed
    'SpreadsheetApp.flush': 560, // [SO] 610 ms with flush - < 50 ms without
    // Building a range is lazy in Apps Script: [BB]'s cell-by-cell loop costs 2.3 ms a cell in
    // all (getRange + getValue), far below a round trip, because reads are cached ahead.
    'Sheet.getRange': 1,
    'Range.getValue': 1.3, // [BB] (3,064 - 780) / 1,000 - getRange
    'Range.getValues': 40, // with perCellRead, fits [BB]'s 1,000-cell round trip
    'Range.getDisplayValues': 40, // as getValues
    'Range.getFormulas': 40, // as getValues
    'Range.setValues': 20, // with perCellWrite, fits [SO]'s 4,000 cells in < 50 ms
    'Range.setFormulas': 20, // as setValues
    'Sheet.appendRow': 150, // assumed
    'Spreadsheet.insertSheet': 300, // assumed
    'PropertiesService.getScriptProperties': 5, // assumed
    'PropertiesService.getDocumentProperties': 5, // assumed
    'PropertiesService.getUserProperties': 5, // assumed
    'Properties.setProperty': 62, // [ZP]
    'Properties.setProperties': 62, // as setProperty
    'Cache.put': 93, // [ZP]
    'ScriptApp.getProjectTriggers': 150, // assumed
    'ClockTriggerBuilder.create': 500, // assumed
    'ScriptApp.deleteTrigger': 300, // assumed
    'Ui.showSidebar': 200, // assumed
    'Ui.showModalDialog': 200, // assumed
    'HtmlService.createTemplateFromFile': 20, // assumed
    'HtmlService.createHtmlOutputFromFile': 20, // assumed
    'HtmlTemplate.evaluate': 20, // assumed
    // TextFinder searches on the server and returns only the matches: no per-cell cost. No
    // published timing was found; each builder and find call is one round trip (assumed).
  },
  perCellRead: 0.025, // [BB]: (905 - 780) ms = fixed calls + 1,000 cells read + written
  perCellWrite: 0.0075, // [SO]: 20 + 4,000 x 0.0075 = 50 ms
};

/** One call of a published case: what the model is asked to price. */
export interface PricedCall {
  readonly service: ServiceName;
  readonly type: string;
  readonly method: string;
  readonly read?: number;
  readonly written?: number;
  /** How many times the call is made (default 1). */
  readonly times?: number;
}

/** A published measurement and the calls it made, to set the model's estimate beside it. */
export interface PublishedCase {
  readonly name: string;
  readonly source: string;
  readonly publishedMs: number;
  readonly calls: readonly PricedCall[];
}

const logs = (n: number): PricedCall => ({
  service: 'logger',
  type: 'Logger',
  method: 'log',
  times: n,
});
const ss = (type: string, method: string, extra: Partial<PricedCall> = {}): PricedCall => ({
  service: 'spreadsheet',
  type,
  method,
  ...extra,
});

/** The cases the model is calibrated against (see the sources above). */
export const PUBLISHED_CASES: readonly PublishedCase[] = [
  {
    name: 'setValues of 400 x 10 cells, one call',
    source:
      '[SO] Mogsdad, Stack Overflow answer (developreference mirror 29263774) ("less than 50 ms")',
    publishedMs: 50,
    calls: [ss('Sheet', 'getRange'), ss('Range', 'setValues', { written: 4000 })],
  },
  {
    name: 'the same write followed by flush()',
    source: '[SO] Mogsdad, Stack Overflow answer (developreference mirror 29263774)',
    publishedMs: 610,
    calls: [
      ss('Sheet', 'getRange'),
      ss('Range', 'setValues', { written: 4000 }),
      ss('SpreadsheetApp', 'flush'),
    ],
  },
  {
    name: '1,000 rows: getValues + setValues of one column, 1,000 logs',
    source: '[BB] bugbugnow.net 2019 (905 ms)',
    publishedMs: 905,
    calls: [
      ss('SpreadsheetApp', 'getActiveSpreadsheet'),
      ss('Spreadsheet', 'getSheetByName'),
      ss('Sheet', 'getLastRow'),
      ss('Sheet', 'getRange', { times: 2 }),
      ss('Range', 'getValues', { read: 1000 }),
      ss('Range', 'setValues', { written: 1000 }),
      logs(1000),
    ],
  },
  {
    name: '1,000 rows: getRange(i, 1).getValue() per row, 1,000 logs',
    source: '[BB] bugbugnow.net 2019 (3,064 ms)',
    publishedMs: 3064,
    calls: [
      ss('SpreadsheetApp', 'getActiveSpreadsheet'),
      ss('Spreadsheet', 'getSheetByName'),
      ss('Sheet', 'getLastRow'),
      ss('Sheet', 'getRange', { times: 1000 }),
      ss('Range', 'getValue', { times: 1000 }),
      logs(1000),
    ],
  },
  ...(
    [
      ['properties', 'Properties', 'getProperty', 30],
      ['properties', 'Properties', 'setProperty', 62],
      ['cache', 'Cache', 'put', 93],
    ] as const
  ).map(([service, type, method, publishedMs]) => ({
    name: `${type}.${method}`,
    source: '[ZP] ziritione.org (mean of 100)',
    publishedMs,
    calls: [{ service, type, method }],
  })),
];

/** The model's estimate of a published case. */
export function estimateCase(model: LatencyModel, c: PublishedCase): number {
  let total = 0;
  for (const call of c.calls)
    total +=
      (call.times ?? 1) *
      callCost(model, call.service, call.type, call.method, {
        read: call.read ?? 0,
        written: call.written ?? 0,
      });
  return total;
}

/** Estimated cost of one call. `cells` is the number of cells read or written, if any. */
export function callCost(
  model: LatencyModel,
  service: ServiceName,
  type: string,
  method: string,
  cells: { read: number; written: number },
): number {
  const base = model.methods[`${type}.${method}`] ?? model.methods[method] ?? model.base[service];
  return base + cells.read * model.perCellRead + cells.written * model.perCellWrite;
}

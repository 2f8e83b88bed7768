import type { ServiceName } from '../types';

/**
 * A rough per-call cost model of Apps Script, for estimates only. Figures are order-of-magnitude
 * values commonly observed from Apps Script executions (a spreadsheet round trip costs tens of
 * milliseconds, bulk reads and writes add a per-cell amount, sending mail a few hundred ms);
 * they are not measurements of this machine and not a promise.
 */
export interface LatencyModel {
  /** Cost of any call on the service, unless the method has its own figure. */
  base: Record<ServiceName, number>;
  /** Per-method figures, keyed 'Type.method' (e.g. 'Range.getValues') or 'method'. */
  methods: Record<string, number>;
  /** Extra cost per cell read by getValues/getDisplayValues/getFormulas/getNumberFormats. */
  perCellRead: number;
  /** Extra cost per cell written by setValues/setFormulas/setNumberFormats/appendRow. */
  perCellWrite: number;
}

/** The default model. */
export const appsScriptLatency: LatencyModel = {
  base: {
    spreadsheet: 25,
    ui: 10,
    properties: 20,
    lock: 20,
    cache: 10,
    mail: 300,
    script: 50,
    html: 5,
    session: 5,
    utilities: 1,
    logger: 1,
  },
  methods: {
    'SpreadsheetApp.getActiveSpreadsheet': 10,
    'SpreadsheetApp.getActive': 10,
    'SpreadsheetApp.flush': 100,
    'Range.getValues': 50,
    'Range.getDisplayValues': 50,
    'Range.getFormulas': 50,
    'Range.setValues': 100,
    'Range.setFormulas': 100,
    'Sheet.appendRow': 150,
    'Spreadsheet.insertSheet': 300,
    'PropertiesService.getScriptProperties': 5,
    'PropertiesService.getDocumentProperties': 5,
    'PropertiesService.getUserProperties': 5,
    'Properties.setProperty': 40,
    'Properties.setProperties': 60,
    'ScriptApp.getProjectTriggers': 150,
    'ClockTriggerBuilder.create': 500,
    'ScriptApp.deleteTrigger': 300,
    'Ui.showSidebar': 200,
    'Ui.showModalDialog': 200,
    'HtmlService.createTemplateFromFile': 20,
    'HtmlService.createHtmlOutputFromFile': 20,
    'HtmlTemplate.evaluate': 20,
  },
  perCellRead: 0.01,
  perCellWrite: 0.03,
};

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

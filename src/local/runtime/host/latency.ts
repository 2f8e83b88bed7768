/** The default per-call cost model of Apps Script (see LatencyModel), and the cost of one call. */
import type { LatencyModel, ServiceName } from '../types';

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

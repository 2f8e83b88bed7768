/**
 * The local Apps Script runtime: loads the built dist/Code.js into a vm context whose globals
 * are in-memory fakes of Apps Script's services. See README section "Local runtime".
 */
export { LocalAppsScript } from './runtime';
export { appsScriptLatency } from './host/latency';
export type {
  CellValue,
  SheetData,
  WorkbookData,
  LocalUser,
  RuntimeOptions,
  RunOptions,
  Execution,
  Schedule,
  ConcurrentRun,
  LatencyModel,
  HostWorkbook,
  SheetMeta,
  SentMail,
  TriggerInfo,
  TriggerTimeSpec,
  RecordedMenu,
  MenuEntry,
  ServiceName,
} from './types';

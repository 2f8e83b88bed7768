/**
 * An offline Apps Script emulator. LocalAppsScript loads a built Apps Script bundle (by default
 * dist/Code.js, the file clasp pushes) into a node:vm context whose globals are in-memory fakes
 * of the services (SpreadsheetApp, PropertiesService, LockService, CacheService, MailApp,
 * ScriptApp, HtmlService, Session, Utilities, Logger) with their documented quirks. It counts
 * every service call, estimates Apps Script time with a latency model, injects faults, and
 * interleaves executions at service-call boundaries. It imports nothing outside this folder.
 *
 * Layout: types.ts holds the public types; services/ the fakes, each handed its part of the
 * shared state by wiring.ts; host/ the shared state, the one choke point every call passes,
 * executions, the wire codec and the bundle loader; concurrency/ the scheduler and worker of
 * runConcurrently; guest/ the proxies that run inside the vm context. The README's section
 * "For developers" shows how tests and benchmarks use it.
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

/**
 * The one place where the fake services are created: each global object a bundle sees
 * (SpreadsheetApp, PropertiesService, ...) is handed the part of the shared state it needs,
 * and nothing more. Services never reach the state or the host on their own.
 */
import type { HostState } from './host/host-state';
import type { RootFactory } from './host/host';
import { CacheServiceImpl } from './services/cache';
import { HtmlServiceImpl } from './services/html';
import { LockServiceImpl } from './services/lock';
import { MailAppImpl } from './services/mail';
import { PropertiesServiceImpl } from './services/properties';
import { SessionImpl } from './services/session';
import { SpreadsheetAppImpl, SpreadsheetImpl } from './services/spreadsheet/spreadsheet';
import type { Collaborators } from './services/spreadsheet/user';
import { ScriptAppImpl } from './services/triggers';
import { LoggerImpl, UtilitiesImpl } from './services/utilities';

/** The factory of an execution's global objects, over one runtime's state. */
export function serviceRoots(state: HostState): RootFactory {
  const people: Collaborators = { users: state.users, owner: () => state.owner() };
  // One container spreadsheet for the runtime's life, so its sheets keep their identity.
  let container: SpreadsheetImpl | undefined;
  return (host) => ({
    SpreadsheetApp: new SpreadsheetAppImpl(host, {
      spreadsheet: () =>
        (container ??= new SpreadsheetImpl(host, state.workbook, people, state.ui.toasts)),
      ui: state.ui,
      addonName: state.addonName,
    }),
    PropertiesService: new PropertiesServiceImpl(host, {
      script: state.scriptProperties,
      document: state.documentProperties,
      user: (email) => state.userProperties(email),
    }),
    LockService: new LockServiceImpl(host, state.locks),
    CacheService: new CacheServiceImpl(host, (key) => state.cacheStore(key)),
    MailApp: new MailAppImpl(host, state.mail),
    ScriptApp: new ScriptAppImpl(host, {
      triggers: state.triggers,
      scriptId: state.scriptId,
      scriptTimeZone: state.scriptTimeZone,
      oauthScopes: state.oauthScopes,
      addon: state.addon,
      documentId: state.workbook.id,
    }),
    HtmlService: new HtmlServiceImpl(host, state.htmlDir),
    Session: new SessionImpl(host, state.scriptTimeZone),
    Utilities: new UtilitiesImpl(host),
    Logger: new LoggerImpl(host),
  });
}

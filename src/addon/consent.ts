/**
 * Partial consent: a user may grant only some of the add-on's scopes. An entry point that
 * needs a scope checks it first (ScriptApp.getAuthorizationInfo with the scopes it needs) and,
 * when one is missing, does nothing but explain: a menu item shows what is missing and where
 * to grant it, a dialog's server function answers `forbidden` with that sentence, and the
 * scheduled trigger records it as the report's last error (it cannot ask anyone).
 */
import { fillTemplate, localize, type Locale, type LocalizedText } from '../core/i18n';
import type { AddonManifest, EntryPoint } from './entry-points';
import { userLocale } from './locale';
import { recordFailure } from './report/job/health';

const scope = (name: string): string => `https://www.googleapis.com/auth/${name}`;
export const SEND_MAIL = scope('script.send_mail');
export const TRIGGERS = scope('script.scriptapp');

/** What each scope lets the add-on do, in words a user can match to Google's consent screen. */
const SCOPE_WORDS: Record<string, LocalizedText> = {
  [SEND_MAIL]: { en: 'send email as you', zh: '以您的身份发送电子邮件' },
  [TRIGGERS]: {
    en: 'allow this application to run when you are not present',
    zh: '允许此应用在您不在时运行',
  },
};

const MISSING: LocalizedText = {
  en: 'Customer Pyramid needs a permission you did not grant: {list}. Nothing was done. Grant it here, then try again: {url}',
  zh: '客户金字塔需要您尚未授予的权限：{list}。未做任何操作。请在此授予后重试：{url}',
};

const TITLE: LocalizedText = { en: 'Permission needed', zh: '需要权限' };

/** The entry points that need scopes beyond the spreadsheet and the menu. */
export const ENTRY_SCOPES: Readonly<Record<string, readonly string[]>> = {
  sendReportNow: [SEND_MAIL],
  runScheduledReport: [SEND_MAIL, TRIGGERS],
  openScheduleDialog: [SEND_MAIL, TRIGGERS],
  stopReport: [TRIGGERS],
  scheduleSave: [SEND_MAIL, TRIGGERS],
  scheduleStop: [TRIGGERS],
};

/** The sentence explaining what is missing, or null when every scope in `needed` is granted. */
export function missingScopesMessage(needed: readonly string[], locale: Locale): string | null {
  // script-app#getAuthorizationInfo(AuthMode, String[]) and getAuthorizedScopes(): the
  // scopes asked for (@types knows only the one-argument form).
  const withScopes = ScriptApp.getAuthorizationInfo as unknown as (
    mode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ) => GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };
  const info = withScopes.call(ScriptApp, ScriptApp.AuthMode.FULL, [...needed]);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  const granted = new Set(info.getAuthorizedScopes() ?? []);
  const missing = needed.filter((s) => !granted.has(s));
  return fillTemplate(localize(MISSING, locale), {
    list: missing.map((s) => (SCOPE_WORDS[s] ? localize(SCOPE_WORDS[s], locale) : s)).join(', '),
    url: info.getAuthorizationUrl() ?? '',
  });
}

/** `entry`, checking `needed` before anything else, the way its kind can explain. */
function guarded(entry: EntryPoint, needed: readonly string[]): EntryPoint {
  const fn = (...args: unknown[]): unknown => {
    const locale = userLocale();
    const message = missingScopesMessage(needed, locale);
    if (message === null) return entry.fn(...args);
    if (entry.kind === 'server') return { ok: false, code: 'forbidden', message };
    if (entry.kind === 'trigger') {
      recordFailure(message, { schedule: null, timeZone: Session.getScriptTimeZone() });
      return message;
    }
    const ui = SpreadsheetApp.getUi();
    ui.alert(localize(TITLE, locale), message, ui.ButtonSet.OK);
    return undefined;
  };
  return { ...entry, fn };
}

/** The manifest with every entry point of {@link ENTRY_SCOPES} checking its scopes first. */
export function withScopeChecks(manifest: AddonManifest): AddonManifest {
  const entryPoints: Record<string, EntryPoint> = { ...manifest.entryPoints };
  for (const [name, needed] of Object.entries(ENTRY_SCOPES)) {
    const entry = entryPoints[name];
    if (!entry) throw new Error(`ENTRY_SCOPES names a missing entry point: ${name}`);
    entryPoints[name] = guarded(entry, needed);
  }
  return { ...manifest, entryPoints };
}

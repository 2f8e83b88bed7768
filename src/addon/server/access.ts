/**
 * Who is calling, and may they? Anyone with the sheet open can call any top-level function,
 * viewers included, so every browser-callable function checks its caller here. No answer is
 * remembered between executions: a person whose access was removed is refused at once.
 *
 * Editing is decided by the caller's own permission (`Range.canEdit()`, which runs as that
 * user), not by `getEditors()`: people who edit through a Google Group, the whole domain or a
 * link are not listed there, and Google does not promise the owner is.
 */
import { localize, type Locale } from '../../core/i18n';
import { sheetPrefix } from '../../core/store/a1';
import { INTERACTIONS, SETTINGS } from '../../core/store/schema';
import { ApiFailure } from './api-failure';
import { SERVER_MESSAGES } from './messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const normal = (email: string): string => email.trim().toLowerCase();

/** The active user's email, lower case ('' when Google withholds it). */
export function activeUserEmail(): string {
  return normal(Session.getActiveUser().getEmail());
}

/**
 * A cell the add-on owns, to ask whether the caller may edit: the Interactions log's first
 * cell, else Settings', else (before Set up) the first sheet's.
 */
export function addonCell(ss: Spreadsheet): Range {
  for (const sheet of [INTERACTIONS.sheet, SETTINGS.sheet]) {
    try {
      return ss.getRange(`${sheetPrefix(sheet)}!A1`);
    } catch {
      // Not set up yet: try the next.
    }
  }
  return ss.getSheets()[0]!.getRange(1, 1);
}

/**
 * True when the caller may edit `range` (a range of the add-on's own sheets): the owner, and
 * anyone who can edit the file however they got access, unless a protection keeps them out.
 * A refusal to even ask (no access to the file) is a no.
 */
export function mayEdit(range: () => Range): boolean {
  try {
    return range().canEdit();
  } catch {
    return false;
  }
}

/** Throws `forbidden` unless the caller may edit `range` (asked for lazily: it may fail too). */
export function requireEditor(range: () => Range, locale: Locale): void {
  if (!mayEdit(range))
    throw new ApiFailure('forbidden', localize(SERVER_MESSAGES.forbidden, locale));
}

/**
 * Runs `body` as the caller. When it fails and the caller may not edit `range`, the failure
 * is a `forbidden` (nothing was written: the refused call was the first write); otherwise the
 * error is the body's own. Costs a call only when something failed.
 */
export function asEditor<T>(range: () => Range, locale: Locale, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof ApiFailure)) requireEditor(range, locale);
    throw error;
  }
}

/** Throws `forbidden` when Google withholds the caller's email (needed to own a schedule). */
export function requireEmail(email: string, locale: Locale): void {
  if (email === '') throw new ApiFailure('forbidden', localize(SERVER_MESSAGES.noEmail, locale));
}

/**
 * The addresses that may receive the digest, lower case: the file's owner, everyone it is
 * shared with by name (editors, commenters, viewers), and `caller` — who has just shown,
 * in this execution, that they can edit. People who reach the file only through a Google
 * Group, the domain or a link cannot be listed by Apps Script, so they are not included:
 * share the spreadsheet with them by name to add them. Must run as someone who can edit
 * (`getEditors` throws otherwise). The job calls this at send time, as the schedule's owner.
 */
export function peopleWhoMayReceive(ss: Spreadsheet, caller = ''): Set<string> {
  const people = new Set<string>();
  const add = (email: string | undefined | null): void => {
    const e = normal(email ?? '');
    if (e !== '') people.add(e);
  };
  add(ss.getOwner()?.getEmail());
  for (const u of [...ss.getEditors(), ...ss.getViewers()]) add(u.getEmail());
  add(caller);
  return people;
}

/** Whether `address` may receive the digest, given {@link peopleWhoMayReceive}. */
export function mayReceiveDigest(people: ReadonlySet<string>, address: string): boolean {
  return people.has(normal(address));
}

/**
 * Who may receive the digest now, asked of the spreadsheet at most once per execution (one
 * object per execution; never stored), and only when a run first needs it.
 */
export class SharingNow {
  private people: ReadonlySet<string> | undefined;
  /** `ss` may be given as a function, so that a run that never asks pays nothing for it. */
  constructor(
    private readonly ss: Spreadsheet | (() => Spreadsheet),
    private readonly caller = '',
  ) {}

  /** Everyone who may receive the digest ({@link peopleWhoMayReceive}), lower case. */
  canOpen(): string[] {
    this.people ??= peopleWhoMayReceive(
      typeof this.ss === 'function' ? this.ss() : this.ss,
      this.caller,
    );
    return [...this.people];
  }
}

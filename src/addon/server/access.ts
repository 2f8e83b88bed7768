/**
 * Who is calling, and may they? Every browser-callable function checks that the active user
 * can edit the spreadsheet: anyone with the sheet open can call any top-level function,
 * viewers included. The answer is asked of the spreadsheet in each execution and never kept
 * beyond it, so a person removed from the file is refused at once.
 */
import { localize, type Locale } from '../../core/i18n';
import { ApiFailure } from './api-failure';
import { SERVER_MESSAGES } from './messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const emailsOf = (users: GoogleAppsScript.Base.User[]): string[] =>
  users.map((u) => u.getEmail().trim().toLowerCase());

/** The active user's email, lower case ('' when Google withholds it). */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/**
 * The people the Spreadsheet service lists for this file, asked at most once per execution
 * (one object per execution; never stored): editors including the owner, then viewers and
 * commenters. People with access through a group, their domain or a link are not listed.
 */
export class SharingNow {
  private editorList: string[] | undefined;
  private viewerList: string[] | undefined;
  /** `ss` may be given as a function, so that a run that never asks pays nothing for it. */
  constructor(private readonly ss: Spreadsheet | (() => Spreadsheet)) {}

  private sheet(): Spreadsheet {
    return typeof this.ss === 'function' ? this.ss() : this.ss;
  }

  /** Owner and editors, lower case. */
  editors(): string[] {
    return (this.editorList ??= emailsOf(this.sheet().getEditors()));
  }

  /** Everyone who can open the spreadsheet: owner, editors and viewers, lower case. */
  canOpen(): string[] {
    return [...this.editors(), ...(this.viewerList ??= emailsOf(this.sheet().getViewers()))];
  }
}

/** Throws `forbidden` unless `email` is an editor or the owner, as the spreadsheet lists them now. */
export function requireEditor(
  ss: Spreadsheet,
  email: string,
  locale: Locale,
  sharing: SharingNow = new SharingNow(ss),
): SharingNow {
  if (email === '') throw new ApiFailure('forbidden', localize(SERVER_MESSAGES.noEmail, locale));
  if (!sharing.editors().includes(email))
    throw new ApiFailure('forbidden', localize(SERVER_MESSAGES.forbidden, locale));
  return sharing;
}

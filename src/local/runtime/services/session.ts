/** Session: who runs the execution, their locale, the script's time zone. */
import { createHash } from 'node:crypto';
import {
  ServiceObject,
  type CallingExecution,
  type Like,
  type ServiceContext,
} from './service-object';
import { UserImpl } from './spreadsheet/user';

/** Contexts that run without the user's authorisation: Google withholds the email there. */
function withheld(exec: CallingExecution): boolean {
  return exec.authMode !== 'FULL';
}

export class SessionImpl
  extends ServiceObject
  implements
    Like<
      GoogleAppsScript.Base.Session,
      'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
    >
{
  readonly typeName = 'Session';
  readonly service = 'session' as const;
  constructor(
    host: ServiceContext,
    private readonly scriptTimeZone: string,
  ) {
    super(host);
  }
  /**
   * "If security policies do not allow access to the user's email address, this method returns
   * a blank string ... not available in any context that allows a script to run without that
   * user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function"
   * (https://developers.google.com/apps-script/reference/base/user#getEmail()): blank in
   * AuthMode NONE, LIMITED and CUSTOM_FUNCTION.
   */
  getActiveUser(): UserImpl {
    const exec = this.host.exec;
    return new UserImpl(this.host, withheld(exec) ? '' : exec.user.email, 'session');
  }
  getEffectiveUser(): UserImpl {
    const exec = this.host.exec;
    return new UserImpl(this.host, withheld(exec) ? '' : exec.effectiveUser.email, 'session');
  }
  getActiveUserLocale(): string {
    return this.host.exec.user.locale ?? 'en';
  }
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
  /** Stable per user and script, opaque. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`tmp:${this.host.exec.user.email}`)
      .digest('base64url')
      .slice(0, 43);
  }
}

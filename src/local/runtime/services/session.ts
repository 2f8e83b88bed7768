/** Session: who runs the execution, their locale, the script's time zone. */
import { createHash } from 'node:crypto';
import { ServiceObject, type Like, type ServiceContext } from './service-object';
import { UserImpl } from './spreadsheet/user';

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
  getActiveUser(): UserImpl {
    return new UserImpl(this.host, this.host.exec.user.email, 'session');
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl(this.host, this.host.exec.effectiveUser.email, 'session');
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

import type { Host } from '../../host/host';
import { ServiceObject, type Like } from '../../host/service-object';
import type { ServiceName } from '../../types';

/** A Google account as Apps Script exposes it (Session users, editors, viewers). */
export class UserImpl
  extends ServiceObject
  implements Like<GoogleAppsScript.Base.User, 'getEmail'>
{
  readonly typeName = 'User';

  constructor(
    host: Host,
    private readonly email: string,
    readonly service: ServiceName,
  ) {
    super(host);
  }
  getEmail(): string {
    return this.email;
  }
}

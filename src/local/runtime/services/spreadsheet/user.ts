import { ServiceObject, type Like, type ServiceContext } from '../service-object';
import type { LocalUser, ServiceName } from '../../types';

/** The people who can open the spreadsheet, as its sharing settings list them. */
export interface Collaborators {
  readonly users: readonly LocalUser[];
  /** The owner of the file. */
  owner(): LocalUser;
}

/** A Google account as Apps Script exposes it (Session users, editors, viewers). */
export class UserImpl
  extends ServiceObject
  implements Like<GoogleAppsScript.Base.User, 'getEmail'>
{
  readonly typeName = 'User';

  constructor(
    host: ServiceContext,
    private readonly email: string,
    readonly service: ServiceName,
  ) {
    super(host);
  }
  getEmail(): string {
    return this.email;
  }
}

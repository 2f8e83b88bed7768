/** Sheet and range protections: metadata that also stops non-editors' script writes. */
import { ServiceObject, type ServiceContext } from '../service-object';
import type { ProtectionModel, SheetModel } from './model';
import { UserImpl, type Collaborators } from './user';

const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function overlaps(
  p: ProtectionModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): boolean {
  if (!p.range) return true;
  const r = p.range;
  return (
    row <= r.row + r.numRows - 1 &&
    r.row <= row + numRows - 1 &&
    col <= r.col + r.numCols - 1 &&
    r.col <= col + numCols - 1
  );
}

/** Throws Sheets' message when the execution's user may not edit the rectangle. */
export function assertEditable(
  host: ServiceContext,
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  const user = host.exec.effectiveUser;
  if (user.role === 'owner') return;
  for (const p of sheet.protections) {
    if (!p.warningOnly && !p.editors.has(user.email) && overlaps(p, row, col, numRows, numCols))
      throw new Error(PROTECTED_MESSAGE);
  }
}

export class ProtectionImpl extends ServiceObject {
  static override writes = [
    'setDescription',
    'setWarningOnly',
    'addEditor',
    'addEditors',
    'removeEditor',
    'removeEditors',
    'remove',
    'setDomainEdit',
  ];
  readonly typeName = 'Protection';
  readonly service = 'spreadsheet' as const;

  /** `sheet`: the sheet the protection is on; `people`: who can open the spreadsheet. */
  constructor(
    host: ServiceContext,
    private readonly sheet: SheetModel,
    private readonly people: Collaborators,
    readonly model: ProtectionModel,
  ) {
    super(host);
  }

  /** Sheet.protect()/Range.protect(): the owner and the user who protects can edit. */
  static create(
    host: ServiceContext,
    sheet: SheetModel,
    people: Collaborators,
    range?: ProtectionModel['range'],
  ): ProtectionImpl {
    const editors = new Set([people.owner().email, host.exec.effectiveUser.email]);
    const model: ProtectionModel = { description: '', warningOnly: false, editors };
    if (range) model.range = range;
    sheet.protections.push(model);
    return new ProtectionImpl(host, sheet, people, model);
  }

  private _emails(users: unknown): string[] {
    const list = Array.isArray(users) ? users : [users];
    return list.map((u) => (u instanceof UserImpl ? u.getEmail() : String(u)));
  }

  setDescription(description: string): this {
    this.model.description = String(description);
    return this;
  }
  getDescription(): string {
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.model.warningOnly = !!warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  addEditor(user: string | UserImpl): this {
    for (const e of this._emails(user)) this.model.editors.add(e);
    return this;
  }
  addEditors(users: string[]): this {
    for (const e of this._emails(users)) this.model.editors.add(e);
    return this;
  }
  removeEditor(user: string | UserImpl): this {
    return this.removeEditors([user as string]);
  }
  removeEditors(users: (string | UserImpl)[]): this {
    const owner = this.people.owner().email;
    for (const e of this._emails(users)) if (e !== owner) this.model.editors.delete(e);
    return this;
  }
  getEditors(): UserImpl[] {
    return [...this.model.editors].map((e) => new UserImpl(this.host, e, 'spreadsheet'));
  }
  setDomainEdit(_editable: boolean): this {
    return this;
  }
  canEdit(): boolean {
    const user = this.host.exec.effectiveUser;
    return (
      user.role === 'owner' ||
      (user.role === 'editor' && (this.model.warningOnly || this.model.editors.has(user.email)))
    );
  }
  remove(): void {
    const list = this.sheet.protections;
    const i = list.indexOf(this.model);
    if (i >= 0) list.splice(i, 1);
  }
  getProtectionType(): string {
    return this.model.range ? 'RANGE' : 'SHEET';
  }
}

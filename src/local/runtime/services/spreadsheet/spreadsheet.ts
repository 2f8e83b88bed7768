/** SpreadsheetApp and the container spreadsheet. */
import { ServiceObject, type Like, type ServiceContext } from '../service-object';
import { UiImpl, type UiRecord } from '../ui';
import { parseA1, resolveA1 } from './a1-notation';
import type { SheetModel, WorkbookModel } from './model';
import { RangeImpl, RangeListImpl } from './range';
import { SheetImpl } from './sheet';
import { UserImpl, type Collaborators } from './user';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilderImpl } from './validation';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What SpreadsheetApp hands out: the container spreadsheet and the editor's user interface. */
export interface SpreadsheetAppParts {
  /** The container spreadsheet: one object for the runtime's life, so sheets keep their identity. */
  spreadsheet(): SpreadsheetImpl;
  /** Where Ui records menus, sidebars, dialogs and alerts, and the answers it gives. */
  readonly ui: UiRecord;
  /** The title of the add-on menu. */
  readonly addonName: string;
}

export class SpreadsheetImpl
  extends ServiceObject
  implements
    Like<
      SS,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getSpreadsheetLocale'
      | 'getSpreadsheetTimeZone'
      | 'getNumSheets'
    >
{
  static override writes = [
    'insertSheet',
    'deleteSheet',
    'rename',
    'setSpreadsheetTimeZone',
    'setSpreadsheetLocale',
    'addEditor',
    'addViewer',
  ];
  readonly typeName = 'Spreadsheet';
  readonly service = 'spreadsheet' as const;
  private readonly sheetImpls = new Map<SheetModel, SheetImpl>();

  /** `people`: who can open the file; `toasts`: where toast() records its messages. */
  constructor(
    host: ServiceContext,
    readonly model: WorkbookModel,
    readonly people: Collaborators,
    private readonly toasts: UiRecord['toasts'],
  ) {
    super(host);
  }

  /** The one wrapper of a sheet, so the bundle sees the same object each time. */
  _sheet(model: SheetModel): SheetImpl {
    let s = this.sheetImpls.get(model);
    if (!s) this.sheetImpls.set(model, (s = new SheetImpl(this.host, this, model)));
    return s;
  }

  /**
   * People the file is shared with by name in `role`. Access through a group, the domain or
   * a link is not listed, and the owner is not an "editor" here: code must ask getOwner().
   */
  private _users(role: string): UserImpl[] {
    const me = this.host.exec.effectiveUser;
    // "If the user who executes the script does not have edit access to the Spreadsheet, this
    // method throws an exception." (spreadsheet#getEditors(), spreadsheet#getViewers())
    if (me.role !== 'owner' && me.role !== 'editor')
      throw new Error('You do not have permission to access the requested document.');
    return this.people.users
      .filter((u) => u.role === role && (u.access ?? 'shared') === 'shared')
      .map((u) => new UserImpl(this.host, u.email, 'spreadsheet'));
  }

  getId(): string {
    return this.model.id;
  }
  getName(): string {
    return this.model.name;
  }
  rename(name: string): void {
    this.model.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }
  getSheets(): SheetImpl[] {
    return this.model.sheets.map((s) => this._sheet(s));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  getSheetByName(name: string): SheetImpl | null {
    const s = this.model.sheet(String(name));
    return s ? this._sheet(s) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const s = this.model.sheets.find((x) => x.sheetId === id);
    return s ? this._sheet(s) : null;
  }
  insertSheet(nameOrIndex?: string | number, index?: number): SheetImpl {
    let name: string;
    let at = this.model.sheets.length;
    if (typeof nameOrIndex === 'string') {
      name = nameOrIndex;
      if (typeof index === 'number') at = index;
    } else {
      if (typeof nameOrIndex === 'number') at = nameOrIndex;
      let n = this.model.sheets.length + 1;
      while (this.model.sheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._sheet(this.model.addSheet(name, at));
    this.model.activeSheet = this.model.sheets.indexOf(sheet.model);
    return sheet;
  }
  deleteSheet(sheet: SheetImpl): void {
    if (this.model.sheets.length === 1)
      throw new Error("You can't remove all the sheets in a document.");
    const i = this.model.sheets.indexOf(sheet.model);
    if (i < 0) throw new Error('Sheet not found');
    this.model.sheets.splice(i, 1);
    this.model.activeSheet = 0;
  }
  getActiveSheet(): SheetImpl {
    return this._sheet(this.model.sheets[this.model.activeSheet] ?? this.model.sheets[0]!);
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    return sheet.activate();
  }
  /** A1 notation, optionally sheet-qualified; unqualified means the active sheet. */
  getRange(a1Notation: string): RangeImpl {
    const ref = parseA1(String(a1Notation));
    const sheet = ref.sheet === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!sheet) throw new Error('Range not found');
    const r = resolveA1(ref, sheet.model.maxRows, sheet.model.maxColumns);
    return new RangeImpl(this.host, sheet, r.row, r.col, r.numRows, r.numCols);
  }
  /**
   * A RangeList is "a collection of one or more Range instances in the same sheet"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list): A1 ranges on
   * two sheets are refused, as in production. Unqualified ranges are on the active sheet. The
   * message's wording is ours; Google documents the rule, not the text.
   */
  getRangeList(a1Notations: string[]): RangeListImpl {
    const ranges = a1Notations.map((a) => this.getRange(a));
    if (ranges.length === 0)
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Spreadsheet.getRangeList.",
      );
    const sheet = ranges[0]!.sheetImpl;
    if (ranges.some((r) => r.sheetImpl !== sheet))
      throw new Error('Exception: The ranges of a range list must all be on the same sheet.');
    return new RangeListImpl(this.host, ranges);
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.model.timeZone = String(timeZone);
  }
  /**
   * The editors the file is shared with by name
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()).
   * Google does not promise that the owner is among them, and people who edit through a group,
   * the domain or a link are not: the strictest reading is modelled.
   */
  getEditors(): UserImpl[] {
    return this._users('editor');
  }
  /** Viewers and commenters shared by name (spreadsheet#getViewers()); same rules as getEditors. */
  getViewers(): UserImpl[] {
    return this._users('viewer');
  }
  getOwner(): UserImpl {
    return new UserImpl(this.host, this.people.owner().email, 'spreadsheet');
  }
  addEditor(_user: string): this {
    return this;
  }
  addViewer(_user: string): this {
    return this;
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number): void {
    const toast: { message: string; title?: string } = { message: String(msg) };
    if (title !== undefined) toast.title = String(title);
    this.toasts.push(toast);
  }
  getActiveRange(): RangeImpl {
    return this.getActiveSheet().getRange(1, 1);
  }
}

export class SpreadsheetAppImpl extends ServiceObject {
  static override constants = {
    DataValidationCriteria: DATA_VALIDATION_CRITERIA,
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
  };
  static override needsAuth = ['getUi'];
  readonly typeName = 'SpreadsheetApp';
  readonly service = 'spreadsheet' as const;
  constructor(
    host: ServiceContext,
    private readonly parts: SpreadsheetAppParts,
  ) {
    super(host);
  }

  getActiveSpreadsheet(): SpreadsheetImpl {
    return this.parts.spreadsheet();
  }
  getActive(): SpreadsheetImpl {
    return this.parts.spreadsheet();
  }
  getActiveSheet(): SheetImpl {
    return this.getActive().getActiveSheet();
  }
  getActiveRange(): RangeImpl {
    return this.getActive().getActiveRange();
  }
  /** Writes are applied at once here; flush only costs time. */
  flush(): void {}
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.host);
  }
  /** Ui is only there when a user has the editor open: not in triggers. */
  getUi(): UiImpl {
    if (this.host.exec.kind === 'trigger')
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return new UiImpl(this.host, this.parts.ui, this.parts.addonName);
  }
}

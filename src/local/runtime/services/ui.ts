/** SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts are recorded. */
import { scope, ServiceObject, type ServiceContext } from './service-object';
import type { MenuEntry, RecordedMenu } from '../types';
import type { HtmlOutputImpl } from './html';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** What the host records about the user interface, and the responses it will give. */
export class UiRecord {
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: { title: string; html: string; width?: number }[] = [];
  readonly dialogs: { title: string; html: string; modal: boolean }[] = [];
  readonly alerts: { title?: string; prompt: string }[] = [];
  readonly toasts: { message: string; title?: string }[] = [];
  readonly responses: { button: ButtonName; text: string }[] = [];
}

const BUTTON_SETS: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class UiImpl extends ServiceObject {
  static override constants = {
    Button: { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' },
    ButtonSet: {
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    },
  };
  static override needsAuth = [
    'alert',
    'prompt',
    'showSidebar',
    'showModalDialog',
    'showModelessDialog',
    'createMenu',
    'createAddonMenu',
  ];
  /** Showing anything needs script.container.ui; building the menu does not (AuthMode.NONE may). */
  static override scopes = Object.fromEntries(
    ['alert', 'prompt', 'showSidebar', 'showModalDialog', 'showModelessDialog'].map((m) => [
      m,
      scope('script.container.ui'),
    ]),
  );
  readonly typeName = 'Ui';
  readonly service = 'ui' as const;
  /** `addonName` titles the add-on menu. */
  constructor(
    host: ServiceContext,
    private readonly record: UiRecord,
    private readonly addonName: string,
  ) {
    super(host);
  }

  private _answer(buttons: string): { button: ButtonName; text: string } {
    const allowed = BUTTON_SETS[buttons] ?? ['OK'];
    const next = this.record.responses.shift();
    if (next && allowed.includes(next.button)) return next;
    return { button: allowed[0]!, text: next?.text ?? '' };
  }

  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.host, this.record, {
      title: String(caption),
      addon: false,
      location: 'menu bar',
      items: [],
    });
  }
  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.host, this.record, {
      title: this.addonName,
      addon: true,
      location: 'Extensions',
      items: [],
    });
  }
  /** Records a dialog given as (prompt) | (prompt, buttons) | (title, prompt, buttons). */
  private _dialog(a: string, b?: string, c?: string): { button: ButtonName; text: string } {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b!, c]
        : b !== undefined && b in BUTTON_SETS
          ? [undefined, a, b]
          : b !== undefined
            ? [a, b, 'OK']
            : [undefined, a, 'OK'];
    const alert: { title?: string; prompt: string } = { prompt: String(prompt) };
    if (title !== undefined) alert.title = String(title);
    this.record.alerts.push(alert);
    return this._answer(buttons);
  }
  alert(a: string, b?: string, c?: string): string {
    return this._dialog(a, b, c).button;
  }
  prompt(a: string, b?: string, c?: string): PromptResponseImpl {
    const answer = this._dialog(a, b, c);
    return new PromptResponseImpl(this.host, answer.button, answer.text);
  }
  showSidebar(userInterface: HtmlOutputImpl): void {
    const sidebar: { title: string; html: string; width?: number } = {
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
    };
    if (userInterface.width !== undefined) sidebar.width = userInterface.width;
    this.record.sidebars.push(sidebar);
  }
  showModalDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.record.dialogs.push({
      title: String(title),
      html: userInterface.getContent(),
      modal: true,
    });
  }
  showModelessDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.record.dialogs.push({
      title: String(title),
      html: userInterface.getContent(),
      modal: false,
    });
  }
}

export class PromptResponseImpl extends ServiceObject {
  readonly typeName = 'PromptResponse';
  readonly service = 'ui' as const;
  constructor(
    host: ServiceContext,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {
    super(host);
  }
  getSelectedButton(): string {
    return this.button;
  }
  getResponseText(): string {
    return this.text;
  }
}

export class MenuImpl extends ServiceObject {
  readonly typeName = 'Menu';
  readonly service = 'ui' as const;
  constructor(
    host: ServiceContext,
    private readonly record: UiRecord,
    readonly menu: RecordedMenu,
  ) {
    super(host);
  }
  addItem(caption: string, functionName: string): this {
    this.menu.items.push({
      kind: 'item',
      label: String(caption),
      functionName: String(functionName),
    } as MenuEntry);
    return this;
  }
  addSeparator(): this {
    this.menu.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: MenuImpl): this {
    this.menu.items.push({ kind: 'submenu', menu: menu.menu });
    return this;
  }
  /** Adding a menu with the same title again replaces it (reloading the sheet). */
  addToUi(): void {
    const menus = this.record.menus;
    const i = menus.findIndex((m) => m.title === this.menu.title && m.addon === this.menu.addon);
    const copy = structuredClone(this.menu);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

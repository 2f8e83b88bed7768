import type { LocalizedText } from '../core/i18n';

/**
 * How Apps Script reaches an entry point. Each kind is emitted by build.mjs as a top-level
 * `function` in dist/Code.js, because only top-level functions can be called by cells, menus,
 * triggers and `google.script.run`.
 */
export type EntryKind =
  /** onOpen / onInstall / onEdit: called by Sheets itself. */
  | 'simple-trigger'
  /** Called from a menu item. */
  | 'menu'
  /** A spreadsheet formula such as =CUSTOMER_TIER(C2:C). */
  | 'custom-function'
  /** Called from the sidebar through google.script.run. Must validate input and the caller. */
  | 'server'
  /** Named by an installable (time-driven) trigger. */
  | 'trigger';

/** One parameter of a custom function, as Sheets' autocomplete shows it. */
export interface ParamDoc {
  /** The real parameter name (shown in autocomplete). */
  readonly name: string;
  /** JSDoc type, e.g. `number[][]` or `number`. */
  readonly type: string;
  readonly description: string;
  readonly optional?: boolean;
}

/** The help Sheets shows for a custom function. */
export interface CustomFunctionDoc {
  readonly description: string;
  readonly params: readonly ParamDoc[];
  readonly returns: string;
}

/** Anything Apps Script may call. */
export interface EntryPoint {
  readonly kind: EntryKind;
  // Entry points receive whatever Apps Script passes (events, cell values, sidebar JSON).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly fn: (...args: any[]) => unknown;
  /** Required for custom functions: becomes the JSDoc with @customfunction. */
  readonly doc?: CustomFunctionDoc;
}

/** A menu item: its label in each language and the entry point it calls (by name). */
export interface MenuItem {
  readonly label: LocalizedText;
  readonly handler: string;
  /** Draw a separator above this item. */
  readonly separatorBefore?: boolean;
}

/** One feature's contribution to the add-on. */
export interface Feature {
  readonly entryPoints: Readonly<Record<string, EntryPoint>>;
  readonly menu?: readonly MenuItem[];
  /** Handler names that installable triggers are created with. */
  readonly triggerHandlers?: readonly string[];
}

/** What build.mjs reads from the bundle to emit and check the top-level wrappers. */
export interface AddonManifest {
  readonly entryPoints: Readonly<Record<string, EntryPoint>>;
  readonly menu: readonly MenuItem[];
  readonly triggerHandlers: readonly string[];
}

/** Builds the manifest from features, refusing a name declared twice. */
export function combineFeatures(features: readonly Feature[]): AddonManifest {
  const entryPoints: Record<string, EntryPoint> = {};
  for (const feature of features) {
    for (const [name, entry] of Object.entries(feature.entryPoints)) {
      if (name in entryPoints) throw new Error(`Entry point ${name} is declared twice`);
      entryPoints[name] = entry;
    }
  }
  return {
    entryPoints,
    menu: features.flatMap((f) => f.menu ?? []),
    triggerHandlers: features.flatMap((f) => f.triggerHandlers ?? []),
  };
}

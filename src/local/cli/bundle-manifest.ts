/**
 * Reads the built add-on's manifest (entry points and menu) from dist/Code.js, the same way
 * build.mjs does: the bundle is evaluated in an empty context, so nothing runs but its
 * declarations. `npm start` uses it to find the menu items it drives by their labels.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export interface BundleMenuItem {
  readonly label: { readonly en: string; readonly zh: string };
  readonly handler: string;
}

export interface BundleManifest {
  readonly entryPoints: Readonly<Record<string, { readonly kind: string }>>;
  readonly menu: readonly BundleMenuItem[];
  readonly triggerHandlers: readonly string[];
}

export function readBundleManifest(codeFile: string): BundleManifest {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(codeFile, 'utf8'), context, { filename: 'Code.js' });
  const manifest = vm.runInContext('CustomerPyramid.manifest', context) as BundleManifest;
  // Copy out of the context so the caller holds plain values.
  return {
    entryPoints: Object.fromEntries(
      Object.entries(manifest.entryPoints).map(([name, entry]) => [name, { kind: entry.kind }]),
    ),
    menu: manifest.menu.map((item) => ({
      label: { en: item.label.en, zh: item.label.zh },
      handler: item.handler,
    })),
    triggerHandlers: [...manifest.triggerHandlers],
  };
}

/** The handler of the first menu item whose English label matches, if the bundle has one. */
export function menuHandler(manifest: BundleManifest, label: RegExp): string | undefined {
  return manifest.menu.find((item) => label.test(item.label.en))?.handler;
}

// Builds dist/ — exactly what clasp pushes to Apps Script:
//   Code.js          the add-on bundle plus one top-level function per entry point
//   <Page>.html      each sidebar/dialog page with its JS and CSS inlined
//   appsscript.json  the manifest, copied from the repo root
//
// Apps Script can only call top-level `function` declarations, and esbuild's IIFE hides
// everything, so the wrappers are generated here from the typed manifest the bundle exports
// (src/addon/index.ts). The bundle is first evaluated in an empty vm context: that proves it
// loads without touching any service, and gives us the manifest to check: a menu item or
// trigger naming a missing handler fails the build instead of failing at run time.
//
// We generate the wrappers ourselves rather than use esbuild-gas-plugin or
// gas-entry-generator: those derive wrappers from `global.x = ...` assignments or export
// names, but cannot check menu/trigger handler names or write the @customfunction JSDoc
// with real parameter names from our typed list.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const GLOBAL = 'CustomerPyramid';

/** Sidebar and dialog pages: a TypeScript entry (which may import CSS) and an HTML shell. */
export const PAGES = [
  { name: 'Sidebar', entry: 'src/pages/sidebar/main.ts', shell: 'src/pages/sidebar/sidebar.html' },
  {
    name: 'Schedule',
    entry: 'src/pages/schedule/main.ts',
    shell: 'src/pages/schedule/schedule.html',
  },
];

const KINDS = new Set(['simple-trigger', 'menu', 'custom-function', 'server', 'trigger']);
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit', 'onSelectionChange']);

/** Writes a file atomically, so a test reading dist/ never sees half a file. */
function writeAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The add-on bundle: minified for dist/, or readable (the same code, for tests that patch it). */
async function bundleAddon({ readable = false } = {}) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/addon/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    // Apps Script's V8 accepts ES2019 everywhere; newer syntax is lowered.
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Apps Script parses the whole file on every custom-function call: white space and
    // redundant syntax go, names stay (the execution log's stack traces name functions), and
    // lines are cut at 500 characters so the Apps Script editor can still show the file.
    minifyWhitespace: !readable,
    minifySyntax: !readable,
    minifyIdentifiers: false,
    lineLimit: 500,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Loads the bundle in a context with no globals but the language's own. */
function readManifest(code) {
  const context = vm.createContext({});
  try {
    vm.runInContext(`${code}\n;globalThis.__manifest = ${GLOBAL}.manifest;`, context, {
      filename: 'Code.js',
    });
  } catch (error) {
    throw new Error(`dist/Code.js must load without any Apps Script service: ${error.message}`);
  }
  return context.__manifest;
}

function fail(message) {
  throw new Error(`build: ${message}`);
}

function checkManifest(manifest, code) {
  const names = Object.keys(manifest.entryPoints);
  for (const name of names) {
    const entry = manifest.entryPoints[name];
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
      fail(`entry point name ${name} is not an identifier`);
    // Names ending in _ are private in Apps Script: menus, triggers and the sidebar cannot call them.
    if (name.endsWith('_')) fail(`entry point ${name} ends in "_" and could not be called`);
    if (name === GLOBAL) fail(`entry point ${name} would shadow the bundle`);
    if (!KINDS.has(entry.kind)) fail(`entry point ${name} has unknown kind ${entry.kind}`);
    if (typeof entry.fn !== 'function') fail(`entry point ${name} has no function`);
    if (entry.kind === 'simple-trigger' && !SIMPLE_TRIGGERS.has(name))
      fail(`${name} is not a simple trigger name`);
    if (entry.kind === 'custom-function') {
      if (!/^[A-Z][A-Z0-9_]*[A-Z0-9]$/.test(name))
        fail(`custom function ${name} must be UPPER_CASE`);
      const doc = entry.doc;
      if (!doc || !doc.description || !doc.returns) fail(`custom function ${name} needs a doc`);
      if (!Array.isArray(doc.params) || doc.params.length === 0)
        fail(`custom function ${name} must document its parameters`);
      for (const p of doc.params) {
        if (!/^[a-z][a-z0-9_]*$/.test(p.name))
          fail(`${name}: parameter ${p.name} is not snake_case`);
        if (!p.description || !p.type)
          fail(`${name}: parameter ${p.name} needs a type and description`);
      }
    }
  }
  for (const item of manifest.menu) {
    const entry = manifest.entryPoints[item.handler];
    if (!entry) fail(`menu item "${item.label.en}" names missing handler ${item.handler}`);
    if (entry.kind !== 'menu')
      fail(`menu item "${item.label.en}" names ${item.handler}, a ${entry.kind}`);
    if (!item.label.en || !item.label.zh)
      fail(`menu item ${item.handler} needs English and Chinese labels`);
  }
  for (const handler of manifest.triggerHandlers) {
    const entry = manifest.entryPoints[handler];
    if (!entry || entry.kind !== 'trigger')
      fail(`trigger handler ${handler} is not a trigger entry point`);
  }
  // Triggers name their handler as a string; catch a literal that names nothing.
  for (const match of code.matchAll(/newTrigger\(\s*["'`]([^"'`]+)["'`]/g)) {
    if (!manifest.entryPoints[match[1]])
      fail(`ScriptApp.newTrigger names missing handler ${match[1]}`);
  }
}

function jsdocLine(text) {
  return text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ');
}

function wrapper(name, entry) {
  const call = `${GLOBAL}.manifest.entryPoints.${name}.fn`;
  if (entry.kind === 'custom-function') {
    const doc = entry.doc;
    const params = doc.params.map((p) => p.name);
    const lines = [
      '/**',
      ` * ${jsdocLine(doc.description)}`,
      ' *',
      ...doc.params.map(
        (p) =>
          ` * @param {${p.type}} ${p.name} ${p.optional ? '[optional] ' : ''}${jsdocLine(p.description)}`,
      ),
      ` * @return ${jsdocLine(doc.returns)}`,
      ' * @customfunction',
      ' */',
    ];
    return `${lines.join('\n')}\nfunction ${name}(${params.join(', ')}) {\n  return ${call}(${params.join(', ')});\n}\n`;
  }
  return `/** Entry point (${entry.kind}). */\nfunction ${name}(...args) {\n  return ${call}(...args);\n}\n`;
}

async function buildPage(page) {
  const result = await esbuild.build({
    entryPoints: [join(root, page.entry)],
    bundle: true,
    write: false,
    outdir: join(root, 'dist/.page'),
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    loader: { '.css': 'css' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const shell = readFileSync(join(root, page.shell), 'utf8');
  if (!shell.includes('<!-- inline:css -->') || !shell.includes('<!-- inline:js -->'))
    fail(`${page.shell} needs <!-- inline:css --> and <!-- inline:js --> markers`);
  // "</script" or "<!--" inside inlined code would end the element early.
  const safeJs = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const safeCss = css.replace(/<\/(style)/gi, '<\\/$1');
  return shell
    .replace('<!-- inline:css -->', () => `<style>\n${safeCss}</style>`)
    .replace('<!-- inline:js -->', () => `<script>\n${safeJs}</script>`);
}

export async function build() {
  const bundle = await bundleAddon();
  const manifest = readManifest(bundle);
  checkManifest(manifest, bundle);
  const wrappers = Object.entries(manifest.entryPoints)
    .map(([name, entry]) => wrapper(name, entry))
    .join('\n');
  const header =
    '// Customer Pyramid — generated by build.mjs from src/. Do not edit: run `npm run build`.\n';
  writeAtomic(join(dist, 'Code.js'), `${header}${bundle}\n// Entry points\n${wrappers}`);
  // The same bundle unminified, beside dist/ (never pushed): what the guard-removal tests
  // patch, since a guard is found by its source text.
  const readable = await bundleAddon({ readable: true });
  writeAtomic(
    join(root, 'build-cache', 'Code.readable.js'),
    `${header}${readable}\n// Entry points\n${wrappers}`,
  );
  for (const page of PAGES) writeAtomic(join(dist, `${page.name}.html`), await buildPage(page));
  writeAtomic(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json'), 'utf8'));
  return { entryPoints: Object.keys(manifest.entryPoints) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build()
    .then(({ entryPoints }) => {
      const size = readFileSync(join(dist, 'Code.js')).length;
      console.log(
        `dist/Code.js: ${(size / 1024).toFixed(1)} KB, ${entryPoints.length} entry points`,
      );
    })
    .catch((error) => {
      console.error(error.message ?? error);
      process.exit(1);
    });
}

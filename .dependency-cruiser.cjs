/**
 * The house rules of src/, checked by `npm run lint` (dependency-cruiser reads the real
 * imports, type-only ones included):
 * - no import circle anywhere;
 * - src/core is pure: it imports nothing outside itself;
 * - the browser pages import only core and their kit;
 * - the Apps Script side imports nothing from the pages or the local tools;
 * - the local tools load the built bundle and import nothing from the Apps Script side.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a loop.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs in Apps Script, Node and the browser: it imports only itself.',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/', dependencyTypesNot: ['npm', 'npm-dev'] },
    },
    {
      name: 'core-no-node',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pages-import-core-and-kit',
      severity: 'error',
      comment: 'A page imports core, the kit and its own folder only.',
      from: { path: '^src/pages/([^/]+)/' },
      to: {
        path: '^src/',
        pathNot: ['^src/core/', '^src/pages/kit/', '^src/pages/$1/'],
      },
    },
    {
      name: 'addon-not-pages-or-local',
      severity: 'error',
      from: { path: '^src/addon/' },
      to: { path: ['^src/pages/', '^src/local/'] },
    },
    {
      name: 'local-not-addon',
      severity: 'error',
      comment: 'The local tools run the built dist/Code.js, never the add-on sources.',
      from: { path: '^src/local/' },
      to: { path: ['^src/addon/', '^src/pages/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.css$'] },
  },
};

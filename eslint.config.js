import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Apps Script services: only src/addon (and the local runtime that fakes them) may touch them.
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'HtmlService',
  'Session',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'DriveApp',
  'google',
].map((name) => ({ name, message: 'src/core is pure: pass what you need in as arguments.' }));

export default tseslint.config(
  { ignores: ['dist/', 'build-cache/', 'out/', 'node_modules/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS],
      'no-restricted-imports': [
        'error',
        { patterns: ['**/addon/**', '**/local/**', '**/pages/**', 'node:*'] },
      ],
    },
  },
  {
    files: ['src/addon/**/*.ts', 'src/pages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/local/**', 'node:*'] }],
    },
  },
);

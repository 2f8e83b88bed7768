/**
 * `npm start` (after `npm run build`): see `npm start -- --help`. Exits 0 on success, 1 with a
 * message when an input file cannot be used or the add-on refuses it, 2 on anything unexpected.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputFileError } from '../workbook-io';
import { AddonRefusal } from './addon-session';
import { parseStartOptions } from './options';
import { start } from './start';

// After SIGHUP (the terminal closed) writing to it fails: that must not stop the last save.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

try {
  await start(parseStartOptions(process.argv.slice(2)), repoRoot);
  process.exit(0);
} catch (error) {
  if (error instanceof InputFileError) {
    console.error(`Cannot use ${error.message}`);
    console.error('Nothing was changed in your file; nothing was written to out/.');
    process.exit(1);
  }
  if (error instanceof AddonRefusal) {
    console.error(`The add-on stopped at ${error.message}`);
    console.error('Nothing was changed in your file; nothing was written to out/.');
    process.exit(1);
  }
  console.error(error);
  process.exit(2);
}

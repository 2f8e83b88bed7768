/** The `npm start` command line: what it accepts and the help text it prints. */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { PeriodKind } from '../periods';

export interface StartOptions {
  /** The user's own .xlsx or .csv; never modified. */
  readonly workbook?: string;
  /** The sheet of --workbook that holds the customers, when it is not named Customers. */
  readonly sheet?: string;
  /** A transaction log to build the book from. */
  readonly orders?: string;
  readonly period: PeriodKind;
  readonly seed: number;
  readonly customers: number;
  readonly out: string;
  readonly port: number;
  readonly serve: boolean;
  readonly timeZone?: string;
  readonly user: string;
}

function integer(name: string, min: number, max: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return value;
  };
}

/** Builds the command; `parse` reads argv and the CI variable. */
export function startCommand(): Command {
  return new Command('npm start --')
    .description(
      'Customer Pyramid on your machine: opens a workbook (a generated demo by default), runs ' +
        'Set up sheets and Recalculate tiers through the built add-on in the local Apps Script ' +
        'runtime, prints the pyramid, sends the scheduled report for the last two periods into ' +
        'out/mail/, writes the resulting workbook to out/ and serves the sidebar.',
    )
    .addOption(
      new Option(
        '--workbook <file>',
        'your own workbook (.xlsx, or .csv for a Customers sheet); only read',
      ).conflicts('orders'),
    )
    .option(
      '--sheet <name>',
      'the sheet of --workbook that holds the customers, when it is not named Customers',
    )
    .option(
      '--orders <file>',
      'order lines (customer, date, amount; whitespace, comma or tab separated) to build the book from',
    )
    .addOption(
      new Option('--period <kind>', 'period for --orders revenue')
        .choices(['month', 'quarter', 'year'])
        .default('quarter'),
    )
    .option('--seed <n>', 'seed of the demo workbook', integer('--seed', 0, 2 ** 31 - 1), 1)
    .option(
      '--customers <n>',
      'customers in the demo workbook',
      integer('--customers', 1, 200_000),
      1000,
    )
    .option('--out <dir>', 'where results are written', 'out')
    .option(
      '--port <n>',
      'port of the local sidebar (0 = any free port)',
      integer('--port', 0, 65_535),
      8080,
    )
    .option('--no-serve', 'do steps 1-4 and exit (also when CI=true)')
    .option(
      '--time-zone <zone>',
      "the workbook's time zone for dates in your file (default: UTC, demo: Asia/Shanghai)",
    )
    .option('--user <email>', 'who runs the add-on (the owner of the book)', 'owner@example.com')
    .showHelpAfterError();
}

/** Parses argv (without node and script); `CI=true` means no server, as in the README. */
export function parseStartOptions(argv: readonly string[], env = process.env): StartOptions {
  const command = startCommand();
  command.parse([...argv], { from: 'user' });
  const raw = command.opts<StartOptions>();
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return { ...raw, serve: raw.serve && !ci };
}

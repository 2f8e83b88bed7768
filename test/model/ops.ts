/**
 * The operations of the model test and their fast-check generators: what several users do to
 * one shared book (log, double submit, Recalculate, Set up, the schedule, Send report now),
 * what happens around them (the clock, sharing changes, header renames, customers' values),
 * and how executions are attacked (a service call that throws, a kill at a time budget, two
 * executions interleaved at service-call boundaries).
 */
import fc from 'fast-check';
import type { LocalUser } from '../../src/local/runtime';
import { EDITOR, EDITOR_ZH, OWNER, STRANGER, VIEWER } from '../addon/database/support';

export const PEOPLE = [OWNER, EDITOR, EDITOR_ZH, VIEWER, STRANGER] as const;
/** Everyone but the owner, whose access never changes. */
export const SHAREABLE = [EDITOR, EDITOR_ZH, VIEWER, STRANGER] as const;
export type Person = (typeof PEOPLE)[number];
export type Role = Exclude<LocalUser['role'], 'owner'>;

/** How an execution is attacked: call k throws, or every call after `budgetMs` fails. */
export type Fault = { failAt: number } | { budgetMs: number };

/** One execution of the bundle. */
export type Exec =
  /** The log form; `key` names the form, so a repeated key is a double submit of it. */
  | { t: 'log'; user: Person; key: number; summary: string; customer: number }
  | { t: 'recalc'; user: Person }
  | { t: 'setup'; user: Person }
  | { t: 'save'; user: Person; recipients: Person[]; hour: number; takeOver: boolean }
  | { t: 'stop'; user: Person }
  | { t: 'sendNow'; user: Person }
  /** The report trigger fires (the first one installed, if any). */
  | { t: 'trigger' };

export type Op =
  | { t: 'exec'; exec: Exec; fault?: Fault }
  | { t: 'pair'; a: Exec; b: Exec; seed: number; fault?: Fault }
  | { t: 'share'; user: (typeof SHAREABLE)[number]; role: Role }
  | { t: 'rename'; header: 'Revenue' | 'Name'; renamed: boolean }
  | { t: 'edit'; customer: number; revenue: number }
  /** The clock moves on, then every trigger due fires. */
  | { t: 'advance'; hours: number };

export const CUSTOMERS = 12;

const SPACES = ['', '', ' ', '\u00a0', '\u3000', '\t', '\u2003'];
const STARTS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', "'", '', ''];
const TAILS = ['A1+1', '1', 'HYPERLINK("http://x.example","y")', 'SUM(A:A)', 'TRUE', 'call back'];

/** Text a person types, biased to what Sheets would read as a formula or a value. */
export const typedText = fc
  .tuple(fc.constantFrom(...SPACES), fc.constantFrom(...STARTS), fc.constantFrom(...TAILS))
  .map(([s, start, tail]) => `${s}${start}${tail}`)
  .filter((t) => t.trim() !== '');

const person = fc.constantFrom(...PEOPLE);
/** Mostly people who may write, sometimes a viewer or an outsider. */
const actor = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(OWNER, EDITOR, EDITOR_ZH) },
  { weight: 1, arbitrary: fc.constantFrom(VIEWER, STRANGER) },
);

export const execArb: fc.Arbitrary<Exec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('log' as const),
      user: actor,
      key: fc.nat({ max: 3 }),
      summary: typedText,
      customer: fc.nat({ max: CUSTOMERS - 1 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('recalc' as const), user: actor }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('setup' as const), user: actor }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('save' as const),
      user: actor,
      recipients: fc.uniqueArray(person, { minLength: 1, maxLength: 4 }),
      hour: fc.nat({ max: 23 }),
      takeOver: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('stop' as const), user: actor }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('sendNow' as const), user: actor }) },
  { weight: 2, arbitrary: fc.constant({ t: 'trigger' as const }) },
);

export const faultArb: fc.Arbitrary<Fault | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.record({ failAt: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 1, arbitrary: fc.record({ budgetMs: fc.integer({ min: 0, max: 3000 }) }) },
);

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 14,
    arbitrary: fc.record(
      { t: fc.constant('exec' as const), exec: execArb, fault: faultArb },
      { requiredKeys: ['t', 'exec'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        t: fc.constant('pair' as const),
        a: execArb,
        b: execArb,
        seed: fc.nat(),
        fault: faultArb,
      },
      { requiredKeys: ['t', 'a', 'b', 'seed'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('share' as const),
      user: fc.constantFrom(...SHAREABLE),
      role: fc.constantFrom<Role>('editor', 'viewer', 'none'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('rename' as const),
      header: fc.constantFrom('Revenue' as const, 'Name' as const),
      renamed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      customer: fc.nat({ max: CUSTOMERS - 1 }),
      revenue: fc.integer({ min: 0, max: 30_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('advance' as const),
      hours: fc.integer({ min: 1, max: 200 }),
    }),
  },
);

export const sequenceArb = (maxLength: number): fc.Arbitrary<Op[]> =>
  fc.array(opArb, { minLength: 1, maxLength });

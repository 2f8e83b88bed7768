/**
 * Behaviour over time: how many customers moved from each tier to each since the last report
 * (the migration table, kept tiers shaded), the share who kept their tier, and the Markov
 * forecast of the next period's pyramid. A baseline has no earlier tiers: it says so instead.
 */
import { TIERS } from '../../crm/vocabulary';
import { formatNumber } from '../../i18n';
import type { DigestMigration, DigestModel } from '../digest-model';
import { tierName, type Block, type GridRow } from './blocks';
import { percent, type Say } from './format';

const count = (n: number): string => formatNumber(n, 0);
/** Expected customers are fractional: one decimal, as the shares are printed. */
const expected = (n: number): string => formatNumber(n, 1);

/** "+1.5", "−2", "0": the change as printed (rounded to one decimal first). */
function signed(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), 1)}`;
}

/** The sentence above the table: how many kept their tier, moved, left and arrived. */
function keptSentence(m: DigestMigration, say: Say): string {
  const t = m.table;
  const before = [0, 1, 2, 3].reduce((s, i) => s + t[i]![5]!, 0);
  const kept = [0, 1, 2, 3].reduce((s, i) => s + t[i]![i]!, 0);
  const gone = t[5]![4]!;
  const added = t[4]![5]!;
  if (m.kept === null) return say('migrationNobody', { added: count(added) });
  return say('migrationKept', {
    kept: count(kept),
    before: count(before),
    share: percent(m.kept),
    moved: count(before - kept - gone),
    gone: count(gone),
    added: count(added),
  });
}

function migrationGrid(m: DigestMigration, say: Say): Block {
  const names = [...TIERS, say('new'), say('total')];
  const rows: GridRow[] = m.table.map((row, i) => ({
    cells: [names[i]!, ...row.map(count)],
    total: i === 5,
    // The diagonal: customers who kept their tier (cell 0 is the row's name).
    ...(i < 4 ? { mark: i + 1 } : {}),
  }));
  return {
    kind: 'grid',
    caption: say('migrationCaption'),
    head: [say('fromTo'), ...TIERS, say('gone'), say('total')],
    rows,
    totalColumn: true,
  };
}

function forecastGrid(m: DigestMigration, model: DigestModel, say: Say): Block {
  const { now, expected: next } = m.forecast;
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  const row = (name: string, a: number, b: number, total: boolean): GridRow => ({
    cells: [name, count(a), expected(b), signed(b - a)],
    total,
  });
  return {
    kind: 'grid',
    caption: say('forecastCaption'),
    head: [say('tier'), say('now'), say('expected'), say('change')],
    rows: [
      ...TIERS.map((tier, i) => row(tierName(tier, model.locale), now[i]!, next[i]!, false)),
      row(say('total'), sum(now), sum(next), true),
    ],
    totalColumn: false,
  };
}

/** The movement section and the forecast, or on a baseline the reason there is none. */
export function migrationBlocks(model: DigestModel, say: Say): Block[] {
  const m = model.migration;
  const heading: Block = { kind: 'heading', text: say('migration') };
  if (!m) {
    if (!model.baseline) return [];
    return [heading, { kind: 'para', text: say('migrationBaseline') }];
  }
  return [
    heading,
    { kind: 'para', text: keptSentence(m, say) },
    migrationGrid(m, say),
    { kind: 'heading', text: say('forecast') },
    { kind: 'para', text: say('forecastNote', { gone: expected(m.forecast.gone) }) },
    forecastGrid(m, model, say),
  ];
}

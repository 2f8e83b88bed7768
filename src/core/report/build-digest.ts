/**
 * Builds the {@link DigestModel} — everything one digest says — from the pyramid now, the
 * net tier changes since the recipient's last digest (and from them the tier migration and its
 * forecast) and the watch list. Pure.
 */
import { TIERS } from '../crm/vocabulary';
import type { Locale } from '../i18n';
import { explainTier, type Pyramid } from '../pyramid';
import type { PyramidSummary } from '../pyramid/summarize-pyramid';
import type { DigestChange, DigestModel } from './digest-model';
import { digestMigration } from './digest-migration';
import { changeKind, tierRank, type RankedCustomer, type TierChange } from './tier-changes';
import type { ReportPeriod } from './period';
import { goneReason } from './gone-reason';

/** The top share of customers the 80/20 line reports. */
export const PARETO_TOP_SHARE = 0.2;

export interface DigestInput {
  readonly locale: Locale;
  readonly spreadsheetName: string;
  readonly spreadsheetUrl: string;
  readonly timeZone: string;
  readonly period: ReportPeriod;
  /** `yyyy-MM-dd HH:mm`, spreadsheet time zone. */
  readonly generatedAt: string;
  readonly valueBasis: 'revenue' | 'profit';
  readonly pyramid: Pyramid;
  readonly summary: PyramidSummary;
  readonly pareto: number | null;
  readonly previousPareto: number | null;
  /** Net changes since the recipient's last digest (see `netChanges`). */
  readonly changes: readonly TierChange[];
  /** The customers now with their tiers (the migration's "now" side). */
  readonly customers: readonly Pick<RankedCustomer, 'id' | 'tier'>[];
  readonly watch: DigestModel['watch'];
  /** The team's setting: say "no tier changes" when nothing changed. */
  readonly noChangeNote: boolean;
  /** This run only recorded the baseline (the job's `baseline`): nothing to compare with yet. */
  readonly baseline: boolean;
}

const nanToZero = (x: number): number => (Number.isNaN(x) ? 0 : x);

/**
 * The digest model. Changes are explained against the pyramid now ("revenue 1,204,000 is
 * rank 37 of 1,000; B takes ranks 11–50"); promotions and demotions are grouped by the tier
 * reached, best first, then by value.
 */
export function buildDigestModel(input: DigestInput): DigestModel {
  const { locale, pyramid, summary } = input;
  const digestChange = (c: TierChange): DigestChange => ({
    customerId: c.customerId,
    name: c.name,
    tier: c.to,
    from: c.from,
    to: c.to,
    value: c.value,
    reason:
      c.to === null ? goneReason(locale) : explainTier(c.value, pyramid, locale, input.valueBasis),
  });
  const byTierThenValue = (a: DigestChange, b: DigestChange): number =>
    tierRank(b.to ?? b.from ?? 'D') - tierRank(a.to ?? a.from ?? 'D') || b.value - a.value;
  const groups = { promotion: [], demotion: [], new: [], gone: [] } as Record<
    ReturnType<typeof changeKind>,
    DigestChange[]
  >;
  for (const c of input.changes) groups[changeKind(c)].push(digestChange(c));
  for (const list of Object.values(groups)) list.sort(byTierThenValue);
  const nothingChanged = input.changes.length === 0;
  return {
    locale,
    spreadsheetName: input.spreadsheetName,
    spreadsheetUrl: input.spreadsheetUrl,
    timeZone: input.timeZone,
    period: {
      key: input.period.key,
      frequency: input.period.frequency,
      start: input.period.start,
      end: input.period.end,
    },
    generatedAt: input.generatedAt,
    valueBasis: input.valueBasis,
    pyramid: TIERS.map((tier) => {
      const t = summary.tiers[tier];
      return {
        tier,
        customers: t.customers,
        value: t.value,
        customerShare: nanToZero(t.customerShare),
        valueShare: nanToZero(t.valueShare),
      };
    }),
    totalCustomers: summary.total.customers,
    totalValue: summary.total.value,
    pareto: {
      topShare: PARETO_TOP_SHARE,
      valueShare: input.pareto ?? 0,
      previousValueShare: input.previousPareto,
    },
    promotions: groups.promotion,
    demotions: groups.demotion,
    newCustomers: groups.new,
    goneCustomers: groups.gone,
    watch: input.watch,
    migration: input.baseline ? null : digestMigration(input.customers, input.changes),
    baseline: input.baseline,
    // A baseline has nothing to compare with: "no tier changes" would be wrong there.
    showNoChangeNote: nothingChanged && !input.baseline && input.noChangeNote,
  };
}

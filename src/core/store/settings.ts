/**
 * The team's settings, kept as key/value rows in the `Settings` sheet so everyone can read
 * them: tier cuts, matrix cuts, revenue bands and coefficient, language. (Settings that decide
 * who gets mail are not here: they live in document properties, editable by the owner only.)
 */
import { localize, type Locale, type LocalizedText } from '../i18n';
import { cellA1, sheetPrefix } from './a1';
import { cellErrorMessage, isBlank } from './read-cell';
import { normalizeHeader, mapHeaders, headerProblemMessage } from './headers';
import { SETTINGS } from './schema';
import { TableHeaderError } from './table';
import { storeMessage } from './messages';

export interface TeamSettings {
  /** Cumulative shares ending tiers A, B and C (default 1 %, 5 %, 20 %). */
  readonly tierCuts: readonly [number, number, number];
  /** What the pyramid ranks by. */
  readonly valueBasis: 'revenue' | 'profit';
  /** Cut between low and high current value; null = the median. */
  readonly matrixValueCut: number | null;
  /** Cut between low and high potential; null = the median. */
  readonly matrixPotentialCut: number | null;
  /** Diamond, Platinum, Gold, VIP thresholds, before the coefficient. */
  readonly bandThresholds: readonly [number, number, number, number];
  /** Regional coefficient applied to the band thresholds (e.g. 0.8–0.9). */
  readonly bandCoefficient: number;
  /** The sidebar's and the sheets' labels' language: the user's locale, or forced. */
  readonly language: 'auto' | Locale;
  /** Report watch list: days an A / a B account may go without contact. */
  readonly reportDaysA: number;
  readonly reportDaysB: number;
  /** Report: say "no tier changes" in a digest when nothing changed. */
  readonly reportNoChangeNote: boolean;
}

type Parsed = { ok: true; value: unknown } | { ok: false; expected: LocalizedText };

interface SettingRow {
  readonly key: string;
  readonly defaultValue: string | number;
  /** Sheets number format of the value cell. */
  readonly format?: string;
  readonly description: LocalizedText;
  readonly parse: (cell: unknown) => Parsed;
  readonly apply: (s: Mutable<TeamSettings>, value: unknown) => void;
}
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EXPECT_FRACTION = {
  en: 'expected a percentage above 0% and at most 100%',
  zh: '应为大于 0% 且不超过 100% 的百分比',
};
const EXPECT_POSITIVE = { en: 'expected a number above 0', zh: '应为大于 0 的数字' };
const EXPECT_CUT = {
  en: 'expected a number, or blank for the median',
  zh: '应为数字，留空表示中位数',
};

const EXPECT_DAYS = { en: 'expected a whole number of days above 0', zh: '应为大于 0 的整天数' };
const daysCell = (cell: unknown): Parsed =>
  typeof cell === 'number' && Number.isInteger(cell) && cell > 0
    ? { ok: true, value: cell }
    : { ok: false, expected: EXPECT_DAYS };
const fractionCell = (cell: unknown): Parsed =>
  typeof cell === 'number' && cell > 0 && cell <= 1
    ? { ok: true, value: cell }
    : { ok: false, expected: EXPECT_FRACTION };
const positiveCell = (cell: unknown): Parsed =>
  typeof cell === 'number' && Number.isFinite(cell) && cell > 0
    ? { ok: true, value: cell }
    : { ok: false, expected: EXPECT_POSITIVE };
const optionalNumberCell = (cell: unknown): Parsed =>
  isBlank(cell)
    ? { ok: true, value: null }
    : typeof cell === 'number' && Number.isFinite(cell)
      ? { ok: true, value: cell }
      : { ok: false, expected: EXPECT_CUT };
const oneOf =
  (codes: readonly string[]) =>
  (cell: unknown): Parsed => {
    const text = String(cell).trim().toLowerCase();
    return codes.includes(text)
      ? { ok: true, value: text }
      : {
          ok: false,
          expected: {
            en: `expected one of ${codes.join(', ')}`,
            zh: `应为以下之一：${codes.join(', ')}`,
          },
        };
  };

function cut(i: 0 | 1 | 2) {
  return (s: Mutable<TeamSettings>, v: unknown): void => {
    const cuts = [...s.tierCuts] as [number, number, number];
    cuts[i] = v as number;
    s.tierCuts = cuts;
  };
}
function band(i: 0 | 1 | 2 | 3) {
  return (s: Mutable<TeamSettings>, v: unknown): void => {
    const t = [...s.bandThresholds] as [number, number, number, number];
    t[i] = v as number;
    s.bandThresholds = t;
  };
}

/** The rows of the Settings sheet, in the order Set up sheets writes them. */
export const SETTING_ROWS: readonly SettingRow[] = [
  {
    key: 'tier_cut_a',
    defaultValue: 0.01,
    format: '0.##%',
    description: {
      en: 'Tier A: the top share of customers (cumulative).',
      zh: 'A 类：排名最前的客户比例（累计）。',
    },
    parse: fractionCell,
    apply: cut(0),
  },
  {
    key: 'tier_cut_b',
    defaultValue: 0.05,
    format: '0.##%',
    description: {
      en: 'Tiers A+B: the top share of customers (cumulative).',
      zh: 'A+B 类：排名最前的客户比例（累计）。',
    },
    parse: fractionCell,
    apply: cut(1),
  },
  {
    key: 'tier_cut_c',
    defaultValue: 0.2,
    format: '0.##%',
    description: {
      en: 'Tiers A+B+C: the top share of customers (cumulative).',
      zh: 'A+B+C 类：排名最前的客户比例（累计）。',
    },
    parse: fractionCell,
    apply: cut(2),
  },
  {
    key: 'value_basis',
    defaultValue: 'revenue',
    description: {
      en: 'Rank customers by revenue or profit.',
      zh: '按销售收入（revenue）或利润（profit）排名。',
    },
    parse: oneOf(['revenue', 'profit']),
    apply: (s, v) => (s.valueBasis = v as 'revenue' | 'profit'),
  },
  {
    key: 'matrix_value_cut',
    defaultValue: '',
    description: {
      en: 'Value matrix: high current value from this amount (blank = median).',
      zh: '价值矩阵：当前价值高低的分界（留空为中位数）。',
    },
    parse: optionalNumberCell,
    apply: (s, v) => (s.matrixValueCut = v as number | null),
  },
  {
    key: 'matrix_potential_cut',
    defaultValue: '',
    description: {
      en: 'Value matrix: high potential from this amount (blank = median).',
      zh: '价值矩阵：潜力高低的分界（留空为中位数）。',
    },
    parse: optionalNumberCell,
    apply: (s, v) => (s.matrixPotentialCut = v as number | null),
  },
  {
    key: 'band_diamond',
    defaultValue: 5_000_000,
    format: '#,##0',
    description: { en: 'Diamond band: annual revenue from.', zh: '钻石级：年收入下限。' },
    parse: positiveCell,
    apply: band(0),
  },
  {
    key: 'band_platinum',
    defaultValue: 2_000_000,
    format: '#,##0',
    description: { en: 'Platinum band: annual revenue from.', zh: '白金级：年收入下限。' },
    parse: positiveCell,
    apply: band(1),
  },
  {
    key: 'band_gold',
    defaultValue: 200_000,
    format: '#,##0',
    description: { en: 'Gold band: annual revenue from.', zh: '黄金级：年收入下限。' },
    parse: positiveCell,
    apply: band(2),
  },
  {
    key: 'band_vip',
    defaultValue: 10_000,
    format: '#,##0',
    description: { en: 'VIP band: annual revenue from.', zh: 'VIP 级：年收入下限。' },
    parse: positiveCell,
    apply: band(3),
  },
  {
    key: 'band_coefficient',
    defaultValue: 1,
    format: '0.00',
    description: {
      en: 'Regional coefficient for the band thresholds (e.g. 0.8–0.9 for smaller regions).',
      zh: '分级门槛的地区系数（较小地区可取 0.8–0.9）。',
    },
    parse: positiveCell,
    apply: (s, v) => (s.bandCoefficient = v as number),
  },
  {
    key: 'language',
    defaultValue: 'auto',
    description: {
      en: 'Language of the sidebar and of the labels the add-on writes: auto (your Google locale), en or zh.',
      zh: '侧边栏及插件写入名称的语言：auto（跟随 Google 账号）、en 或 zh。',
    },
    parse: oneOf(['auto', 'en', 'zh']),
    apply: (s, v) => (s.language = v as TeamSettings['language']),
  },
  {
    key: 'report_days_a',
    defaultValue: 30,
    format: '0',
    description: {
      en: 'Report: list an A account on the watch list after this many days without contact.',
      zh: '报告：A 类客户超过此天数未联系即列入关注清单。',
    },
    parse: daysCell,
    apply: (s, v) => (s.reportDaysA = v as number),
  },
  {
    key: 'report_days_b',
    defaultValue: 60,
    format: '0',
    description: {
      en: 'Report: list a B account on the watch list after this many days without contact.',
      zh: '报告：B 类客户超过此天数未联系即列入关注清单。',
    },
    parse: daysCell,
    apply: (s, v) => (s.reportDaysB = v as number),
  },
  {
    key: 'report_no_change_note',
    defaultValue: 'on',
    description: {
      en: 'Report: say "no tier changes" when nothing changed (on or off).',
      zh: '报告：没有层级变化时显示“无层级变化”提示（on 或 off）。',
    },
    parse: oneOf(['on', 'off']),
    apply: (s, v) => (s.reportNoChangeNote = v === 'on'),
  },
];

export const DEFAULT_SETTINGS: TeamSettings = {
  tierCuts: [0.01, 0.05, 0.2],
  valueBasis: 'revenue',
  matrixValueCut: null,
  matrixPotentialCut: null,
  bandThresholds: [5_000_000, 2_000_000, 200_000, 10_000],
  bandCoefficient: 1,
  language: 'auto',
  reportDaysA: 30,
  reportDaysB: 60,
  reportNoChangeNote: true,
};

export interface SettingsRead {
  readonly settings: TeamSettings;
  /** Bad cells, each naming the cell. */
  readonly errors: readonly string[];
  /** Keys with no row yet (Set up sheets adds them). */
  readonly missingKeys: readonly string[];
}

/**
 * Reads the Settings sheet's values (row 1 = headers). Unknown keys are the team's own and
 * ignored; a missing key takes its default; a bad value is an error naming its cell.
 */
export function readSettings(
  values: readonly (readonly unknown[])[],
  locale: Locale,
): SettingsRead {
  const mapped = mapHeaders(SETTINGS, values[0] ?? []);
  if (!mapped.ok)
    throw new TableHeaderError(headerProblemMessage(SETTINGS.sheet, mapped.problems, locale));
  const keyAt = mapped.map.index.key!;
  const valueAt = mapped.map.index.value!;
  const settings: Mutable<TeamSettings> = { ...DEFAULT_SETTINGS };
  const errors: string[] = [];
  /** Setting key → the sheet row that holds it. */
  const seen = new Map<string, number>();
  const byKey = new Map(SETTING_ROWS.map((r) => [r.key, r]));
  const keyCell = (row: number): string => `${sheetPrefix(SETTINGS.sheet)}!${cellA1(keyAt, row)}`;
  for (let r = 1; r < values.length; r++) {
    const key = normalizeHeader(values[r]![keyAt]);
    const row = byKey.get(key);
    if (!row) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      // Two rows for one setting: which one the team means is theirs to say.
      errors.push(
        storeMessage(locale, 'duplicateSetting', {
          key,
          first: keyCell(first),
          second: keyCell(r + 1),
        }),
      );
      continue;
    }
    seen.set(key, r + 1);
    const cell = values[r]![valueAt];
    const parsed = row.parse(cell);
    if (parsed.ok) row.apply(settings, parsed.value);
    else
      errors.push(
        cellErrorMessage(
          `${sheetPrefix(SETTINGS.sheet)}!${cellA1(valueAt, r + 1)}`,
          localize(parsed.expected, locale),
          cell,
          locale,
        ),
      );
  }
  const [a, b, c] = settings.tierCuts;
  if (!(a < b && b < c))
    errors.push(
      localize(
        {
          en: `${SETTINGS.sheet}: tier cuts must increase (A < A+B < A+B+C), got ${a}, ${b}, ${c}`,
          zh: `${SETTINGS.sheet}：分层比例必须递增（A < A+B < A+B+C），实际为 ${a}、${b}、${c}`,
        },
        locale,
      ),
    );
  return {
    settings,
    errors,
    missingKeys: SETTING_ROWS.filter((r) => !seen.has(r.key)).map((r) => r.key),
  };
}

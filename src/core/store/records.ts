/**
 * The typed records of the database tables, built from {@link TableRow}s. Blank numbers are
 * null, blank days and codes ''.
 */
import type {
  Band,
  ContactRole,
  FunnelBand,
  InteractionKind,
  Personality,
  Purpose,
  Quadrant,
  Satisfaction,
  Tier,
} from '../crm/vocabulary';
import type { TableRow } from './table';

export interface CustomerRecord {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly owners: readonly string[];
  readonly revenue: number | null;
  readonly profit: number | null;
  readonly potential: number | null;
  readonly categoryBudget: number | null;
  readonly firstOrder: string;
  readonly lastOrder: string;
  readonly industry: string;
  readonly notes: string;
  /** As last written by Recalculate tiers ('' before the first run). */
  readonly tier: Tier | '';
  readonly quadrant: Quadrant | '';
  readonly band: Band | '';
}

export interface ContactRecord {
  readonly row: number;
  readonly customerId: string;
  readonly name: string;
  readonly role: ContactRole | '';
  readonly email: string;
  readonly phone: string;
  readonly importantDate: string;
  readonly personality: Personality | '';
}

export interface InteractionRecord {
  readonly row: number;
  readonly loggedAt: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly date: string;
  readonly kind: InteractionKind | '';
  readonly purpose: Purpose | '';
  readonly summary: string;
  readonly withWhom: string;
  readonly perceived: number | null;
  readonly expected: number | null;
  readonly satisfaction: Satisfaction | '';
  readonly dealProbability: number | null;
  readonly funnel: FunnelBand | '';
  readonly nextStep: string;
  readonly followUpDate: string;
  readonly loggedBy: string;
  readonly requestId: string;
}

type Cells = TableRow['cells'];
const text = (c: Cells, k: string): string => (typeof c[k] === 'string' ? (c[k] as string) : '');
const num = (c: Cells, k: string): number | null =>
  typeof c[k] === 'number' ? (c[k] as number) : null;
const list = (c: Cells, k: string): readonly string[] =>
  Array.isArray(c[k]) ? (c[k] as readonly string[]) : [];

export function toCustomer({ row, cells: c }: TableRow): CustomerRecord {
  return {
    row,
    id: text(c, 'id'),
    name: text(c, 'name'),
    owners: list(c, 'owners'),
    revenue: num(c, 'revenue'),
    profit: num(c, 'profit'),
    potential: num(c, 'potential'),
    categoryBudget: num(c, 'categoryBudget'),
    firstOrder: text(c, 'firstOrder'),
    lastOrder: text(c, 'lastOrder'),
    industry: text(c, 'industry'),
    notes: text(c, 'notes'),
    tier: text(c, 'tier') as Tier | '',
    quadrant: text(c, 'quadrant') as Quadrant | '',
    band: text(c, 'band') as Band | '',
  };
}

export function toContact({ row, cells: c }: TableRow): ContactRecord {
  return {
    row,
    customerId: text(c, 'customerId'),
    name: text(c, 'name'),
    role: text(c, 'role') as ContactRole | '',
    email: text(c, 'email'),
    phone: text(c, 'phone'),
    importantDate: text(c, 'importantDate'),
    personality: text(c, 'personality') as Personality | '',
  };
}

export function toInteraction({ row, cells: c }: TableRow): InteractionRecord {
  return {
    row,
    loggedAt: text(c, 'loggedAt'),
    customerId: text(c, 'customerId'),
    customerName: text(c, 'customerName'),
    date: text(c, 'date'),
    kind: text(c, 'kind') as InteractionKind | '',
    purpose: text(c, 'purpose') as Purpose | '',
    summary: text(c, 'summary'),
    withWhom: text(c, 'withWhom'),
    perceived: num(c, 'perceived'),
    expected: num(c, 'expected'),
    satisfaction: text(c, 'satisfaction') as Satisfaction | '',
    dealProbability: num(c, 'dealProbability'),
    funnel: text(c, 'funnel') as FunnelBand | '',
    nextStep: text(c, 'nextStep'),
    followUpDate: text(c, 'followUpDate'),
    loggedBy: text(c, 'loggedBy'),
    requestId: text(c, 'requestId'),
  };
}

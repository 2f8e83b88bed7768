/**
 * The report's health, shown to the user so that failures are visible: last success, last error and the day of the last alert
 * mail, in one JSON document property, so the schedule dialog can show it.
 */
import * as z from 'zod/mini';
import { loadJsonProperty, saveJsonProperty } from '../json-property';

const KEY = 'customerPyramid.report.health';

export const reportHealthSchema = z.object({
  /** ISO 8601 instant of the last run that finished. */
  lastSuccess: z.optional(z.string()),
  /** The last failed run: when and what went wrong. */
  lastError: z.optional(z.object({ at: z.string(), message: z.string() })),
  /** `yyyy-MM-dd` (spreadsheet time zone) of the last alert mail to the schedule's owner. */
  lastAlertDay: z.optional(z.string()),
  /** What the last run that finished left undone or found, for the dialog to show. */
  lastRun: z.optional(
    z.object({
      at: z.string(),
      /** Recipients not mailed because they could not open the spreadsheet then. */
      skipped: z.array(z.string()),
      /** Tier History sheet rows found past the state that no run wrote: kept, not applied. */
      ignoredRows: z.array(z.number()),
      /** Set when the run started a new baseline: why (`lost`, or what was damaged). */
      newBaseline: z.nullable(z.string()),
    }),
  ),
});
export type ReportHealth = z.infer<typeof reportHealthSchema>;

/** The stored health, or an empty record. */
export function loadHealth(): ReportHealth {
  return loadJsonProperty(KEY, reportHealthSchema, {});
}

/** Stores the health (one property call). */
export function saveHealth(health: ReportHealth): void {
  saveJsonProperty(KEY, health);
}

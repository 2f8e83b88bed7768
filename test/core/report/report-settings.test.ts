import { describe, expect, it } from 'vitest';
import { readSettings, SETTING_ROWS } from '../../../src/core/store/settings';

describe('report settings rows', () => {
  it('days without contact per tier and the no-change note, with defaults A 30 / B 60 / on', () => {
    const keys = SETTING_ROWS.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['report_days_a', 'report_days_b', 'report_no_change_note']),
    );
    for (const row of SETTING_ROWS.filter((r) => r.key.startsWith('report_')))
      expect(row.description.zh).toMatch(/报告/);
    const defaults = readSettings([['Setting', 'Value']], 'en').settings;
    expect([defaults.reportDaysA, defaults.reportDaysB, defaults.reportNoChangeNote]).toEqual([
      30,
      60,
      true,
    ]);
    const read = readSettings(
      [
        ['Setting', 'Value'],
        ['report_days_a', 14],
        ['report_days_b', 2.5],
        ['report_no_change_note', 'OFF'],
      ],
      'en',
    );
    expect(read.settings.reportDaysA).toBe(14);
    expect(read.settings.reportNoChangeNote).toBe(false);
    expect(read.errors).toEqual(['Settings!B3: expected a whole number of days above 0, got 2.5']);
  });
});

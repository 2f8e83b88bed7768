import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTING_ROWS } from '../../../src/core/store/settings';

describe('readSettings', () => {
  it('takes defaults for missing keys and reports them', () => {
    const r = readSettings(
      [
        ['Setting', 'Value'],
        ['tier_cut_a', 0.02],
      ],
      'en',
    );
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, tierCuts: [0.02, 0.05, 0.2] });
    expect(r.missingKeys).toHaveLength(SETTING_ROWS.length - 1);
    expect(r.errors).toEqual([]);
  });

  it('names the cell of a bad value and checks that cuts increase', () => {
    const r = readSettings(
      [
        ['Notes', 'Setting', 'Value'],
        ['', 'tier_cut_b', 'lots'],
        ['', 'tier_cut_c', 0.03],
      ],
      'en',
    );
    expect(r.errors[0]).toBe(
      'Settings!C2: expected a percentage above 0% and at most 100%, got "lots"',
    );
    expect(r.errors[1]).toMatch(/tier cuts must increase/);
  });
});

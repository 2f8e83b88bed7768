import { describe, expect, it } from 'vitest';
import { TIERS } from '../../../src/core/crm/vocabulary';
import { TIER_PLAYBOOK } from '../../../src/core/pyramid';

describe('TIER_PLAYBOOK', () => {
  it('gives every tier a playbook in English and Chinese', () => {
    expect(Object.keys(TIER_PLAYBOOK)).toEqual([...TIERS]);
    for (const tier of TIERS) {
      expect(TIER_PLAYBOOK[tier].en).toMatch(/^[A-Z].{30,}\.$/);
      expect(TIER_PLAYBOOK[tier].zh).toMatch(/[\u4e00-\u9fff].{15,}。$/);
    }
  });
});

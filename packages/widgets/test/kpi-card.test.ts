import { describe, expect, test } from 'vitest';
import '../src/index.js';
import type { KpiCard } from '../src/elements/kpi-card.js';
import { mount, serviceDeskSnapshot, textOf } from './render-helpers.js';

describe('kpi-card', () => {
  test('shows the mean time to resolve as hours and minutes in English', async () => {
    const card = await mount<KpiCard>('<kpi-card kpi="itsm.mttr" lang="en"></kpi-card>', (el) => {
      el.data = serviceDeskSnapshot();
    });
    // 9.4 h = 9 h + 0.4 × 60 min = 9 h 24 min
    expect(textOf(card, '[part=value]')).toBe('9 h 24 min');
    expect(textOf(card, '[part=title]')).toBe('Mean time to resolve');
    expect(textOf(card, '[part=status]')).toBe('At risk');
    expect(textOf(card, '[part=target]')).toBe('Target 8 h');
  });
});

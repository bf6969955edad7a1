import { describe, expect, it } from 'vitest';
import { orderStatuses } from './guidance-order.ts';
import { centreAccess, centreAccessSource, orderGivesAccess, type CentreAccess, type CentreOrderFacts } from './centre-access.ts';

const today = '2026-06-01';
const o = (status: CentreOrderFacts['status'], wasSent = true, feedbackGivenOn: string | null = null): CentreOrderFacts => ({ status, wasSent, feedbackGivenOn });

describe('orderGivesAccess', () => {
  it.each<[string, CentreOrderFacts, number, CentreAccess]>([
    ['a draft', o('draft', false), 90, { access: false }],
    ['a draft cancelled before it was sent (finding 1)', o('cancelled', false), 90, { access: false }],
    ['a sent order', o('sent'), 90, { access: true, reason: 'open-order', until: null }],
    ['an accepted order', o('accepted'), 90, { access: true, reason: 'open-order', until: null }],
    ['a scheduled order', o('scheduled'), 90, { access: true, reason: 'open-order', until: null }],
    ['a rejected order (finding 2)', o('rejected'), 90, { access: false }],
    ['an order cancelled after it was sent (finding 2)', o('cancelled'), 90, { access: false }],
    ['a completed order without feedback yet', o('completed'), 90, { access: true, reason: 'completed-awaiting-feedback', until: null }],
    ['completed, feedback today', o('completed', true, today), 90, { access: true, reason: 'completed-within-period', until: '2026-08-30' }],
    ['completed, feedback 90 days ago (last day)', o('completed', true, '2026-03-03'), 90, { access: true, reason: 'completed-within-period', until: today }],
    ['completed, feedback 91 days ago', o('completed', true, '2026-03-02'), 90, { access: false }],
    ['completed, feedback yesterday, period 0 days', o('completed', true, '2026-05-31'), 0, { access: false }],
    ['completed, feedback today, period 0 days', o('completed', true, today), 0, { access: true, reason: 'completed-within-period', until: today }],
    ['completed, feedback 200 days ago, period 365 days', o('completed', true, '2025-11-13'), 365, { access: true, reason: 'completed-within-period', until: '2026-11-13' }],
  ])('%s', (_label, order, days, expected) => {
    expect(orderGivesAccess(order, today, days)).toEqual(expected);
  });

  it('an order never sent gives nothing, whatever its status', () => {
    for (const status of orderStatuses) expect(orderGivesAccess(o(status, false), today, 90)).toEqual({ access: false });
  });
});

describe('centreAccess over all the centre\'s orders for one participant', () => {
  it.each<[string, CentreOrderFacts[], CentreAccess]>([
    ['no orders', [], { access: false }],
    ['rejected, then a new order sent', [o('rejected'), o('sent')], { access: true, reason: 'open-order', until: null }],
    ['a cancelled draft beside a rejected order', [o('cancelled', false), o('rejected')], { access: false }],
    ['completed in the period and a new open order', [o('completed', true, '2026-05-01'), o('accepted')], { access: true, reason: 'open-order', until: null }],
    ['two completed: the longer period wins', [o('completed', true, '2026-04-01'), o('completed', true, '2026-05-01')], { access: true, reason: 'completed-within-period', until: '2026-07-30' }],
    ['completed past the period and one awaiting feedback', [o('completed', true, '2025-01-01'), o('completed')], { access: true, reason: 'completed-awaiting-feedback', until: null }],
    ['everything over', [o('completed', true, '2025-01-01'), o('cancelled'), o('rejected'), o('cancelled', false)], { access: false }],
  ])('%s', (_label, orders, expected) => {
    expect(centreAccess(orders, today, 90)).toEqual(expected);
  });

  it('names its basis and says the period is a choice to review', () => {
    expect(centreAccessSource.law).toMatch(/art\. 5/);
    expect(centreAccessSource.reviewNote).toBeTruthy();
  });
});

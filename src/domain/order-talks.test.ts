import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS, followUpProposal, followUpSource, missingTalks, orderTalksSource } from './order-talks.ts';

describe('the follow-up proposal: the programme ends within N months', () => {
  const base = { today: '2026-06-15', months: 6, hasOpenOrder: false, followUpOrdered: false };
  it.each([
    ['no end date', { programmeEndDate: null }, false, 'no-end-date'],
    ['ends in 6 months to the day: the first day of the window', { programmeEndDate: '2026-12-15' }, true, 'end-of-programme'],
    ['ends in 6 months and a day: not yet', { programmeEndDate: '2026-12-16' }, false, 'not-yet'],
    ['ends in two years: not yet', { programmeEndDate: '2028-06-15' }, false, 'not-yet'],
    ['ends in a month', { programmeEndDate: '2026-07-15' }, true, 'end-of-programme'],
    ['ends today', { programmeEndDate: '2026-06-15' }, true, 'end-of-programme'],
    ['ended yesterday', { programmeEndDate: '2026-06-14' }, false, 'programme-ended'],
    ['within the window, but an order is open', { programmeEndDate: '2026-09-01', hasOpenOrder: true }, false, 'open-order'],
    ['within the window, a follow-up already ordered', { programmeEndDate: '2026-09-01', followUpOrdered: true }, false, 'already-ordered'],
    ['a municipality that says 3 months: 4 months ahead is not yet', { programmeEndDate: '2026-10-15', months: 3 }, false, 'not-yet'],
    ['a municipality that says 12 months: 11 months ahead is proposed', { programmeEndDate: '2027-05-15', months: 12 }, true, 'end-of-programme'],
    // Calendar months, as the § 12 deadline counts them: 31 August − 6 months = 28 February (no 31st in February).
    ['end of August, counted back to the last day of February', { programmeEndDate: '2027-08-31', today: '2027-02-28' }, true, 'end-of-programme'],
    ['end of August, the day before the window', { programmeEndDate: '2027-08-31', today: '2027-02-27' }, false, 'not-yet'],
  ] as const)('%s', (_label, p, proposed, reason) => {
    const result = followUpProposal({ ...base, ...p });
    expect(result.proposed).toBe(proposed);
    expect(result.reason).toBe(reason);
  });

  it('tells where the window starts', () => {
    expect(followUpProposal({ ...base, programmeEndDate: '2027-03-31' }).from).toBe('2026-09-30');
  });

  it('has a default and a source that quotes the seeds, with a note that the number is ours', () => {
    expect(DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS).toBe(6);
    expect(followUpSource.seed).toContain('mot slutten av perioden for introduksjonsprogrammet');
    expect(followUpSource.reviewNote).toMatch(/6 months/);
    expect(followUpSource.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('missing talks, when the centre expects them', () => {
  it.each([
    ['not expected: nothing is missing', { expected: false, status: 'completed', recorded: [] }, []],
    ['sent, not yet accepted: nothing yet', { expected: true, status: 'sent', recorded: [] }, []],
    ['a draft misses nothing', { expected: true, status: 'draft', recorded: [] }, []],
    ['accepted without a pre-talk', { expected: true, status: 'accepted', recorded: [] }, ['pre-talk']],
    ['scheduled with a pre-talk', { expected: true, status: 'scheduled', recorded: ['pre-talk'] }, []],
    ['completed without either', { expected: true, status: 'completed', recorded: [] }, ['pre-talk', 'follow-up-talk']],
    ['completed with a pre-talk only', { expected: true, status: 'completed', recorded: ['pre-talk'] }, ['follow-up-talk']],
    ['completed with both', { expected: true, status: 'completed', recorded: ['follow-up-talk', 'pre-talk'] }, []],
    ['cancelled misses nothing', { expected: true, status: 'cancelled', recorded: [] }, []],
    ['rejected misses nothing', { expected: true, status: 'rejected', recorded: [] }, []],
  ] as const)('%s', (_label, p, missing) => {
    expect(missingTalks(p)).toEqual(missing);
  });

  it('quotes the 15/60/15 model', () => {
    expect(orderTalksSource.seed).toContain('15 min. forsamtale');
  });
});

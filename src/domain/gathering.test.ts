import { describe, expect, it } from 'vitest';
import {
  followUpOverdue, hasUserParticipation, movesUp, programmeMix, registrationOpen, shownTexts, statusOnRegistering, summariseItems,
  summariseScale, surveyOpen, surveySource, userParticipationSource, waitingOrder, type ProgrammeItem, type QueueEntry,
} from './gathering.ts';

const entry = (id: string, status: QueueEntry['status'], queuedAt: string, seq: number): QueueEntry => ({ id, status, queuedAt, seq });

describe('the waiting list', () => {
  // cap, entries, who moves up
  it.each([
    ['a free seat goes to the first in the queue', 2, [entry('a', 'registered', '2026-03-01T08:00:00Z', 1), entry('w2', 'waiting', '2026-03-01T10:00:00Z', 3), entry('w1', 'waiting', '2026-03-01T09:00:00Z', 2)], ['w1']],
    ['no free seat: nobody moves', 1, [entry('a', 'registered', '2026-03-01T08:00:00Z', 1), entry('w1', 'waiting', '2026-03-01T09:00:00Z', 2)], []],
    ['a raised cap lets several move up, in order', 4, [entry('a', 'registered', '2026-03-01T08:00:00Z', 1), entry('w3', 'waiting', '2026-03-02T08:00:00Z', 9), entry('w1', 'waiting', '2026-03-01T09:00:00Z', 2), entry('w2', 'waiting', '2026-03-01T09:30:00Z', 5)], ['w1', 'w2', 'w3']],
    ['the same instant: the earlier insert first', 1, [entry('late', 'waiting', '2026-03-01T09:00:00Z', 8), entry('early', 'waiting', '2026-03-01T09:00:00Z', 7)], ['early']],
    ['cancelled entries hold no seat and never move up', 1, [entry('x', 'cancelled', '2026-03-01T07:00:00Z', 1), entry('w', 'waiting', '2026-03-01T09:00:00Z', 2)], ['w']],
    ['over the cap (a lowered cap): nobody moves, nobody is pushed out', 1, [entry('a', 'registered', '2026-03-01T08:00:00Z', 1), entry('b', 'registered', '2026-03-01T08:01:00Z', 2), entry('w', 'waiting', '2026-03-01T09:00:00Z', 3)], []],
    ['an empty list', 3, [], []],
  ] as const)('%s', (_, cap, entries, expected) => {
    expect(movesUp(cap, entries)).toEqual(expected);
  });

  it('orders by the time an entry joined the queue, then by insert order', () => {
    const list = [entry('c', 'waiting', '2026-03-02T00:00:00Z', 1), entry('b', 'waiting', '2026-03-01T00:00:00Z', 5), entry('a', 'waiting', '2026-03-01T00:00:00Z', 4)];
    expect([...list].sort(waitingOrder).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it.each([[3, 0, 'registered'], [3, 2, 'registered'], [3, 3, 'waiting'], [1, 5, 'waiting']] as const)('cap %i with %i registered: a new one is %s', (cap, now, status) => {
    expect(statusOnRegistering(cap, now)).toBe(status);
  });

  it('closes registration after the closing day', () => {
    expect(registrationOpen('2026-05-10', '2026-05-10')).toBe(true);
    expect(registrationOpen('2026-05-10', '2026-05-11')).toBe(false);
  });
});

describe('the programme', () => {
  const item = (userParticipation: boolean, kind: ProgrammeItem['kind'] = 'talk'): ProgrammeItem => ({
    id: 'i', kind, title: 'Innlegg', day: 1, speakers: [{ name: 'Taler', affiliation: 'nav', userParticipation }],
  });
  it('shows user participation only when a speaker has a refugee background', () => {
    expect(hasUserParticipation([item(false), item(false)])).toBe(false);
    expect(hasUserParticipation([item(false), item(true)])).toBe(true);
    expect(hasUserParticipation([])).toBe(false);
    expect(userParticipationSource.seed).toContain('brukermedvirkning');
  });
  it('counts the kinds of programme', () => {
    expect(programmeMix([item(false), item(false, 'social'), item(false, 'talk')])).toEqual({ talk: 2, 'group-work': 0, discussion: 0, social: 1 });
  });
});

describe('the survey results', () => {
  it('opens on the last day of the gathering', () => {
    expect(surveyOpen('2026-05-12', '2026-05-11')).toBe(false);
    expect(surveyOpen('2026-05-12', '2026-05-12')).toBe(true);
    expect(surveySource.seed).toContain('93 prosent');
  });

  // answers, hidden, counts per step, top two share, top share
  it.each([
    ['no answers', [], true, [null, null, null, null, null], null, null],
    ['four answers: hidden', [5, 5, 4, 1], true, [null, null, null, null, null], null, null],
    ['five answers: shown', [5, 5, 4, 1, 3], false, [1, 0, 1, 1, 2], 60, 40],
    ['seed 000 in small: 66 % fully, 93 % fully or partly', [5, 5, 5, 5, 5, 5, 4, 4, 4, 2].concat([5, 5, 5, 5, 4]), false, [0, 1, 0, 4, 10], 93.3, 66.7],
  ] as const)('%s', (_, values, hidden, counts, topTwo, top) => {
    const s = summariseScale(values);
    expect(s.answers).toBe(values.length);
    expect(s.hidden).toBe(hidden);
    expect(s.steps.map((x) => x.count)).toEqual(counts);
    expect(s.topTwoShare).toBe(topTwo);
    expect(s.topShare).toBe(top);
    if (hidden) expect(s.steps.every((x) => x.share === null)).toBe(true);
  });

  it('hides the programme items picked and the free texts below five answers', () => {
    expect(summariseItems(['a', 'b'], [['a'], ['a', 'b'], [], ['a']])).toEqual([{ itemId: 'a', count: null, share: null }, { itemId: 'b', count: null, share: null }]);
    expect(summariseItems(['a', 'b'], [['a'], ['a', 'b'], [], ['a'], []])).toEqual([{ itemId: 'a', count: 3, share: 60 }, { itemId: 'b', count: 1, share: 20 }]);
    expect(shownTexts(4, ['Mer tid'])).toBeNull();
    expect(shownTexts(5, ['  ', 'Øvelser', 'Mer tid', 'Bedre kaffe'])).toEqual(['Bedre kaffe', 'Mer tid', 'Øvelser']);
  });
});

describe('follow-up points', () => {
  it('are overdue when open after the due date', () => {
    expect(followUpOverdue({ status: 'open', dueOn: '2026-05-01' }, '2026-05-02')).toBe(true);
    expect(followUpOverdue({ status: 'open', dueOn: '2026-05-02' }, '2026-05-02')).toBe(false);
    expect(followUpOverdue({ status: 'done', dueOn: '2026-05-01' }, '2026-05-02')).toBe(false);
  });
});

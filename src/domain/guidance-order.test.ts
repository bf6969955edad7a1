import { describe, expect, it } from 'vitest';
import {
  checkOrderTransition,
  orderStatuses,
  orderTransitions,
  reasonRequired,
  sideThatMay,
  type OrderSide,
  type OrderStatus,
} from './guidance-order.ts';

const M: OrderSide = 'municipality';
const C: OrderSide = 'career-centre';

/**
 * The expected matrix, written out in full: every from×to pair and the sides that may make it.
 * Anything not listed is illegal. Keeping this separate from the implementation's table is the
 * point: a change to the state machine must be made twice, deliberately.
 */
const allowed: Record<string, OrderSide[]> = {
  'draft->sent': [M],
  'draft->cancelled': [M],
  'sent->accepted': [C],
  'sent->rejected': [C],
  'sent->cancelled': [M],
  'accepted->scheduled': [C],
  'accepted->cancelled': [M, C],
  'scheduled->completed': [C],
  'scheduled->cancelled': [M, C],
};

const allPairs: [OrderStatus, OrderStatus][] = orderStatuses.flatMap((from) =>
  orderStatuses.map((to): [OrderStatus, OrderStatus] => [from, to]),
);

describe('orderTransitions', () => {
  it('has an entry for every status and only known targets', () => {
    expect(Object.keys(orderTransitions).sort()).toEqual([...orderStatuses].sort());
    for (const targets of Object.values(orderTransitions)) {
      for (const to of targets) expect(orderStatuses).toContain(to);
    }
  });

  it.each(['rejected', 'completed', 'cancelled'] as const)('%s is terminal', (s) => {
    expect(orderTransitions[s]).toEqual([]);
  });

  it('every non-terminal status can be cancelled', () => {
    for (const s of ['draft', 'sent', 'accepted', 'scheduled'] as const) expect(orderTransitions[s]).toContain('cancelled');
  });
});

describe('reasonRequired', () => {
  it.each(orderStatuses.map((s) => [s, s === 'rejected' || s === 'cancelled'] as const))('%s → %s', (to, expected) => {
    expect(reasonRequired(to)).toBe(expected);
  });
});

describe('exhaustive from×to (49 pairs)', () => {
  it('the table covers 49 pairs, 9 of them legal', () => {
    expect(allPairs).toHaveLength(49);
    expect(allPairs.filter(([f, t]) => orderTransitions[f].includes(t))).toHaveLength(9);
  });

  it.each(allPairs)('%s → %s', (from, to) => {
    const key = `${from}->${to}`;
    const sides = allowed[key] ?? [];
    const legal = key in allowed;

    expect(orderTransitions[from].includes(to)).toBe(legal);
    expect([...sideThatMay(from, to)].sort()).toEqual([...sides].sort());

    for (const side of [M, C]) {
      const withReason = checkOrderTransition({ from, to, side, reason: 'Deltakeren har flyttet' });
      const withoutReason = checkOrderTransition({ from, to, side });
      if (!legal) {
        expect(withReason).toEqual({ ok: false, code: 'illegal-transition' });
        expect(withoutReason).toEqual({ ok: false, code: 'illegal-transition' });
      } else if (!sides.includes(side)) {
        expect(withReason).toEqual({ ok: false, code: 'not-your-side' });
        expect(withoutReason).toEqual({ ok: false, code: 'not-your-side' });
      } else {
        expect(withReason).toEqual({ ok: true });
        expect(withoutReason).toEqual(reasonRequired(to) ? { ok: false, code: 'reason-required' } : { ok: true });
      }
    }
  });
});

describe('checkOrderTransition: what counts as a reason', () => {
  it.each<[string, string | null | undefined, boolean]>([
    ['text', 'Kan ikke skaffe tolk', true],
    ['text with surrounding space', '  flyttet  ', true],
    ['single character', 'x', true],
    ['undefined', undefined, false],
    ['null', null, false],
    ['empty', '', false],
    ['spaces', '   ', false],
    ['tabs and newlines', '\t\n \r\n', false],
    ['non-breaking space', '\u00a0', false],
  ])('%s → ok %s', (_label, reason, ok) => {
    const result = checkOrderTransition({ from: 'sent', to: 'rejected', side: C, reason });
    expect(result).toEqual(ok ? { ok: true } : { ok: false, code: 'reason-required' });
  });

  it('a reason on a transition that does not need one is harmless', () => {
    expect(checkOrderTransition({ from: 'draft', to: 'sent', side: M, reason: 'note' })).toEqual({ ok: true });
  });
});

describe('sideThatMay returns a fresh array', () => {
  it('mutating the result does not change the rules', () => {
    const sides = sideThatMay('accepted', 'cancelled');
    sides.pop();
    expect(sideThatMay('accepted', 'cancelled')).toHaveLength(2);
  });
});

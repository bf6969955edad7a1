/**
 * When a career centre may see a participant (issue 15, findings 1 and 2).
 *
 * A centre sees a participant while it has an order for them that was sent to it and is still open (sent,
 * accepted, scheduled), and after the order is completed until the municipality's feedback on the note has been
 * given plus a number of days the municipality sets (default 90). A rejected or cancelled order gives nothing,
 * nor does an order that was never sent (a draft, or a draft the municipality cancelled). Outside this, the
 * centre gets 404 as any stranger would.
 *
 * The server's SQL twin is `centreSeesParticipant()` in src/server/features/participants/policy.ts; a test
 * checks that both agree.
 */
import { addDays, type IsoDate } from './dates.ts';
import type { OrderStatus } from './guidance-order.ts';
import type { RuleSource } from './rule-source.ts';

export const centreAccessSource: RuleSource = {
  law: 'personopplysningsloven § 1, jf. personvernforordningen (GDPR) art. 5 nr. 1 bokstav b og c (formålsbegrensning og dataminimering); integreringsloven § 11',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The principles require that the centre only processes what it needs for the guidance it was asked to give; the ' +
    'length of the period after the feedback (default 90 days, to answer questions about the note) is a product ' +
    'choice each municipality sets, not a period stated in law.',
};

/** Days after the note's feedback that the centre keeps access, unless the municipality sets otherwise. */
export const DEFAULT_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK = 90;
export const MAX_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK = 730;

/** Order statuses in which a sent order keeps the centre's access open. */
export const centreOpenOrderStatuses = ['sent', 'accepted', 'scheduled'] as const satisfies readonly OrderStatus[];

/** What the rule needs to know about one order from this centre for this participant. */
export interface CentreOrderFacts {
  status: OrderStatus;
  /** The order went through 'sent' at some point (a cancelled draft never did). */
  wasSent: boolean;
  /** The Oslo day the municipality gave feedback on the order's note, if it has. */
  feedbackGivenOn: IsoDate | null;
}

export type CentreAccessReason = 'open-order' | 'completed-awaiting-feedback' | 'completed-within-period';

export type CentreAccess =
  | { access: true; reason: CentreAccessReason; /** last day of access, when it is known */ until: IsoDate | null }
  | { access: false };

/** The access one order gives. */
export function orderGivesAccess(order: CentreOrderFacts, today: IsoDate, daysAfterFeedback: number): CentreAccess {
  if (!order.wasSent) return { access: false };
  if ((centreOpenOrderStatuses as readonly string[]).includes(order.status)) return { access: true, reason: 'open-order', until: null };
  if (order.status !== 'completed') return { access: false };
  if (!order.feedbackGivenOn) return { access: true, reason: 'completed-awaiting-feedback', until: null };
  const until = addDays(order.feedbackGivenOn, daysAfterFeedback);
  return today <= until ? { access: true, reason: 'completed-within-period', until } : { access: false };
}

const rank: Record<CentreAccessReason, number> = { 'open-order': 3, 'completed-awaiting-feedback': 2, 'completed-within-period': 1 };

/**
 * The access a centre has to a participant through all its orders for them: the strongest one (open beats
 * awaiting feedback beats a running period; between periods, the one that lasts longest).
 */
export function centreAccess(orders: readonly CentreOrderFacts[], today: IsoDate, daysAfterFeedback: number): CentreAccess {
  let best: CentreAccess = { access: false };
  for (const order of orders) {
    const a = orderGivesAccess(order, today, daysAfterFeedback);
    if (!a.access) continue;
    if (!best.access || rank[a.reason] > rank[best.reason] || (a.reason === best.reason && (a.until ?? '') > (best.until ?? ''))) best = a;
  }
  return best;
}

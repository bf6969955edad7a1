/**
 * The guidance order ("bestilling"): the municipality's refugee service orders career guidance
 * from the county's career centre (DOMAIN.md § 3 step 3). Both sides move the same order, so
 * every transition says which side may make it.
 *
 * Not a legal rule (the law says the county must provide guidance, not how it is ordered), so no
 * RuleSource here: this is the product's workflow.
 */

export const orderStatuses = ['draft', 'sent', 'accepted', 'rejected', 'scheduled', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/**
 * Legal next states. rejected, completed and cancelled are terminal: a new need means a new
 * order, so the history of each order stays readable (DOMAIN.md § 1: today postponements and
 * broken-off sessions are not recorded systematically).
 */
export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'rejected', 'cancelled'],
  accepted: ['scheduled', 'cancelled'],
  scheduled: ['completed', 'cancelled'],
  rejected: [],
  completed: [],
  cancelled: [],
};

/**
 * A rejection or a cancellation must say why: the other side has to act on it (re-order, adjust
 * the participant's plan), and an unexplained dead end is exactly the lost information the seeds
 * complain about.
 */
export function reasonRequired(to: OrderStatus): boolean {
  return to === 'rejected' || to === 'cancelled';
}

export type OrderSide = 'municipality' | 'career-centre';

type Transition = `${OrderStatus}->${OrderStatus}`;

/**
 * Who may make each transition. The municipality owns the order until it is sent and may
 * withdraw it at any open stage (the participant moves away, or the need falls away). The career
 * centre answers it (accept/reject), books the session and records it as held; it may also cancel
 * an accepted or scheduled order when it cannot deliver (no counsellor, no interpreter). Before
 * acceptance the centre rejects rather than cancels, so a refusal is always a 'rejected' order.
 */
const sidesByTransition: Partial<Record<Transition, readonly OrderSide[]>> = {
  'draft->sent': ['municipality'],
  'draft->cancelled': ['municipality'],
  'sent->cancelled': ['municipality'],
  'sent->accepted': ['career-centre'],
  'sent->rejected': ['career-centre'],
  'accepted->scheduled': ['career-centre'],
  'accepted->cancelled': ['municipality', 'career-centre'],
  'scheduled->completed': ['career-centre'],
  'scheduled->cancelled': ['municipality', 'career-centre'],
};

/** The sides allowed to move an order from `from` to `to`; empty if the transition is illegal. */
export function sideThatMay(from: OrderStatus, to: OrderStatus): OrderSide[] {
  if (!orderTransitions[from].includes(to)) return [];
  return [...(sidesByTransition[`${from}->${to}`] ?? [])];
}

/**
 * Checks one transition, reporting the first problem in this order: the transition does not
 * exist, the side may not make it, a required reason is missing. A reason counts only if it has
 * non-whitespace text, so a form cannot satisfy it with spaces.
 */
export function checkOrderTransition(p: {
  from: OrderStatus;
  to: OrderStatus;
  side: OrderSide;
  reason?: string | null;
}): { ok: true } | { ok: false; code: 'illegal-transition' | 'not-your-side' | 'reason-required' } {
  if (!orderTransitions[p.from].includes(p.to)) return { ok: false, code: 'illegal-transition' };
  if (!sideThatMay(p.from, p.to).includes(p.side)) return { ok: false, code: 'not-your-side' };
  if (reasonRequired(p.to) && !(p.reason ?? '').trim()) return { ok: false, code: 'reason-required' };
  return { ok: true };
}

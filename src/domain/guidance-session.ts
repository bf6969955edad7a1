/**
 * Guidance sessions: booking, double-booking and outcomes (DOMAIN.md § 3 step 5, § 7; seed 001 grep 5).
 *
 * Product workflow, not law (no RuleSource), except where a seed is quoted for a number.
 */

/**
 * An order's own sessions. Group guidance is a group session (below) that participants are registered for.
 * Three-party: the adviser or NAV takes part in the guidance itself (seed 002: 15 minutes with the adviser
 * before and after; seed 000: NAV joins).
 */
export const sessionKinds = ['individual', 'three-party'] as const;
export type SessionKind = (typeof sessionKinds)[number];
export const threePartyWith = ['adviser', 'nav'] as const;

/** In person (the counsellor travels, or at the centre), digital (Teams) with the adviser's help, or by phone. */
export const sessionModes = ['in-person', 'digital', 'phone'] as const;
export type SessionMode = (typeof sessionModes)[number];
export const groupSessionModes = ['in-person', 'digital'] as const;

/** The programme adviser's part in the session. */
export const adviserRoles = ['absent', 'observer', 'participant'] as const;

export const interpreterModes = ['on-site', 'phone', 'video'] as const;
/** The interpreter booking as the county's interpreting service answers it. */
export const interpreterStatuses = ['requested', 'booked', 'confirmed', 'none-available'] as const;

/**
 * What happened. Broken-off sessions must be recorded (seed 001), and both a break-off and a cancellation say
 * why, so the municipality can act on it.
 */
export const sessionOutcomes = ['held', 'no-show', 'broken-off', 'cancelled'] as const;
export type SessionOutcome = (typeof sessionOutcomes)[number];

export function outcomeReasonRequired(outcome: SessionOutcome): boolean {
  return outcome === 'broken-off' || outcome === 'cancelled';
}

/**
 * Checks an outcome before it is recorded: a session can be cancelled at any time, but only a session that
 * has started can have been held, missed or broken off. A reason counts only if it has non-space text.
 */
export function checkSessionOutcome(p: {
  outcome: SessionOutcome; reason?: string | null; startsAt: Date; now: Date;
}): { ok: true } | { ok: false; code: 'reason-required' | 'not-started' } {
  if (p.outcome !== 'cancelled' && p.startsAt.getTime() > p.now.getTime()) return { ok: false, code: 'not-started' };
  if (outcomeReasonRequired(p.outcome) && !(p.reason ?? '').trim()) return { ok: false, code: 'reason-required' };
  return { ok: true };
}

/** A stretch of someone's time: from `startsAt`, `minutes` long. */
export interface Booking { startsAt: Date; minutes: number }

/**
 * Two bookings clash when their half-open intervals [start, end) overlap: a session that ends at 10:00 and
 * one that starts at 10:00 do not clash.
 */
export function bookingsOverlap(a: Booking, b: Booking): boolean {
  const aStart = a.startsAt.getTime();
  const bStart = b.startsAt.getTime();
  return aStart < bStart + b.minutes * 60_000 && bStart < aStart + a.minutes * 60_000;
}

/** The earliest of `others` that clashes with `candidate`, or null. */
export function findClash<T extends Booking>(candidate: Booking, others: readonly T[]): T | null {
  const clashes = others.filter((o) => bookingsOverlap(candidate, o));
  clashes.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  return clashes[0] ?? null;
}

export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 480;

/**
 * Seats per room in a group session unless the centre sets another number. Source: seed 001 on Karriere
 * Nordland's webinars: "Påmeldte kommuner får beskjed om å samle opptil femten deltakere i et rom der kommunen
 * logger på webinarer".
 */
export const DEFAULT_GROUP_CAPACITY = 15;

/**
 * Which room a registration takes a seat in. In person, everyone is in one room; in a digital webinar each
 * municipality gathers its participants in its own room (seed 001), so the capacity counts per municipality.
 */
export function groupRoom(mode: (typeof groupSessionModes)[number], municipalityId: string): string {
  return mode === 'in-person' ? 'venue' : municipalityId;
}

/** Seats left in a room; never below zero (a capacity lowered below the registrations leaves the room full). */
export function seatsLeft(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken);
}

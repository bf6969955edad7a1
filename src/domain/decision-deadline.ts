/**
 * The deadline for the programme decision (integreringsloven § 12), and the traffic-light status
 * of a guidance case against it.
 *
 * Why guidance cares about the decision deadline: § 11 says guidance "bør" (should) take place
 * before the programme decision, so in practice the decision deadline is the guidance deadline.
 * The decision deadline itself is binding ("skal … senest"); guidance may still be postponed for good
 * reasons (seed 001), which is why 'postponed' is a status of its own rather than 'overdue'.
 * A person not covered by § 11 has no § 12 decision deadline at all: `decisionDeadlineFor` gives null and
 * the status is 'no-deadline', so they are never counted as due or overdue.
 */
import { addCalendarMonths, daysBetween, isValidIsoDate, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

const DECISION_DEADLINE_MONTHS = 3;

const decisionDeadlineSource: RuleSource = {
  law: 'integreringsloven § 12, jf. § 11 første ledd',
  seed:
    '000_4d34fa87f84c09e3.txt: "bør gjennomføres før kommunen fatter vedtak om deltakelse i programmet, det vil si innen det har gått tre måneder etter bosetting eller at krav om program er fremsatt, jf. §11 første ledd og § 12"; ' +
    '001_ddaf841434328989.txt: "Vedtak om program bør skje innen tre måneder etter bosetting"',
  effectiveFrom: '2021-01-01',
  // The start (settlement, or a later programme request) and the month counting follow IMDi's guide to § 12:
  // "Etter integreringsloven § 12 skal kommunen fatte vedtak om introduksjonsprogram senest innen tre måneder etter
  // bosetting eller etter at krav om program fremsettes" (a binding "skal … senest", not the seeds' "bør").
  verifiedBy: [{
    url: 'https://imdiny-prep.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/5.-kompetansekartlegging-og-karriereveiledning',
    readOn: '2026-12-05',
    quote: 'Etter integreringsloven § 12 skal kommunen fatte vedtak om introduksjonsprogram senest innen tre måneder etter bosetting eller etter at krav om program fremsettes.',
  }],
};

/**
 * Three calendar months after settlement, or after a programme request made later than settlement.
 * A request dated before settlement does not move the start: the clock cannot start before the
 * person lives in the municipality.
 *
 * @throws RangeError if a date is not a valid IsoDate.
 */
export function decisionDeadline(p: {
  settlementDate: IsoDate;
  programmeRequestDate?: IsoDate | null;
}): { date: IsoDate; startsFrom: 'settlement' | 'programme-request'; source: RuleSource } {
  const request = p.programmeRequestDate ?? null;
  for (const [name, value] of [['settlementDate', p.settlementDate], ['programmeRequestDate', request]] as const) {
    if (value !== null && !isValidIsoDate(value)) {
      throw new RangeError(`${name} is not a valid IsoDate: ${JSON.stringify(value)}`);
    }
  }
  // Strictly later: a request on the settlement day itself changes nothing, so we report 'settlement'.
  const fromRequest = request !== null && request > p.settlementDate;
  const start = fromRequest ? request : p.settlementDate;
  return {
    date: addCalendarMonths(start, DECISION_DEADLINE_MONTHS),
    startsFrom: fromRequest ? 'programme-request' : 'settlement',
    source: decisionDeadlineSource,
  };
}

/**
 * The § 12 deadline for a person with the given § 11 answer: none for a person not covered by § 11, who has no
 * programme decision due (they can still be ordered guidance, as any resident can).
 */
export function decisionDeadlineFor(
  p: { settlementDate: IsoDate; programmeRequestDate?: IsoDate | null },
  right: 'right-and-duty' | 'right' | 'none',
): ReturnType<typeof decisionDeadline> | null {
  return right === 'none' ? null : decisionDeadline(p);
}

export const deadlineStatuses = ['on-track', 'due-soon', 'overdue', 'met', 'postponed', 'no-deadline'] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];

/**
 * How many days before the deadline a case turns 'due-soon': enough warning to still book a
 * counsellor and an interpreter. A product choice, not law.
 */
export const DUE_SOON_DAYS = 14;

/**
 * Status of a case against its deadline, in this order of precedence:
 * met (guidance held, on any date, also late) → postponed (a recorded, reasoned postponement) →
 * overdue (today after the deadline) → due-soon (deadline within DUE_SOON_DAYS, the deadline day
 * itself included) → on-track. Without a deadline (not covered by § 11): met or no-deadline.
 *
 * @throws RangeError if `deadline` or `today` is not a valid IsoDate.
 */
export function deadlineStatus(p: {
  deadline: IsoDate | null;
  today: IsoDate;
  guidanceHeldOn?: IsoDate | null;
  postponed?: boolean;
}): DeadlineStatus {
  if (p.deadline === null) return p.guidanceHeldOn ? 'met' : 'no-deadline';
  const daysLeft = daysBetween(p.today, p.deadline); // validates both dates
  // Late guidance is still guidance held: the case is closed, not overdue.
  if (p.guidanceHeldOn) return 'met';
  if (p.postponed) return 'postponed';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due-soon';
  return 'on-track';
}

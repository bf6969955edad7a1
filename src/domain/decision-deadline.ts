/**
 * The deadline for the programme decision (integreringsloven § 12), and the traffic-light status
 * of a guidance case against it.
 *
 * Why guidance cares about the decision deadline: § 11 says guidance "bør" (should) take place
 * before the programme decision, so in practice the decision deadline is the guidance deadline.
 * It is a "should": guidance may be postponed for good reasons (seed 001, grep 2), which is why
 * 'postponed' is a status of its own rather than 'overdue'.
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
  reviewNote:
    'DOMAIN.md marks the three-month rule "(verify)". Verify against current § 12: (1) the start is settlement or ' +
    'a later programme request, whichever is later; (2) the month counting (same day number, else last day of the ' +
    'month: 31 Jan + 3 months = 30 Apr) follows Norwegian deadline practice; (3) seed 001 words it "bør" (should), ' +
    'seed 000 as a limit, so whether the deadline is binding must be confirmed.',
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

export const deadlineStatuses = ['on-track', 'due-soon', 'overdue', 'met', 'postponed'] as const;
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
 * itself included) → on-track.
 *
 * @throws RangeError if `deadline` or `today` is not a valid IsoDate.
 */
export function deadlineStatus(p: {
  deadline: IsoDate;
  today: IsoDate;
  guidanceHeldOn?: IsoDate | null;
  postponed?: boolean;
}): DeadlineStatus {
  const daysLeft = daysBetween(p.today, p.deadline); // validates both dates
  // Late guidance is still guidance held: the case is closed, not overdue.
  if (p.guidanceHeldOn) return 'met';
  if (p.postponed) return 'postponed';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due-soon';
  return 'on-track';
}

/**
 * Time used on a participant's guidance against the estimate behind § 11.
 *
 * The estimate is a cost assumption in the bill, not an entitlement or a cap: a participant may need more or
 * less. It is shown to the career centre lead to see capacity, never used to refuse a session.
 */
import type { RuleSource } from './rule-source.ts';
import type { SessionOutcome } from './guidance-session.ts';

export interface HoursEstimate {
  individualMinutes: number;
  groupMinutes: number;
  source: RuleSource;
}

/** Estimates in force, newest last; a change is a new entry with a later effectiveFrom. */
export const guidanceHoursEstimates: readonly HoursEstimate[] = [
  {
    individualMinutes: 90,
    groupMinutes: 90,
    source: {
      law: 'integreringsloven § 11 (kostnadsestimat i Prop. 89 L (2019–2020))',
      seed:
        '001_ddaf841434328989.txt: "Omfanget av karriereveiledning etter integreringsloven er kostnadsestimert til 1,5 time ' +
        'individuell veiledning og 1,5 time gruppeveiledning"; 000_4d34fa87f84c09e3.txt: "I forarbeidene til integreringsloven er ' +
        'det i kostnadsestimater lagt til grunn at deltakere får tilbud om 1,5 time individuell veiledning og 1,5 time ' +
        'gruppeveiledning (Prop. 89 L 2019–2020)"',
      effectiveFrom: '2021-01-01',
      reviewNote:
        'A cost estimate in the bill, not a rule on how much guidance a participant gets; seed 000 adds that it ' +
        '"inkluderer blant annet administrative kostnader og for- og etterarbeid", so time in sessions will usually be less. ' +
        'Seed 001 notes the estimate was made for people with right and duty, not for collective protection.',
    },
  },
];

/** The estimate in force on a date ('YYYY-MM-DD'). */
export function hoursEstimateOn(date: string): HoursEstimate {
  const inForce = guidanceHoursEstimates.filter((e) => e.source.effectiveFrom <= date);
  return inForce.at(-1) ?? guidanceHoursEstimates[0]!;
}

/**
 * Minutes a session counts for: a held session its recorded minutes (the planned duration if none were
 * recorded), a broken-off one the minutes recorded (none if not recorded); no-show, cancelled and not yet
 * recorded count nothing.
 */
export function minutesUsed(p: { outcome: SessionOutcome | null; plannedMinutes: number; recordedMinutes: number | null }): number {
  if (p.outcome === 'held') return p.recordedMinutes ?? p.plannedMinutes;
  if (p.outcome === 'broken-off') return p.recordedMinutes ?? 0;
  return 0;
}

export interface HoursLine { usedMinutes: number; estimateMinutes: number; remainingMinutes: number; overEstimate: boolean }

export interface GuidanceHours {
  individual: HoursLine;
  group: HoursLine;
  source: RuleSource;
}

function line(used: number, estimate: number): HoursLine {
  return { usedMinutes: used, estimateMinutes: estimate, remainingMinutes: Math.max(0, estimate - used), overEstimate: used > estimate };
}

/** Individual (including three-party) and group minutes used against the estimate in force on `on`. */
export function guidanceHours(p: { individualMinutes: number; groupMinutes: number; on: string }): GuidanceHours {
  const e = hoursEstimateOn(p.on);
  return { individual: line(p.individualMinutes, e.individualMinutes), group: line(p.groupMinutes, e.groupMinutes), source: e.source };
}

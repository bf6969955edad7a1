/**
 * Who has a right (and possibly a duty) to career guidance after settlement.
 *
 * The rules are DATA (`guidanceRightRules` below): when the law changes, add an entry with a
 * later `effectiveFrom` (or set `effectiveUntil` on the old one) instead of editing the function.
 * The function looks at the rules in force on the settlement date, because that is the date the
 * municipality's obligations for the person start to run.
 */
import { ageOn, isValidIsoDate, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const residenceBases = [
  'refugee',
  'refugee-family-reunification',
  'collective-protection',
  'other-family-reunification',
  'other',
] as const;
export type ResidenceBasis = (typeof residenceBases)[number];

export type GuidanceRight = 'right-and-duty' | 'right' | 'none';

type GuidanceRightReason =
  | 'target-group-18-55'
  | 'collective-protection'
  | 'outside-age-range'
  | 'not-in-target-group';

interface GuidanceRightRule {
  /** Residence bases the rule covers. */
  residenceBases: readonly ResidenceBasis[];
  right: Exclude<GuidanceRight, 'none'>;
  reason: Extract<GuidanceRightReason, 'target-group-18-55' | 'collective-protection'>;
  /** Inclusive age limits, measured on the settlement date. */
  minAge: number;
  maxAge: number;
  /** First day the rule is in force is `source.effectiveFrom`; this is the first day it no longer is. */
  effectiveUntil?: IsoDate;
  source: RuleSource;
}

const INTEGRERINGSLOVEN_IN_FORCE = '2021-01-01';

/**
 * The rule set. Where several entries for the same residence basis are in force on a date, the
 * one with the latest `effectiveFrom` wins, so an amendment is simply a newer entry.
 */
const guidanceRightRules: readonly GuidanceRightRule[] = [
  {
    // § 11 gives right and duty to "personer som omfattes av § 8 første ledd": refugees and family
    // reunified with them, aged 18–55, settled by agreement with the integration authorities.
    residenceBases: ['refugee', 'refugee-family-reunification'],
    right: 'right-and-duty',
    reason: 'target-group-18-55',
    minAge: 18,
    maxAge: 55,
    source: {
      law: 'integreringsloven § 11 første ledd, jf. § 8 første ledd',
      seed:
        '004_7de5c590806d3e6a.txt: "personer som er i målgruppen for introduksjonsprogrammet, dvs. innvandrere mellom 18 og 55 år […] har rett og plikt til å gjennomføre karriereveiledning"; ' +
        '001_ddaf841434328989.txt: "Integreringsloven 2021, § 11: Personer som omfattes av § 8 første ledd, har rett og plikt til å gjennomføre karriereveiledning."',
      effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
      reviewNote:
        'We measure the age on the settlement date, and map § 8 første ledd onto two residence bases ' +
        '(refugee, family reunified with a refugee); § 8 has further sub-groups (e.g. resettlement refugees, ' +
        'residence on humanitarian grounds) that the intake form must map to "refugee". Verify both against current § 8.',
    },
  },
  {
    // Temporary chapter 6A: people with collective protection (Ukraine) may choose guidance but
    // are not obliged, and the county need not give a recommendation.
    residenceBases: ['collective-protection'],
    right: 'right',
    reason: 'collective-protection',
    // The seeds say nothing about an age limit for this group; we apply the same 18–55 as § 8
    // because chapter 6A builds on the ordinary target group. See reviewNote.
    minAge: 18,
    maxAge: 55,
    source: {
      law: 'integreringsloven § 37 b (midlertidig kapittel 6A)',
      seed:
        '000_4d34fa87f84c09e3.txt: "Når det gjelder karriereveiledning for personer med kollektiv beskyttelse, har disse rett til karriereveiledning, men ikke plikt, jf. § 37 b."; ' +
        '001_ddaf841434328989.txt: "Flyktninger med kollektiv beskyttelse har rett, men ikke plikt, til å gjennomføre karriereveiledning (integreringsloven, §37 b.)."',
      effectiveFrom: '2022-06-15',
      reviewNote:
        'Chapter 6A is TEMPORARY. The in-force date 2022-06-15 is not in the seeds; it comes from public sources ' +
        '(IMDi legal guide to chapter 6A; Prop. 81 L (2024–2025) ch. 11), which also say the rules apply "til 1. juli 2026". ' +
        'No effectiveUntil is set because the end date must be verified (it has been extended before): if chapter 6A ' +
        'has lapsed or § 37 b changed, set effectiveUntil / add a new entry. The seeds say nothing about an age limit ' +
        'for this group; 18–55 is assumed as for § 8 første ledd and must be verified.',
    },
  },
];

/**
 * Used when no rule covers the person: they are outside the § 8 first-paragraph target group,
 * e.g. family reunified with a Norwegian citizen, labour migrants, or anyone settled before
 * integreringsloven came into force.
 */
const notInTargetGroupSource: RuleSource = {
  law: 'integreringsloven § 11 første ledd, jf. § 8 første ledd (target group)',
  seed:
    '003_621298d49563d429.txt: "innvandrere uten rett til introduksjonsprogram, som familiegjenforente med norske statsborgere, arbeidssøkere eller arbeidsinnvandrere"',
  effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
  reviewNote:
    'Persons settled before 2021-01-01 fall under the transitional rules of introduksjonsloven and get "none" here; verify.',
};

function inForce(rule: GuidanceRightRule, on: IsoDate): boolean {
  // IsoDate strings compare correctly as strings.
  return rule.source.effectiveFrom <= on && (rule.effectiveUntil === undefined || on < rule.effectiveUntil);
}

function ruleFor(basis: ResidenceBasis, on: IsoDate): GuidanceRightRule | undefined {
  return guidanceRightRules
    .filter((r) => r.residenceBases.includes(basis) && inForce(r, on))
    .reduce<GuidanceRightRule | undefined>(
      (latest, r) => (latest === undefined || r.source.effectiveFrom > latest.source.effectiveFrom ? r : latest),
      undefined,
    );
}

export type GuidanceRightResult = { right: GuidanceRight; source: RuleSource; reason: GuidanceRightReason };

/**
 * The person's right to career guidance under the rules in force on the settlement date.
 *
 * @throws RangeError if a date is not a valid IsoDate.
 */
export function guidanceRight(p: {
  residenceBasis: ResidenceBasis;
  birthDate: IsoDate;
  settlementDate: IsoDate;
}): GuidanceRightResult {
  // Validate both dates up front, so an invalid birth date fails even when no rule applies.
  for (const [name, value] of [['birthDate', p.birthDate], ['settlementDate', p.settlementDate]] as const) {
    if (!isValidIsoDate(value)) throw new RangeError(`${name} is not a valid IsoDate: ${JSON.stringify(value)}`);
  }
  // The age is only needed when a rule covers the basis, but computing it here is harmless: both
  // dates are valid, and guidanceRightForAge checks the basis before it looks at the age.
  return guidanceRightForAge({
    residenceBasis: p.residenceBasis,
    age: ageOn(p.birthDate, p.settlementDate),
    on: p.settlementDate,
  });
}

/**
 * The same rule table for a caller that already has an age rather than a birth date, e.g. the
 * opportunity map, where a person states their age (src/domain/eligibility). `on` picks the rules
 * in force; guidanceRight passes the settlement date and the age on that date.
 *
 * @throws RangeError if `on` is not a valid IsoDate or `age` is not a whole number.
 */
export function guidanceRightForAge(p: { residenceBasis: ResidenceBasis; age: number; on: IsoDate }): GuidanceRightResult {
  if (!isValidIsoDate(p.on)) throw new RangeError(`on is not a valid IsoDate: ${JSON.stringify(p.on)}`);
  if (!Number.isInteger(p.age)) throw new RangeError(`age must be a whole number: ${p.age}`);
  const rule = ruleFor(p.residenceBasis, p.on);
  if (!rule) return { right: 'none', source: notInTargetGroupSource, reason: 'not-in-target-group' };

  if (p.age < rule.minAge || p.age > rule.maxAge) {
    return { right: 'none', source: rule.source, reason: 'outside-age-range' };
  }
  return { right: rule.right, source: rule.source, reason: rule.reason };
}

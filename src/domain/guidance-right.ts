/**
 * Who has a right and duty (or only a right) to career guidance under integreringsloven § 11.
 *
 * Three dates decide, each for its own question (IMDi's legal guides, read 2026-12-05):
 * - the PERMIT date (vedtaksdato for oppholdstillatelsen) decides which law governs the person
 *   (integreringsloven § 51, integreringsforskriften § 72) and the age that counts ("Det er den enkeltes
 *   alder på tidspunktet for innvilgelse av oppholdstillatelse er avgjørende", IMDi, målgruppe for
 *   introduksjonsprogram). Where it is missing we fall back to the settlement date and say so (`provisional`);
 * - the SETTLEMENT date picks the rules of integreringsloven in force for the person (ordinary § 8/§ 11, or the
 *   temporary chapter 6A for collective protection while it is in force);
 * - the DECISION (§ 12): the person must have lived in a municipality "i mindre enn 2 år" when the programme
 *   decision is made. We do not record the decision date, so we measure on the earliest day it can be made:
 *   the programme request date where it is later than settlement, else settlement (always within two years).
 *
 * The rules are DATA (`guidanceRightRules`): a change in the law is a new entry with a later `effectiveFrom`, or
 * an `effectiveUntil` on the old one, and `ruleChanges()` lists those dates for the "Regelendringer" page.
 */
import { addCalendarMonths, ageOn, isValidIsoDate, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const residenceBases = [
  'refugee',
  'refugee-family-reunification',
  'collective-protection',
  'other-family-reunification',
  'other',
] as const;
export type ResidenceBasis = (typeof residenceBases)[number];

/** 'none' means: not covered by § 11 (no right AND duty under § 11), never "no right to career guidance". */
export type GuidanceRight = 'right-and-duty' | 'right' | 'none';

export const guidanceRightReasons = [
  'target-group-18-55',
  'collective-protection',
  'outside-age-range',
  'not-in-target-group',
  'not-newly-settled',
  'introduksjonsloven',
] as const;
export type GuidanceRightReason = (typeof guidanceRightReasons)[number];

/** The date an age or limit was measured on, and why that date. */
export type DecidingDate = 'permit-date' | 'settlement-date-fallback';

export interface GuidanceRightRule {
  /** Stable id, used on the "Regelendringer" page and in audit events. */
  id: string;
  residenceBases: readonly ResidenceBasis[];
  right: Exclude<GuidanceRight, 'none'>;
  reason: Extract<GuidanceRightReason, 'target-group-18-55' | 'collective-protection'>;
  /** Inclusive age limits, measured on the permit date. */
  minAge: number;
  maxAge: number;
  /** The first day the rule no longer applies (exclusive); the first day it does is `source.effectiveFrom`. */
  effectiveUntil?: IsoDate;
  source: RuleSource;
}

export const INTEGRERINGSLOVEN_IN_FORCE = '2021-01-01';
/** "Nylig bosatt": "har bodd i en norsk kommune i mindre enn 2 år" (IMDi, målgruppe for introduksjonsprogram). */
const NEWLY_SETTLED_MONTHS = 24;

const READ_ON = '2026-12-05';
const IMDI_TARGET_GROUP_URL =
  'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/malgruppe-for-introduksjonsprogram-etter-integreringsloven/';
const IMDI_6A_URL =
  'https://imdiny-prep.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/8.-midlertidige-regler-for-personer-som-har-fatt-oppholdstillatelse-etter-utlendingsloven--34';
const PROP_81_L_URL = 'https://www.regjeringen.no/no/dokumenter/prop.-81-l-20242025/id3094568/?ch=11';

/**
 * Where several entries for the same basis are in force on a date, the one with the latest `effectiveFrom`
 * wins, so an amendment is simply a newer entry.
 */
export const guidanceRightRules: readonly GuidanceRightRule[] = [
  {
    id: 'integreringsloven-11-ordinary',
    // § 8 første ledd covers refugees (utl. § 28), resettlement refugees (§ 35), strong humanitarian grounds after an
    // asylum application (§ 38), collective protection (§ 34) and family reunified with them; the intake form maps
    // §§ 28/35/38 onto "refugee".
    residenceBases: ['refugee', 'refugee-family-reunification', 'collective-protection'],
    right: 'right-and-duty',
    reason: 'target-group-18-55',
    minAge: 18,
    maxAge: 55,
    source: {
      law: 'integreringsloven § 11 første ledd, jf. § 8 første og annet ledd',
      seed:
        '004_7de5c590806d3e6a.txt: "personer som er i målgruppen for introduksjonsprogrammet, dvs. innvandrere mellom 18 og 55 år […] har rett og plikt til å gjennomføre karriereveiledning"; ' +
        '001_ddaf841434328989.txt: "Integreringsloven 2021, § 11: Personer som omfattes av § 8 første ledd, har rett og plikt til å gjennomføre karriereveiledning."',
      effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
      verifiedBy: [
        { url: IMDI_TARGET_GROUP_URL, readOn: READ_ON, quote: 'Det er den enkeltes alder på tidspunktet for innvilgelse av oppholdstillatelse er avgjørende for om man omfattes av målgruppen (18 – 55 år).' },
        { url: IMDI_TARGET_GROUP_URL, readOn: READ_ON, quote: 'har bodd i en norsk kommune i mindre enn 2 år' },
        { url: IMDI_TARGET_GROUP_URL, readOn: READ_ON, quote: 'midlertidig oppholdstillatelse på grunnlag av reglene om kollektiv beskyttelse (jf. utlendingsloven § 34)' },
      ],
      reviewNote:
        'Family reunification counts only where the reference person had lived in a municipality for less than five ' +
        'years when the application was made (IMDi); Veivalg does not record that date, so a lawyer must confirm ' +
        'that the adviser checks it before choosing "family reunified with a refugee".',
    },
  },
  {
    id: 'integreringsloven-6a-collective-protection',
    // Temporary chapter 6A: people with collective protection may choose guidance but are not obliged to, and the
    // county need not give a recommendation. Only for those with utl. § 34 permits; family reunified with them follow
    // the ordinary rules (IMDi), which our bases cannot tell apart, see the ordinary rule's note.
    residenceBases: ['collective-protection'],
    right: 'right',
    reason: 'collective-protection',
    minAge: 18,
    maxAge: 55,
    effectiveUntil: '2026-07-01',
    source: {
      law: 'integreringsloven § 37 b (midlertidig kapittel 6A)',
      seed:
        '000_4d34fa87f84c09e3.txt: "Når det gjelder karriereveiledning for personer med kollektiv beskyttelse, har disse rett til karriereveiledning, men ikke plikt, jf. § 37 b."; ' +
        '001_ddaf841434328989.txt: "Flyktninger med kollektiv beskyttelse har rett, men ikke plikt, til å gjennomføre karriereveiledning (integreringsloven, §37 b.)."',
      effectiveFrom: '2022-06-15',
      verifiedBy: [
        { url: PROP_81_L_URL, readOn: READ_ON, quote: 'Integreringsloven kapittel 6A trådte i kraft 15. juni 2022 […] Reglene gjelder til 1. juli 2026.' },
        { url: IMDI_6A_URL, readOn: READ_ON, quote: 'De midlertidige bestemmelsene gjelder foreløpig til 1. juli 2026.' },
      ],
      reviewNote:
        'The end date 1 July 2026 is what the sources we could read say ("foreløpig"); chapter 6A has been extended ' +
        'before. A lawyer must confirm on lovdata that chapter 6A (§ 37 b) lapsed on 1 July 2026 and was not extended, ' +
        'and whether a transitional rule keeps chapter 6A for people settled before that day. We apply the rules in ' +
        'force on the settlement date.',
    },
  },
];

const notInTargetGroupSource: RuleSource = {
  law: 'integreringsloven § 11 første ledd, jf. § 8 første ledd',
  seed:
    '003_621298d49563d429.txt: "innvandrere uten rett til introduksjonsprogram, som familiegjenforente med norske statsborgere, arbeidssøkere eller arbeidsinnvandrere"; ' +
    '004_7de5c590806d3e6a.txt: the county offers free career guidance "for alle som er busette der"',
  effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
};

const oldLawSource: RuleSource = {
  law: 'integreringsloven § 51, integreringsforskriften § 72 (overgangsregler); introduksjonsloven',
  effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
  verifiedBy: [{
    url: 'https://www.imdi.no/kvalifisering/regelverk/juridisk-veileder-til-integreringsforskriften/kapittel-12.-sluttbestemmelser/',
    readOn: READ_ON,
    quote: 'Personer som søker om oppholdstillatelse fra utlandet og får innvilget oppholdstillatelse før integreringsloven trer i kraft, men som ankommer Norge etter integreringsloven trer i kraft, omfattes av integreringsloven.',
  }],
  reviewNote:
    'Only people who applied from abroad keep integreringsloven when the permit came before 2021. We treat family ' +
    'reunification with a refugee, settled from 2021, as applying from abroad (settlement stands in for arrival); ' +
    'a resettlement refugee with a permit from 2020 who arrived in 2021 must be checked by the adviser.',
};

const newlySettledSource: RuleSource = {
  law: 'integreringsloven § 8 første ledd ("nylig bosatt"), jf. § 11 og § 12',
  effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
  verifiedBy: [{ url: IMDI_TARGET_GROUP_URL, readOn: READ_ON, quote: 'har bodd i en norsk kommune i mindre enn 2 år' }],
};

function inForce(rule: GuidanceRightRule, on: IsoDate): boolean {
  // IsoDate strings compare correctly as strings.
  return rule.source.effectiveFrom <= on && (rule.effectiveUntil === undefined || on < rule.effectiveUntil);
}

function ruleFor(rules: readonly GuidanceRightRule[], basis: ResidenceBasis, on: IsoDate): GuidanceRightRule | undefined {
  return rules
    .filter((r) => r.residenceBases.includes(basis) && inForce(r, on))
    .reduce<GuidanceRightRule | undefined>(
      (latest, r) => (latest === undefined || r.source.effectiveFrom > latest.source.effectiveFrom ? r : latest),
      undefined,
    );
}

export interface GuidanceRightInput {
  residenceBasis: ResidenceBasis;
  birthDate: IsoDate;
  settlementDate: IsoDate;
  /** Date the residence permit was granted; optional, the settlement date stands in (provisionally). */
  permitDate?: IsoDate | null;
  programmeRequestDate?: IsoDate | null;
}

export interface GuidanceRightAnswer {
  right: GuidanceRight;
  reason: GuidanceRightReason;
  /** The provision the answer rests on. */
  source: RuleSource;
  /** The rule entry that applied, where one did. */
  ruleId: string | null;
  /** The law that governs the person, by the permit date. */
  law: 'integreringsloven' | 'introduksjonsloven';
  /** Age on `decidingDate`; where the permit date is missing the settlement date stands in. */
  age: number;
  decidingDate: DecidingDate;
  /** True when the permit date is missing and the settlement date was used instead. */
  provisional: boolean;
}

/**
 * The person's right to career guidance under integreringsloven § 11.
 * `rules` is for the "Regelendringer" page, which compares with and without a change.
 *
 * @throws RangeError if a date is not a valid IsoDate.
 */
export function guidanceRight(p: GuidanceRightInput, rules: readonly GuidanceRightRule[] = guidanceRightRules): GuidanceRightAnswer {
  const permit = p.permitDate ?? null;
  const request = p.programmeRequestDate ?? null;
  const dates = [['birthDate', p.birthDate], ['settlementDate', p.settlementDate], ['permitDate', permit], ['programmeRequestDate', request]] as const;
  for (const [name, value] of dates) {
    if (value !== null && !isValidIsoDate(value)) throw new RangeError(`${name} is not a valid IsoDate: ${JSON.stringify(value)}`);
  }
  const provisional = permit === null;
  const decidingDate: DecidingDate = provisional ? 'settlement-date-fallback' : 'permit-date';
  const age = ageOn(p.birthDate, permit ?? p.settlementDate);
  const common = { age, decidingDate, provisional };

  const oldLaw = (permit ?? p.settlementDate) < INTEGRERINGSLOVEN_IN_FORCE &&
    !(p.residenceBasis === 'refugee-family-reunification' && p.settlementDate >= INTEGRERINGSLOVEN_IN_FORCE);
  if (oldLaw) {
    return { right: 'none', reason: 'introduksjonsloven', source: oldLawSource, ruleId: null, law: 'introduksjonsloven', ...common };
  }
  const base = { law: 'integreringsloven' as const, ...common };
  const rule = ruleFor(rules, p.residenceBasis, p.settlementDate);
  if (!rule) return { right: 'none', reason: 'not-in-target-group', source: notInTargetGroupSource, ruleId: null, ...base };
  if (age < rule.minAge || age > rule.maxAge) {
    return { right: 'none', reason: 'outside-age-range', source: rule.source, ruleId: rule.id, ...base };
  }
  const decisionFrom = request !== null && request > p.settlementDate ? request : p.settlementDate;
  if (decisionFrom >= addCalendarMonths(p.settlementDate, NEWLY_SETTLED_MONTHS)) {
    return { right: 'none', reason: 'not-newly-settled', source: newlySettledSource, ruleId: rule.id, ...base };
  }
  return { right: rule.right, reason: rule.reason, source: rule.source, ruleId: rule.id, ...base };
}

/**
 * Whether the counsellor's note must carry a recommendation. Under chapter 6A the county "ikke pålagt … å utforme
 * karriereveilederes notat med anbefalinger" (seed 001); everyone else's note needs one (§ 11 fjerde ledd).
 */
export function recommendationRequired(right: Pick<GuidanceRightAnswer, 'reason'>): boolean {
  return right.reason !== 'collective-protection';
}

/** The map knows an age, not the dates: the old law and the two-year limit are not its questions. */
export type GuidanceRightResult = {
  right: GuidanceRight; source: RuleSource; reason: Exclude<GuidanceRightReason, 'not-newly-settled' | 'introduksjonsloven'>;
};

/**
 * The same rule table for a caller that has an age rather than dates, e.g. the opportunity map, where a person
 * states their age today (src/domain/eligibility). `on` picks the rules in force.
 *
 * @throws RangeError if `on` is not a valid IsoDate or `age` is not a whole number.
 */
export function guidanceRightForAge(p: { residenceBasis: ResidenceBasis; age: number; on: IsoDate }): GuidanceRightResult {
  if (!isValidIsoDate(p.on)) throw new RangeError(`on is not a valid IsoDate: ${JSON.stringify(p.on)}`);
  if (!Number.isInteger(p.age)) throw new RangeError(`age must be a whole number: ${p.age}`);
  const rule = ruleFor(guidanceRightRules, p.residenceBasis, p.on);
  if (!rule) return { right: 'none', source: notInTargetGroupSource, reason: 'not-in-target-group' };
  if (p.age < rule.minAge || p.age > rule.maxAge) return { right: 'none', source: rule.source, reason: 'outside-age-range' };
  return { right: rule.right, source: rule.source, reason: rule.reason };
}

/** The last change of a participant's stored answer, shown on their page and written to the audit trail. */
export interface GuidanceRightChange {
  from: GuidanceRight | null;
  to: GuidanceRight;
  /** Day of the change (Oslo). */
  on: IsoDate;
  /** 'rules': the rule table changed (a new release); 'edit': a date or basis that decides was changed. */
  cause: 'rules' | 'edit';
}

/** A dated change in the rules: a rule that starts or ends on `date`. */
export interface GuidanceRuleChange {
  id: string;
  ruleId: string;
  kind: 'starts' | 'ends';
  date: IsoDate;
  source: RuleSource;
}

/** Every dated start and end in the rule table, oldest first. */
export function guidanceRuleChanges(rules: readonly GuidanceRightRule[] = guidanceRightRules): GuidanceRuleChange[] {
  return rules.flatMap((r) => [
    { id: `${r.id}:starts`, ruleId: r.id, kind: 'starts' as const, date: r.source.effectiveFrom, source: r.source },
    ...(r.effectiveUntil ? [{ id: `${r.id}:ends`, ruleId: r.id, kind: 'ends' as const, date: r.effectiveUntil, source: r.source }] : []),
  ]).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The rule table as it would be without one change: the counterfactual that tells whom the change affects. */
export function rulesWithout(change: Pick<GuidanceRuleChange, 'ruleId' | 'kind'>, rules: readonly GuidanceRightRule[] = guidanceRightRules): GuidanceRightRule[] {
  return rules.flatMap((r) => {
    if (r.id !== change.ruleId) return [r];
    if (change.kind === 'starts') return [];
    const { effectiveUntil: _ended, ...open } = r;
    return [open];
  });
}

/** Whether a change alters the answer for one person: with the change vs without it. */
export function changeAffects(p: GuidanceRightInput, change: Pick<GuidanceRuleChange, 'ruleId' | 'kind'>): { before: GuidanceRight; after: GuidanceRight } | null {
  const after = guidanceRight(p).right;
  const before = guidanceRight(p, rulesWithout(change)).right;
  return before === after ? null : { before, after };
}

/**
 * Eligibility for the offers on the opportunity map ("mulighetskart", seed 003 chapter 8).
 *
 * The rules are DATA (the *-rules.ts files): one entry per offer and version of the law, each with
 * a RuleSource. To follow a change in the law, add an entry with a later `effectiveFrom` (and set
 * `effectiveUntil` on the old one) instead of editing an old entry.
 *
 * Tone: a result says what the rules say, never what will happen. Every result carries a
 * `caveat` that the offer varies locally and that this is not a decision.
 */
import { isValidIsoDate, todayInOslo, type IsoDate } from '../dates.ts';
import { caveats, reason, t } from './kit.ts';
import { educationRules } from './education-rules.ts';
import { financingRules } from './financing-rules.ts';
import { languageRules } from './language-rules.ts';
import { assertProfile, type Profile } from './profile.ts';
import { supplementaryRules } from './supplementary-rules.ts';
import { NO_LEGAL_BASIS, type EligibilityResult, type EligibilityRule } from './types.ts';
import { workRules } from './work-rules.ts';

export const eligibilityRules: readonly EligibilityRule[] = [
  ...languageRules,
  ...workRules,
  ...educationRules,
  ...supplementaryRules,
  ...financingRules,
];

/** Every offer id that has at least one rule entry, in map order (language, work, education, …). */
export const offerIdsWithRules: readonly string[] = [...new Set(eligibilityRules.map((r) => r.offerId))];

function inForce(rule: EligibilityRule, on: IsoDate): boolean {
  return rule.source.effectiveFrom <= on && (rule.effectiveUntil === undefined || on < rule.effectiveUntil);
}

function ruleFor(offerId: string, on: IsoDate): EligibilityRule | undefined {
  return eligibilityRules
    .filter((r) => r.offerId === offerId && inForce(r, on))
    .reduce<EligibilityRule | undefined>(
      (latest, r) => (latest === undefined || r.source.effectiveFrom > latest.source.effectiveFrom ? r : latest),
      undefined,
    );
}

const askResponsible = t(
  'Spør den som har ansvaret for tilbudet (kommunen, fylkeskommunen eller NAV) hva som gjelder.',
  'Ask the body responsible for the offer (the municipality, the county or NAV) what applies.',
);

/**
 * What the rules in force on `on` (default: today in Norway) say about one offer for this profile.
 * An offer without a rule, or without a rule in force on that date, gives `unknown`; it never throws for it.
 *
 * @throws RangeError if `on` is not a valid IsoDate, or the profile holds a value no schema allows
 *   (see assertProfile).
 */
export function eligibilityFor(profile: Profile, offerId: string, on?: IsoDate): EligibilityResult {
  const day = on ?? todayInOslo();
  if (!isValidIsoDate(day)) throw new RangeError(`on is not a valid IsoDate: ${JSON.stringify(day)}`);
  assertProfile(profile);

  const rule = ruleFor(offerId, day);
  if (!rule) {
    const known = eligibilityRules.some((r) => r.offerId === offerId);
    return {
      offerId,
      status: 'unknown',
      reasons: [
        known
          ? reason(
              'no-rule-in-force',
              NO_LEGAL_BASIS,
              t(
                'For denne datoen er det ikke lagt inn regler for tilbudet.',
                'No rules for this offer are recorded for this date.',
              ),
            )
          : reason(
              'no-rule',
              NO_LEGAL_BASIS,
              t('Det er ikke lagt inn regler for dette tilbudet ennå.', 'No rules have been recorded for this offer yet.'),
            ),
      ],
      toFindOut: [askResponsible],
      caveat: caveats.unknown,
    };
  }

  const outcome = rule.evaluate(profile, day);
  const toFindOut = outcome.toFindOut ?? [];
  return {
    offerId,
    status: outcome.status,
    reasons: outcome.reasons,
    toFindOut: outcome.status === 'unknown' && toFindOut.length === 0 ? [askResponsible] : toFindOut,
    caveat: caveats[outcome.status],
    source: outcome.source ?? rule.source,
  };
}

/** `eligibilityFor` for several offers, in the order given. */
export function eligibilityForAll(profile: Profile, offerIds: readonly string[], on?: IsoDate): EligibilityResult[] {
  const day = on ?? todayInOslo(); // one date for the whole list, even across midnight
  return offerIds.map((id) => eligibilityFor(profile, id, day));
}

export { NO_LEGAL_BASIS, eligibilityStatuses } from './types.ts';
export type { EligibilityReason, EligibilityResult, EligibilityStatus, LocalizedText } from './types.ts';
export { norwegianLevels, schoolingLevels } from './profile.ts';
export type { NorwegianLevel, Profile, SchoolingLevel } from './profile.ts';

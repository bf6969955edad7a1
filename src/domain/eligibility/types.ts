import type { IsoDate } from '../dates.ts';
import type { RuleSource } from '../rule-source.ts';
import type { Profile } from './profile.ts';

/**
 * - `right-and-duty`: the law gives the person a right and obliges them to take part.
 * - `right`: the law gives the person an individual right (they can claim it, and appeal).
 * - `eligible`: the person meets what the rules ask that we can check, but there is no individual
 *   right: a body decides (NAV, a school, an employer), the offer is open to all, or it is means-tested.
 * - `not-eligible`: the rules, as written, do not cover the person on what they told us.
 * - `unknown`: we cannot tell without more information (see `toFindOut`).
 */
export const eligibilityStatuses = ['right-and-duty', 'right', 'eligible', 'not-eligible', 'unknown'] as const;
export type EligibilityStatus = (typeof eligibilityStatuses)[number];

/** Text in Norwegian bokmål and English. Other languages are the content team's (src/content). */
export interface LocalizedText {
  nb: string;
  en: string;
}

/** Marker for a reason that rests on no provision (open offers, grant schemes, local practice). */
export const NO_LEGAL_BASIS = 'no-legal-basis' as const;

export interface EligibilityReason {
  /** Stable machine code, e.g. 'target-group-18-55', 'missing-age', 'no-rule'. */
  code: string;
  text: LocalizedText;
  /** The provision the reason rests on, cited as a Norwegian lawyer would, or NO_LEGAL_BASIS. */
  legalRef: string;
}

/** What one rule says about one profile. */
export interface RuleOutcome {
  status: EligibilityStatus;
  reasons: EligibilityReason[];
  /** Questions that would settle an `unknown` (and sometimes sharpen another answer). */
  toFindOut?: LocalizedText[];
  /** Set when the outcome rests on a different source than the rule's own (e.g. the § 11 table). */
  source?: RuleSource;
}

/**
 * One rule, as data. Several entries may exist for one offer (e.g. the old and the new education
 * act); the one in force on the date asked about with the latest `effectiveFrom` wins.
 */
export interface EligibilityRule {
  offerId: string;
  source: RuleSource;
  /** First day the entry no longer applies (exclusive). */
  effectiveUntil?: IsoDate;
  evaluate(profile: Profile, on: IsoDate): RuleOutcome;
}

export interface EligibilityResult {
  offerId: string;
  status: EligibilityStatus;
  /** At least one; the first is the main one. */
  reasons: EligibilityReason[];
  /** Non-empty when status is `unknown`; may be empty otherwise. */
  toFindOut: LocalizedText[];
  /**
   * Always present: that this is what the rules say, not a decision, and that offers vary locally.
   * Show it with the reasons.
   */
  caveat: LocalizedText;
  /** Undefined only for an offer without any rule. A non-empty `reviewNote` means: not yet verified. */
  source?: RuleSource;
}

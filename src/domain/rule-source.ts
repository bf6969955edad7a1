import type { IsoDate } from './dates.ts';

/**
 * Where a legal rule comes from.
 *
 * Every rule in this folder carries one of these so that (a) a case worker or auditor can see
 * which provision a result rests on, and (b) a change in the law is a change in data (a new
 * entry with a later `effectiveFrom`), not a hunt through code.
 */
export interface RuleSource {
  /** The provision, in the form a Norwegian lawyer would cite it, e.g. 'integreringsloven § 8 første ledd'. */
  law: string;
  /** The seed report and a short verbatim quote that backs the rule, e.g. '000_4d34fa87f84c09e3.txt: "…"'. */
  seed?: string;
  /** First day ('YYYY-MM-DD') the rule applies. */
  effectiveFrom: IsoDate;
  /**
   * Set where the seeds (research reports from 2021–2025) and the law in force today may differ,
   * or where we made a modelling choice the seeds do not settle. A non-empty reviewNote means:
   * a person with legal knowledge must confirm this before it is relied on.
   */
  reviewNote?: string;
  /**
   * Public sources checked against the rule, each with the day it was read. A rule whose review note was cleared
   * carries here what settled it; a rule that keeps its note carries what was checked so far.
   */
  verifiedBy?: readonly VerifiedSource[];
}

export interface VerifiedSource {
  url: string;
  /** 'YYYY-MM-DD' the page was read. */
  readOn: IsoDate;
  /** The words on the page that settle the point (short, verbatim). */
  quote: string;
}

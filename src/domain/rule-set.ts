/**
 * The rules whose results the server stores (issue 20 point 1). The decision deadline (§ 12) and the § 11 answer are
 * computed here and stored on participants (and the deadline copied on orders) so that queues sort, filter and count
 * in SQL on an index. A stored result is only right while the rule that computed it is the rule in force, so each
 * row carries the version of this rule set beside the value (`rules_version`), and the server recomputes rows written
 * by another version at start-up and daily (src/server/features/rules/sync.ts).
 *
 * BUMP RULE_SET_VERSION WHENEVER A RULE HERE CHANGES AN ANSWER: `decisionDeadline` (src/domain/decision-deadline.ts),
 * `guidanceRight` and its table `guidanceRightRules` (src/domain/guidance-right.ts), or anything they call. Without
 * a bump, rows stay as the old rule computed them while the participant's page recomputes: the queues would sort by
 * one deadline and show another. `rule-set.test.ts` pins a fingerprint of the answers for the current version and
 * fails when the answers change and the version did not.
 */
import { decisionDeadline } from './decision-deadline.ts';
import { guidanceRight, type GuidanceRight, type GuidanceRightInput } from './guidance-right.ts';
import type { IsoDate } from './dates.ts';

/** 1: the rules as of issue 20 (the § 12 deadline; the dated § 11 table with the end of chapter 6A on 2026-07-01). */
export const RULE_SET_VERSION = 1;

export interface StoredRuleResults {
  /** The § 12 deadline; for a person not covered by § 11 only the queues' sort key (the API gives null). */
  decisionDeadline: IsoDate;
  guidanceRight: GuidanceRight;
  rulesVersion: number;
}

/** The values a participant row stores, with the version that computed them: the one place that writes them. */
export function storedRuleResults(p: GuidanceRightInput): StoredRuleResults {
  return { decisionDeadline: decisionDeadline(p).date, guidanceRight: guidanceRight(p).right, rulesVersion: RULE_SET_VERSION };
}

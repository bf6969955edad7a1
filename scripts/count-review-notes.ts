/**
 * npm run count-review-notes [-- --list]
 *
 * Counts the entries a person with legal knowledge must still confirm (issue 12, item 7): offers and level
 * requirements with `review` in src/content, and RuleSources with a `reviewNote` in src/domain. Not counted: the
 * rules of the § 11 right, the § 12 deadline and the note (guidance-right.ts, decision-deadline.ts,
 * guidance-note.ts), which are kept with the permit-date work.
 */
import { levelRequirements, offers } from '../src/content/index.ts';
import { eligibilityRules } from '../src/domain/eligibility/index.ts';
import { guidanceHoursEstimates } from '../src/domain/guidance-hours.ts';
import { financingConflictRules } from '../src/domain/journey.ts';
import { postponementSource } from '../src/domain/postponement.ts';
import type { RuleSource } from '../src/domain/rule-source.ts';
import { ageBandsSource, suppressionSource } from '../src/domain/statistics.ts';

const hasNote = (s: RuleSource) => (s.reviewNote ?? '').trim() !== '';
const line = (label: string, withNote: number, total: number) => console.log(`${label.padEnd(44)} ${String(withNote).padStart(3)} of ${total}`);

line('offers (src/content) with review', offers.filter((o) => o.review).length, offers.length);
line('level requirements (src/content) with review', levelRequirements.filter((r) => r.review).length, levelRequirements.length);
line('eligibility rule entries with reviewNote', eligibilityRules.filter((r) => hasNote(r.source)).length, eligibilityRules.length);
const offersWithNotedRule = new Set(eligibilityRules.filter((r) => hasNote(r.source)).map((r) => r.offerId));
line('offers whose rules carry a reviewNote', offersWithNotedRule.size, new Set(eligibilityRules.map((r) => r.offerId)).size);
const other = [
  ...financingConflictRules.map((r) => r.source),
  ...guidanceHoursEstimates.map((e) => e.source),
  postponementSource,
  ageBandsSource,
  suppressionSource,
];
line('other domain rules with reviewNote', other.filter(hasNote).length, other.length);
if (process.argv.includes('--list')) {
  for (const r of eligibilityRules.filter((x) => hasNote(x.source))) console.log(`  rule ${r.offerId} (from ${r.source.effectiveFrom}): ${r.source.reviewNote}`);
  for (const o of offers.filter((x) => x.review)) console.log(`  offer ${o.id}: ${o.review?.note.en}`);
}

import { and, asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { guidanceRightColumns, participants } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/record.ts';
import { participantScope } from '../participants/policy.ts';
import {
  changeAffects, decisionDeadline, guidanceRightRules, guidanceRuleChanges, todayInOslo, type ResidenceBasis,
} from '../../../domain/index.ts';
import type { RuleChangesJson } from './schemas.ts';

/** How many affected participants a change lists by name; the count is always complete. */
const LIST_LIMIT = 200;

/**
 * Every dated § 11 rule with its history and sources, and for each dated change how many of the actor's
 * participants (scoped as everywhere: a municipality its own, a centre those it has orders for, an administrator
 * none) it changes: the answer with the change compared with the answer without it.
 */
export async function ruleChanges(db: Db, actor: Actor): Promise<RuleChangesJson> {
  const today = todayInOslo();
  const scope = participantScope(actor);
  const people = scope
    ? await db.select({
        id: participants.id, givenName: participants.givenName, familyName: participants.familyName, ...guidanceRightColumns,
      }).from(participants).where(and(scope)).orderBy(asc(participants.familyName), asc(participants.id))
    : [];
  const changes = guidanceRuleChanges().map((change) => {
    const affected = people.flatMap((p) => {
      const effect = changeAffects({ ...p, residenceBasis: p.residenceBasis as ResidenceBasis }, change);
      return effect ? [{ id: p.id, givenName: p.givenName, familyName: p.familyName, before: effect.before, after: effect.after }] : [];
    });
    return {
      id: change.id, ruleId: change.ruleId, kind: change.kind, date: change.date,
      timing: change.date > today ? 'coming' as const : 'past' as const,
      affectedCount: affected.length,
      affected: affected.slice(0, LIST_LIMIT),
    };
  });
  const listed = changes.flatMap((c) => c.affected.map((a) => a.id));
  await recordAudit(db, actor, { type: 'rules.changes-viewed' });
  if (listed.length) await recordAudit(db, actor, { type: 'participant.listed', participantIds: [...new Set(listed)] });
  const deadline = decisionDeadline({ settlementDate: today }).source;
  return {
    today,
    rules: [
      ...guidanceRightRules.map((r) => ({
        id: r.id, topic: 'guidance-right' as const, right: r.right, residenceBases: [...r.residenceBases],
        minAge: r.minAge, maxAge: r.maxAge, effectiveFrom: r.source.effectiveFrom, effectiveUntil: r.effectiveUntil ?? null,
        law: r.source.law, url: r.source.verifiedBy?.[0]?.url ?? null, reviewNote: r.source.reviewNote ?? null,
      })),
      {
        id: 'integreringsloven-12-decision-deadline', topic: 'decision-deadline' as const, right: null, residenceBases: [],
        minAge: null, maxAge: null, effectiveFrom: deadline.effectiveFrom, effectiveUntil: null,
        law: deadline.law, url: deadline.verifiedBy?.[0]?.url ?? null, reviewNote: deadline.reviewNote ?? null,
      },
    ],
    changes,
  };
}

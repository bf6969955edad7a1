import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { guidanceNoteFeedback, guidanceNotes, integrationPlanTasks, participants } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { feedbackReasonRequired, planTaskOverdue, todayInOslo } from '../../../domain/index.ts';
import { fieldError, forbidden, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { notify } from './notifications.ts';
import { mayGiveFeedback, planTaskMunicipality } from './policy.ts';
import { auditIds, feedbackJson, noteInScope } from './common.ts';
import type { FeedbackInput } from './schemas.ts';

// ─── Feedback and the plan task ─────────────────────────────────────────────────────────────────────────────────

/** The municipality's answer: how the recommendation was used. Closes the open plan task; tells the author. */
export async function giveFeedback(db: Db, actor: Actor, noteId: string, input: FeedbackInput) {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayGiveFeedback(side)) throw forbidden();
  if (feedbackReasonRequired(input.recommendationUse) && !input.reason) throw fieldError('reason', 'note.feedback-reason-required');
  if (input.endGoal === 'other' && !input.endGoalText) throw fieldError('endGoalText', 'note.end-goal-text-required');
  const [existing] = await db.select().from(guidanceNoteFeedback).where(eq(guidanceNoteFeedback.noteId, noteId));
  if (existing && input.version !== existing.version) throw staleVersion();
  const values = {
    recommendationUse: input.recommendationUse, reason: input.reason, integrationPlanChanged: input.integrationPlanChanged,
    endGoal: input.endGoal, endGoalText: input.endGoalText,
  };
  return db.transaction(async (tx) => {
    let row: typeof guidanceNoteFeedback.$inferSelect | undefined;
    let changed: string[];
    if (existing) {
      [row] = await tx.update(guidanceNoteFeedback)
        .set({ ...values, givenBy: actor.userId, version: sql`${guidanceNoteFeedback.version} + 1`, updatedAt: new Date() })
        .where(and(eq(guidanceNoteFeedback.noteId, noteId), eq(guidanceNoteFeedback.version, existing.version))).returning();
      if (!row) throw staleVersion();
      changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== existing[k]);
    } else {
      // Two advisers answering at once meet the primary key: the loser gets 409 from the error handler.
      [row] = await tx.insert(guidanceNoteFeedback).values({ noteId, ...values, givenBy: actor.userId }).returning();
      changed = Object.keys(values);
    }
    await tx.update(integrationPlanTasks)
      .set({ status: 'closed', closedBy: actor.userId, closedAt: new Date(), version: sql`${integrationPlanTasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(integrationPlanTasks.noteId, noteId), eq(integrationPlanTasks.status, 'open')));
    await notify(tx, [note.authorId], { kind: 'note-feedback', participantId: note.participantId, noteId });
    await recordAudit(tx, actor, { type: 'note.feedback-given', ...auditIds(note), changedFields: changed });
    return feedbackJson(row!, actor.name);
  });
}

export async function listPlanTasks(db: Db, actor: Actor, status: 'open' | 'closed' | 'all' = 'open') {
  const municipalityId = planTaskMunicipality(actor);
  if (!municipalityId) throw forbidden();
  const rows = await db.select({
    t: integrationPlanTasks, orderId: guidanceNotes.orderId,
    p: { id: participants.id, givenName: participants.givenName, familyName: participants.familyName },
  })
    .from(integrationPlanTasks)
    .innerJoin(guidanceNotes, eq(guidanceNotes.id, integrationPlanTasks.noteId))
    .innerJoin(participants, eq(participants.id, integrationPlanTasks.participantId))
    .where(and(eq(integrationPlanTasks.municipalityId, municipalityId), status === 'all' ? undefined : eq(integrationPlanTasks.status, status)))
    .orderBy(asc(integrationPlanTasks.dueOn), asc(integrationPlanTasks.id)).limit(500);
  await recordAudit(db, actor, { type: 'plan-task.listed', taskIds: rows.map((r) => r.t.id), participantIds: [...new Set(rows.map((r) => r.p.id))] });
  const today = todayInOslo();
  return {
    items: rows.map(({ t, orderId, p }) => ({
      id: t.id, version: t.version, noteId: t.noteId, orderId, participant: p, dueOn: t.dueOn, status: t.status,
      overdue: planTaskOverdue({ dueOn: t.dueOn, status: t.status, today }),
    })),
  };
}

/**
 * The survey after a gathering and its results (issue 14 item 2). Seed 000 reports HK-dir's survey: usefulness
 * ("Utbyttet av samlingene vurderes som godt av 93 prosent"), whether it strengthened cooperation ("66 prosent …
 * er «helt enig»"), which programme items helped most, and how it could be more useful. The answer is stored
 * without the person, the registration or a time; results rest on the small-number rule (domain/gathering.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { gatheringRegistrations, gatheringSurveyAnswers } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { todayInOslo } from '../../../domain/index.ts';
import { SUPPRESS_BELOW } from '../../../domain/statistics.ts';
import { shownTexts, summariseItems, summariseScale, surveyOpen } from '../../../domain/gathering.ts';
import { AppError, fieldError, forbidden } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { findGathering, isHostStaff } from './policy.ts';
import { getGathering } from './plan.ts';
import type { SurveyInput } from './schemas.ts';

export async function answerSurvey(db: Db, actor: Actor, gatheringId: string, input: SurveyInput) {
  const g = await findGathering(db, actor, gatheringId);
  const [mine] = await db.select().from(gatheringRegistrations).where(and(
    eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.userId, actor.userId), eq(gatheringRegistrations.status, 'registered'),
  ));
  if (!mine) throw forbidden();
  if (!surveyOpen(g.endsOn, todayInOslo())) throw new AppError(409, 'gathering.survey-not-open');
  const known = new Set(g.programme.map((i) => i.id));
  input.helpfulItemIds.forEach((id, i) => { if (!known.has(id)) throw fieldError(`helpfulItemIds.${i}`, 'gathering.item-unknown'); });
  await db.transaction(async (tx) => {
    // Locked, so that two answers sent at once count once.
    const [locked] = await tx.select().from(gatheringRegistrations).where(eq(gatheringRegistrations.id, mine.id)).for('update');
    if (locked!.surveyAnswered) throw new AppError(409, 'gathering.survey-answered');
    await tx.update(gatheringRegistrations).set({ surveyAnswered: true }).where(eq(gatheringRegistrations.id, mine.id));
    await tx.insert(gatheringSurveyAnswers).values({
      gatheringId, usefulness: input.usefulness, strengthenedCooperation: input.strengthenedCooperation,
      helpfulItemIds: [...new Set(input.helpfulItemIds)], improve: input.improve, followUp: input.followUp,
    });
    await recordAudit(tx, actor, { type: 'gathering.survey-answered', gatheringId });
  });
  return getGathering(db, actor, gatheringId);
}

/** The results for the host centre: counts, shares and free texts without names, hidden below five answers. */
export async function surveyResults(db: Db, actor: Actor, gatheringId: string) {
  const g = await findGathering(db, actor, gatheringId);
  if (!isHostStaff(actor)) throw forbidden();
  const rows = await db.select().from(gatheringSurveyAnswers).where(eq(gatheringSurveyAnswers.gatheringId, gatheringId));
  const [registered] = await db.select({ n: sql<number>`count(*)::int` }).from(gatheringRegistrations)
    .where(and(eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.status, 'registered')));
  const titles = new Map(g.programme.map((i) => [i.id, i.title]));
  return {
    answers: rows.length, registered: registered!.n, minimum: SUPPRESS_BELOW,
    usefulness: summariseScale(rows.map((r) => r.usefulness)),
    strengthenedCooperation: summariseScale(rows.map((r) => r.strengthenedCooperation)),
    helpfulItems: summariseItems(g.programme.map((i) => i.id), rows.map((r) => r.helpfulItemIds)).map((x) => ({ ...x, title: titles.get(x.itemId) ?? '' })),
    improve: shownTexts(rows.length, rows.map((r) => r.improve)),
    followUp: shownTexts(rows.length, rows.map((r) => r.followUp)),
  };
}

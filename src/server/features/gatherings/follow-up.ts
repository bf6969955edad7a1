/**
 * After the gathering (issue 14 item 3; seed 000: "Oppfølging av spørsmål og innspill på samlingen"): questions
 * and input become follow-up points with an owner and a due date, tracked to done, and a follow-up letter goes to
 * everyone registered, in the app (and a link by e-mail).
 *
 * Until the shared cooperation `actions` table (branch wip-meet) is merged, the points live in
 * gathering_follow_ups; see schema-gatherings.ts for how each column maps onto an action.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { gatheringFollowUps, gatheringRegistrations, gatherings, users } from '../../db/schema.ts';
import { careerCentreRoles, type Actor } from '../../auth/actor.ts';
import { todayInOslo } from '../../../domain/index.ts';
import { AppError, fieldError, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { sendNow } from '../../outbox/outbox.ts';
import { coordinatorCentre, findGathering, gatheringScope, type GatheringDeps } from './scope.ts';
import { followUpJson, getGathering } from './plan.ts';
import { noticeStaff } from './notices.ts';
import type { FollowUpInput, FollowUpPatch } from './schemas.ts';

/** An owner is someone at the host centre, or someone registered for the gathering (a municipality's staff). */
async function checkOwner(db: Reader, centreId: string, gatheringId: string, ownerId: string): Promise<string> {
  const [staff] = await db.select({ name: users.name }).from(users).where(and(
    eq(users.id, ownerId), eq(users.organisationId, centreId), eq(users.active, true), inArray(users.role, [...careerCentreRoles]),
  ));
  if (staff) return staff.name;
  const [registrant] = await db.select({ name: users.name }).from(gatheringRegistrations).innerJoin(users, eq(users.id, gatheringRegistrations.userId))
    .where(and(eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.userId, ownerId), eq(gatheringRegistrations.status, 'registered')));
  if (registrant) return registrant.name;
  throw fieldError('ownerId', 'gathering.owner-unknown');
}

export async function addFollowUp(db: Db, actor: Actor, gatheringId: string, input: FollowUpInput) {
  const g = await findGathering(db, actor, gatheringId);
  coordinatorCentre(actor);
  const owner = await checkOwner(db, g.careerCentreId, gatheringId, input.ownerId);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(gatheringFollowUps).values({ gatheringId, ...input, createdBy: actor.userId }).returning();
    await recordAudit(tx, actor, { type: 'gathering.follow-up-saved', gatheringId, followUpId: row!.id, changedFields: Object.keys(input) });
    return followUpJson(row!, owner, todayInOslo());
  });
}

export async function updateFollowUp(db: Db, actor: Actor, id: string, patch: FollowUpPatch) {
  const scope = gatheringScope(actor);
  if (!scope || actor.role === 'programme-adviser' || actor.role === 'municipality-lead') throw notFound();
  const [found] = await db.select({ f: gatheringFollowUps, centreId: gatherings.careerCentreId }).from(gatheringFollowUps)
    .innerJoin(gatherings, eq(gatherings.id, gatheringFollowUps.gatheringId)).where(and(eq(gatheringFollowUps.id, id), scope));
  if (!found) throw notFound();
  coordinatorCentre(actor);
  const { version, ...changes } = patch;
  const owner = await checkOwner(db, found.centreId, found.f.gatheringId, changes.ownerId ?? found.f.ownerId);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(gatheringFollowUps).set({
      ...changes,
      ...(changes.status ? { doneAt: changes.status === 'done' ? found.f.doneAt ?? new Date() : null } : {}),
      version: sql`${gatheringFollowUps.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(gatheringFollowUps.id, id), eq(gatheringFollowUps.version, version))).returning();
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'gathering.follow-up-saved', gatheringId: found.f.gatheringId, followUpId: id, changedFields: Object.keys(changes) });
    return followUpJson(row, owner, todayInOslo());
  });
}

/** Sends the follow-up letter once, in the app, to everyone registered (with a seat) once the gathering has started. */
export async function sendLetter(db: Db, deps: GatheringDeps, actor: Actor, gatheringId: string, text: string, version: number) {
  const g = await findGathering(db, actor, gatheringId);
  coordinatorCentre(actor);
  if (todayInOslo() < g.startsOn) throw new AppError(409, 'gathering.not-held');
  const outbox = await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(gatherings).where(eq(gatherings.id, gatheringId)).for('update');
    if (locked!.version !== version) throw staleVersion();
    if (locked!.letterSentAt) throw new AppError(409, 'gathering.letter-sent');
    const registered = (await tx.select({ userId: gatheringRegistrations.userId }).from(gatheringRegistrations)
      .where(and(eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.status, 'registered')))).map((r) => r.userId);
    if (!registered.length) throw new AppError(409, 'gathering.nothing-to-send');
    await tx.update(gatherings).set({ letter: text, letterSentAt: new Date(), version: sql`${gatherings.version} + 1`, updatedAt: new Date() })
      .where(eq(gatherings.id, gatheringId));
    await recordAudit(tx, actor, { type: 'gathering.letter-sent', gatheringId, recipients: registered.length });
    return noticeStaff(tx, deps.senders.mailer, deps.publicUrl, registered, 'gathering-letter');
  });
  await sendNow(db, deps.senders, outbox);
  return getGathering(db, actor, gatheringId);
}

/**
 * After the gathering (issue 14 item 3; seed 000: "Oppfølging av spørsmål og innspill på samlingen"): questions
 * and input become follow-up points with an owner and a due date, tracked to done, and a follow-up letter goes to
 * everyone registered, in the app (and a link by e-mail).
 *
 * The points are cooperation actions (issue 14 item 3: "the cooperation issue's actions"): rows of
 * cooperation_actions with source kind 'gathering', so they reach the owners' task pages and the leads' start pages
 * like meeting actions. This API keeps its own shape (text, source, dueOn) and maps it onto the action's columns.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { cooperationActions, gatheringRegistrations, gatherings, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { nationalIdsIn, todayInOslo } from '../../../domain/index.ts';
import { AppError, fieldError, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { sendNow } from '../../outbox/outbox.ts';
import { coordinatorCentre, findGathering, gatheringScope, hostStaffUsers, isHostStaff } from './policy.ts';
import { followUpJson, getGathering } from './plan.ts';
import { noticeStaff, type GatheringDeps } from './notices.ts';
import type { FollowUpInput, FollowUpPatch } from './schemas.ts';

/** An owner is someone at the host centre, or someone registered for the gathering (a municipality's staff). */
export async function checkGatheringOwner(db: Reader, centreId: string, gatheringId: string, ownerId: string): Promise<string> {
  const [staff] = await db.select({ name: users.name }).from(users).where(and(
    eq(users.id, ownerId), eq(users.organisationId, centreId), eq(users.active, true), hostStaffUsers(),
  ));
  if (staff) return staff.name;
  const [registrant] = await db.select({ name: users.name }).from(gatheringRegistrations).innerJoin(users, eq(users.id, gatheringRegistrations.userId))
    .where(and(eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.userId, ownerId), eq(gatheringRegistrations.status, 'registered')));
  if (registrant) return registrant.name;
  throw fieldError('ownerId', 'gathering.owner-unknown');
}

/** The point is shared with every municipality invited, so like minutes it must not carry a national identity number. */
function refuseNationalId(text: string | undefined) {
  if (text && nationalIdsIn(text).length) throw fieldError('text', 'meeting.national-id');
}

export async function addFollowUp(db: Db, actor: Actor, gatheringId: string, input: FollowUpInput) {
  const g = await findGathering(db, actor, gatheringId);
  coordinatorCentre(actor);
  refuseNationalId(input.text);
  const owner = await checkGatheringOwner(db, g.careerCentreId, gatheringId, input.ownerId);
  return db.transaction(async (tx) => {
    // The parties: the host centre, and no one municipality (the point concerns every municipality invited).
    const [row] = await tx.insert(cooperationActions).values({
      sourceKind: 'gathering', sourceId: gatheringId, careerCentreId: g.careerCentreId, municipalityId: null,
      title: input.text, gatheringSource: input.source, ownerId: input.ownerId, dueDate: input.dueOn, createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'gathering.follow-up-saved', gatheringId, followUpId: row!.id, changedFields: Object.keys(input) });
    return followUpJson(row!, owner, todayInOslo());
  });
}

export async function updateFollowUp(db: Db, actor: Actor, id: string, patch: FollowUpPatch) {
  const scope = gatheringScope(actor);
  // The points are the host centre's: a municipality (which sees the gathering) gets 404.
  if (!scope || !isHostStaff(actor)) throw notFound();
  const [found] = await db.select({ f: cooperationActions, centreId: gatherings.careerCentreId }).from(cooperationActions)
    .innerJoin(gatherings, and(eq(cooperationActions.sourceKind, 'gathering'), eq(gatherings.id, cooperationActions.sourceId)))
    .where(and(eq(cooperationActions.id, id), isNull(cooperationActions.removedAt), scope));
  if (!found) throw notFound();
  coordinatorCentre(actor);
  refuseNationalId(patch.text);
  const { version, text, dueOn, ...rest } = patch;
  const changes = { ...rest, ...(text !== undefined ? { title: text } : {}), ...(dueOn !== undefined ? { dueDate: dueOn } : {}) };
  const owner = await checkGatheringOwner(db, found.centreId, found.f.sourceId, changes.ownerId ?? found.f.ownerId);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(cooperationActions).set({
      ...changes,
      ...(changes.status ? { doneAt: changes.status === 'done' ? found.f.doneAt ?? new Date() : null } : {}),
      version: sql`${cooperationActions.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(cooperationActions.id, id), eq(cooperationActions.version, version))).returning();
    if (!row) throw staleVersion();
    const changedFields = Object.keys(patch).filter((k) => k !== 'version');
    await recordAudit(tx, actor, { type: 'gathering.follow-up-saved', gatheringId: found.f.sourceId, followUpId: id, changedFields });
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

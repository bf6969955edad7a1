/**
 * Municipalities register named staff for a gathering (issue 14 item 1): a seat while the municipality is under
 * its cap, else the waiting list; a cancellation moves the first waiting up (domain/gathering.ts movesUp). The
 * gathering's row is locked for the count and the write, so two registrations for the last seat cannot both get
 * it, on PostgreSQL as on PGlite.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { gatheringRegistrations, gatherings, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { todayInOslo } from '../../../domain/index.ts';
import { registrationOpen, statusOnRegistering } from '../../../domain/gathering.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { sendNow } from '../../outbox/outbox.ts';
import {
  findGathering, gatheringScope, mayCancelRegistration, registeringMunicipality, registrableStaff, seesRegistration,
} from './policy.ts';
import { fillFreeSeats, getGathering } from './plan.ts';
import { noticeStaff, type GatheringDeps } from './notices.ts';

export async function register(db: Db, deps: GatheringDeps, actor: Actor, gatheringId: string, userId: string) {
  await findGathering(db, actor, gatheringId);
  const municipalityId = registeringMunicipality(actor);
  if (!municipalityId) throw forbidden();
  const [person] = await db.select({ id: users.id }).from(users).where(and(
    eq(users.id, userId), eq(users.organisationId, municipalityId), eq(users.active, true), registrableStaff(),
  ));
  if (!person) throw fieldError('userId', 'gathering.staff-unknown');
  const outbox = await db.transaction(async (tx) => {
    const [g] = await tx.select().from(gatherings).where(eq(gatherings.id, gatheringId)).for('update');
    if (!g) throw notFound();
    if (!registrationOpen(g.registrationClosesOn, todayInOslo())) throw new AppError(409, 'gathering.registration-closed');
    const [existing] = await tx.select().from(gatheringRegistrations)
      .where(and(eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.userId, userId)));
    if (existing && existing.status !== 'cancelled') throw new AppError(409, 'gathering.already-registered');
    const [taken] = await tx.select({ n: sql<number>`count(*)::int` }).from(gatheringRegistrations).where(and(
      eq(gatheringRegistrations.gatheringId, gatheringId), eq(gatheringRegistrations.municipalityId, municipalityId), eq(gatheringRegistrations.status, 'registered'),
    ));
    const status = statusOnRegistering(g.capacityPerMunicipality, taken!.n);
    let id: string;
    if (existing) {
      // Coming back after a cancellation is a new place in the queue: at the back, with a fresh tie-breaker.
      await tx.update(gatheringRegistrations).set({
        status, queuedAt: new Date(), seq: sql`nextval(pg_get_serial_sequence('gathering_registrations', 'seq'))`, registeredBy: actor.userId,
        surveyAnswered: false, version: sql`${gatheringRegistrations.version} + 1`, updatedAt: new Date(),
      }).where(eq(gatheringRegistrations.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx.insert(gatheringRegistrations).values({ gatheringId, municipalityId, userId, status, registeredBy: actor.userId })
        .returning({ id: gatheringRegistrations.id });
      id = row!.id;
    }
    await recordAudit(tx, actor, { type: 'gathering.registered', gatheringId, registrationId: id, userId, status });
    return noticeStaff(tx, deps.senders.mailer, deps.publicUrl, [userId], status === 'registered' ? 'gathering-registered' : 'gathering-waiting');
  });
  await sendNow(db, deps.senders, outbox);
  return getGathering(db, actor, gatheringId);
}

/**
 * Cancels a registration before the gathering starts: the municipality its own staff's, the coordinator anyone's.
 * When a seat is freed, the first on that municipality's waiting list moves up in the same transaction.
 */
export async function cancelRegistration(db: Db, deps: GatheringDeps, actor: Actor, registrationId: string, version: number) {
  const scope = gatheringScope(actor);
  if (!scope) throw notFound();
  const [found] = await db.select({ r: gatheringRegistrations }).from(gatheringRegistrations)
    .innerJoin(gatherings, eq(gatherings.id, gatheringRegistrations.gatheringId))
    .where(and(eq(gatheringRegistrations.id, registrationId), scope)).limit(1);
  if (!found || !seesRegistration(actor, found.r)) throw notFound();
  if (!mayCancelRegistration(actor)) throw forbidden();
  const reg = found.r;
  const outbox = await db.transaction(async (tx) => {
    const [g] = await tx.select().from(gatherings).where(eq(gatherings.id, reg.gatheringId)).for('update');
    if (todayInOslo() >= g!.startsOn) throw new AppError(409, 'gathering.started');
    const [current] = await tx.select().from(gatheringRegistrations).where(eq(gatheringRegistrations.id, registrationId));
    if (current!.version !== version) throw staleVersion();
    if (current!.status === 'cancelled') throw new AppError(409, 'gathering.registration-cancelled');
    await tx.update(gatheringRegistrations).set({ status: 'cancelled', version: sql`${gatheringRegistrations.version} + 1`, updatedAt: new Date() })
      .where(eq(gatheringRegistrations.id, registrationId));
    const moved = current!.status === 'registered' ? await fillFreeSeats(tx, reg.gatheringId, g!.capacityPerMunicipality, [reg.municipalityId]) : [];
    await recordAudit(tx, actor, { type: 'gathering.registration-cancelled', gatheringId: reg.gatheringId, registrationId, userId: reg.userId, movedUp: moved.map((m) => m.id) });
    return noticeStaff(tx, deps.senders.mailer, deps.publicUrl, moved.map((m) => m.userId), 'gathering-moved-up');
  });
  await sendNow(db, deps.senders, outbox);
  return getGathering(db, actor, reg.gatheringId);
}

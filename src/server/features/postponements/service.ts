import { and, asc, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { participants, postponements } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { addDays, postponementReasons, postponementReminderDue, todayInOslo } from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { findParticipantInScope } from '../participants/service.ts';
import { mayWriteParticipants, participantScope } from '../participants/policy.ts';
import { postponementExportMunicipality } from './policy.ts';
import type { PostponementInput, PostponementJson } from './schemas.ts';

type PostponementRow = typeof postponements.$inferSelect;

/** The new date may lie at most this far ahead: a postponement is "for a while", not open-ended. */
const MAX_POSTPONEMENT_DAYS = 3 * 366;

function toJson(r: PostponementRow, today = todayInOslo()): PostponementJson {
  return {
    id: r.id, participantId: r.participantId, reason: r.reason, reasonText: r.reasonText, justification: r.justification,
    expectedDate: r.expectedDate, decidedWith: r.decidedWith, decidedOn: r.decidedOn,
    reminderDue: r.endedAt === null && postponementReminderDue({ expectedDate: r.expectedDate, today }),
    endedAt: r.endedAt?.toISOString() ?? null, version: r.version, createdAt: r.createdAt.toISOString(),
  };
}

export async function createPostponement(db: Db, actor: Actor, participantId: string, input: PostponementInput): Promise<PostponementJson> {
  const today = todayInOslo();
  const text = input.reasonText?.trim() || null;
  if (input.reason === 'other' && !text) throw fieldError('reasonText', 'postponement.text-required');
  if (input.expectedDate < today) throw fieldError('expectedDate', 'postponement.date-past');
  if (input.expectedDate > addDays(today, MAX_POSTPONEMENT_DAYS)) throw fieldError('expectedDate', 'invalid');
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayWriteParticipants(actor)) throw forbidden();
  if (participant.guidanceHeldOn) throw new AppError(409, 'postponement.guidance-held');
  if (participant.guidancePostponed) throw new AppError(409, 'postponement.open-exists');
  const row = await db.transaction(async (tx) => {
    // The participant's flag drives the deadline status and its SQL filter; it changes with the row, or not at all.
    const [updated] = await tx.update(participants)
      .set({ guidancePostponed: true, version: sql`${participants.version} + 1`, updatedAt: new Date() })
      .where(and(eq(participants.id, participantId), eq(participants.version, input.version), eq(participants.guidancePostponed, false)))
      .returning({ id: participants.id });
    if (!updated) throw staleVersion();
    const [created] = await tx.insert(postponements).values({
      participantId, municipalityId: participant.municipalityId, reason: input.reason,
      reasonText: input.reason === 'other' || text ? text : null, justification: input.justification,
      expectedDate: input.expectedDate, decidedWith: input.decidedWith, decidedOn: today, createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'postponement.created', participantId, postponementId: created!.id, reason: input.reason });
    return created!;
  });
  return toJson(row, today);
}

export async function endPostponement(db: Db, actor: Actor, id: string, version: number): Promise<PostponementJson> {
  const scope = participantScope(actor);
  if (!scope) throw notFound();
  const [found] = await db.select({ p: postponements }).from(postponements)
    .innerJoin(participants, eq(participants.id, postponements.participantId))
    .where(and(eq(postponements.id, id), scope)).limit(1);
  if (!found) throw notFound();
  if (!mayWriteParticipants(actor)) throw forbidden();
  if (found.p.endedAt) throw new AppError(409, 'postponement.ended');
  const row = await db.transaction(async (tx) => {
    const [ended] = await tx.update(postponements)
      .set({ endedAt: new Date(), endedBy: actor.userId, version: sql`${postponements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(postponements.id, id), eq(postponements.version, version), isNull(postponements.endedAt)))
      .returning();
    if (!ended) throw staleVersion();
    await tx.update(participants)
      .set({ guidancePostponed: false, version: sql`${participants.version} + 1`, updatedAt: new Date() })
      .where(eq(participants.id, ended.participantId));
    await recordAudit(tx, actor, { type: 'postponement.ended', participantId: ended.participantId, postponementId: id });
    return ended;
  });
  return toJson(row);
}

export async function listPostponements(db: Db, actor: Actor, participantId: string): Promise<{ items: PostponementJson[] }> {
  await findParticipantInScope(db, actor, participantId);
  const rows = await db.select().from(postponements).where(eq(postponements.participantId, participantId))
    .orderBy(desc(postponements.createdAt), desc(postponements.id));
  await recordAudit(db, actor, { type: 'postponement.listed', participantId });
  const today = todayInOslo();
  return { items: rows.map((r) => toJson(r, today)) };
}

export const EXPORT_HEADER = [
  'participant_reference', 'national_id', 'given_name', 'family_name', 'birth_date', 'reason_code', 'reason_label',
  'reason_text', 'justification', 'decided_with', 'decided_date', 'expected_date', 'ended_date',
];

/** Quotes a CSV cell; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The municipality's postponements decided in [from, to], for registration in NIR. Personal data: municipality roles only. */
export async function exportPostponements(db: Db, actor: Actor, q: { from?: string; to?: string }): Promise<string> {
  const municipalityId = postponementExportMunicipality(actor);
  if (!municipalityId) throw forbidden();
  if (q.from && q.to && q.to < q.from) throw fieldError('to', 'date.range');
  const rows = await db.select({ p: postponements, person: participants }).from(postponements)
    .innerJoin(participants, eq(participants.id, postponements.participantId))
    .where(and(
      eq(postponements.municipalityId, municipalityId),
      q.from ? gte(postponements.decidedOn, q.from) : undefined,
      q.to ? lte(postponements.decidedOn, q.to) : undefined,
    ))
    .orderBy(asc(postponements.decidedOn), asc(postponements.createdAt), asc(postponements.id));
  await recordAudit(db, actor, {
    type: 'postponement.exported', from: q.from ?? '', to: q.to ?? '',
    participantIds: [...new Set(rows.map((r) => r.person.id))],
  });
  const lines = [EXPORT_HEADER.join(',')];
  for (const { p, person } of rows) {
    lines.push([
      person.id, person.nationalId, person.givenName, person.familyName, person.birthDate, p.reason, postponementReasons[p.reason].nb,
      p.reasonText, p.justification, p.decidedWith, p.decidedOn, p.expectedDate, p.endedAt ? todayInOslo(p.endedAt) : null,
    ].map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

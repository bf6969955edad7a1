import { and, desc, eq, ne } from 'drizzle-orm';
import type { Reader } from '../../db/client.ts';
import { guidanceOrders, organisations, participants, users } from '../../db/schema.ts';
import { participantContactStaff } from './policy.ts';

/**
 * Whom the participant contacts with questions (issue 16, item 6: "participants know whom to contact"), for the
 * appointment letter and the participant's page: the programme adviser who made the newest sent order, with their
 * work e-mail and work phone, while that adviser is active in the participant's municipality; otherwise the
 * municipality itself (the refugee service), so a letter never goes out without someone to ask. Work details only:
 * no private number is stored for staff (users.work_phone).
 */
export interface ParticipantContact {
  kind: 'adviser' | 'municipality';
  name: string;
  email: string | null;
  phone: string | null;
}

export async function participantContact(db: Reader, participantId: string, orderId?: string): Promise<ParticipantContact> {
  const [p] = await db.select({ municipalityId: participants.municipalityId, municipality: organisations.name }).from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.municipalityId))
    .where(eq(participants.id, participantId));
  const [adviser] = await db.select({ name: users.name, email: users.email, phone: users.workPhone }).from(guidanceOrders)
    .innerJoin(users, eq(users.id, guidanceOrders.createdBy))
    .where(and(
      orderId ? eq(guidanceOrders.id, orderId) : eq(guidanceOrders.participantId, participantId),
      ne(guidanceOrders.status, 'draft'),
      eq(users.active, true),
      eq(users.organisationId, p?.municipalityId ?? ''),
      participantContactStaff(),
    ))
    .orderBy(desc(guidanceOrders.createdAt)).limit(1);
  if (adviser) return { kind: 'adviser', name: adviser.name, email: adviser.email, phone: adviser.phone };
  return { kind: 'municipality', name: p?.municipality ?? '', email: null, phone: null };
}

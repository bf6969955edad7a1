import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { guidanceNotes, notifications, participants, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { participantScope } from '../participants/policy.ts';
import { ownNotifications } from './policy.ts';

type Writer = Pick<Db, 'insert'>;

/**
 * Kinds of in-app notification; the text is built by the web app from the kind and the participant's name, which is
 * read when the list is shown (never stored in the notification, never put in an e-mail or SMS).
 */
export type NotificationKind = 'note-sent' | 'note-corrected' | 'note-review-requested' | 'note-reviewed' | 'note-feedback';

export async function notify(tx: Writer, userIds: string[], n: { kind: NotificationKind; participantId: string; noteId: string }) {
  const unique = [...new Set(userIds)];
  if (unique.length) await tx.insert(notifications).values(unique.map((userId) => ({ userId, ...n })));
}

/**
 * The e-mails that go with a notification, when SMTP is configured: put in the outbox with the transaction that
 * makes the notification, and tried at once after the commit (`sendNow`) by the caller. They hold no name, no id
 * and no note text: only a neutral sentence and the link to the notification list, where the user signs in and
 * sees what it is about (DOMAIN.md § 11: "never e-mail personal data (notify with a link)"). A failed send does
 * not fail the request: the in-app notification is the record, the e-mail a nudge that the worker retries.
 */
export async function queueEmailNotice(tx: Pick<Db, 'select' | 'insert'>, mailer: Mailer | undefined, publicUrl: string, userIds: string[]): Promise<string[]> {
  if (!mailer || !userIds.length) return [];
  const rows = await tx.select({ email: users.email }).from(users).where(and(inArray(users.id, [...new Set(userIds)]), eq(users.active, true)));
  const link = `${publicUrl.replace(/\/$/, '')}/varsler`;
  const text = `Du har et nytt varsel i Veivalg. Logg inn for å se det:\n${link}\n\nYou have a new notification in Veivalg. Sign in to see it:\n${link}\n`;
  const ids: string[] = [];
  for (const r of rows) ids.push(await enqueue(tx, { kind: 'note-notice', channel: 'email', recipient: r.email, subject: 'Veivalg: nytt varsel / new notification', body: text }));
  return ids;
}

/**
 * The actor's own notifications, newest first (at most 100), with the number still unread. Each names the
 * participant it is about (issue 16: "what it is about" inside the app) only while the actor may see that
 * participant by the ordinary access rule (participantScope): a counsellor whose access ended, or a participant
 * anonymised since, gets `participant: null` and the text without a name.
 */
export async function listNotifications(db: Db, actor: Actor) {
  const scope = participantScope(actor);
  const rows = await db.select({ n: notifications, orderId: guidanceNotes.orderId, givenName: participants.givenName, familyName: participants.familyName })
    .from(notifications)
    .leftJoin(guidanceNotes, eq(guidanceNotes.id, notifications.noteId))
    .leftJoin(participants, and(eq(participants.id, notifications.participantId), scope ?? sql`false`))
    .where(ownNotifications(actor))
    .orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(100);
  const [unread] = await db.select({ n: count() }).from(notifications).where(and(ownNotifications(actor), isNull(notifications.readAt)));
  return {
    items: rows.map(({ n, orderId, givenName, familyName }) => ({
      id: n.id, kind: n.kind, participantId: n.participantId, noteId: n.noteId, orderId: orderId ?? null, documentId: n.documentId,
      participant: n.participantId && givenName !== null && familyName !== null ? { id: n.participantId, givenName, familyName } : null,
      createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null,
    })),
    unread: unread!.n,
  };
}

/** Marks one of the actor's own notifications read; anyone else's is 404. Reading twice keeps the first time. */
export async function markNotificationRead(db: Db, actor: Actor, id: string): Promise<void> {
  const [row] = await db.select({ readAt: notifications.readAt }).from(notifications)
    .where(and(eq(notifications.id, id), ownNotifications(actor)));
  if (!row) throw notFound();
  if (!row.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notifications, users } from '../../db/schema.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { enqueue, type Senders } from '../../outbox/outbox.ts';

/** What a gathering's writes need to send their notices. */
export interface GatheringDeps { publicUrl: string; senders: Senders }

/** In-app notification kinds of a gathering; the web app builds the text from the kind (nothing personal is stored). */
export type GatheringNoticeKind =
  | 'gathering-invitation' | 'gathering-reminder' | 'gathering-survey' | 'gathering-letter'
  | 'gathering-registered' | 'gathering-waiting' | 'gathering-moved-up';

/**
 * Notifies staff in the app and, with SMTP, by e-mail. The e-mail holds no gathering, name or date: only a neutral
 * sentence and the link to the notification list, as every e-mail of Veivalg (DOMAIN.md § 11: "notify with a
 * link"). Call it inside the transaction of the change; the caller sends the returned outbox ids after the commit.
 */
export async function noticeStaff(
  tx: Pick<Db, 'select' | 'insert'>, mailer: Mailer | undefined, publicUrl: string, userIds: string[], kind: GatheringNoticeKind,
): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return [];
  await tx.insert(notifications).values(unique.map((userId) => ({ userId, kind })));
  if (!mailer) return [];
  const rows = await tx.select({ email: users.email }).from(users).where(and(inArray(users.id, unique), eq(users.active, true)));
  const link = `${publicUrl.replace(/\/$/, '')}/varsler`;
  const body = `Du har et nytt varsel i Veivalg. Logg inn for å se det:\n${link}\n\nYou have a new notification in Veivalg. Sign in to see it:\n${link}\n`;
  const ids: string[] = [];
  for (const r of rows) ids.push(await enqueue(tx, { kind: 'gathering-notice', channel: 'email', recipient: r.email, subject: 'Veivalg: nytt varsel / new notification', body }));
  return ids;
}

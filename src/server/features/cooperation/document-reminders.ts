import { and, eq, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cooperationDocuments, notifications, users } from '../../db/schema.ts';
import { addDays, type IsoDate } from '../../../domain/index.ts';
import { REVIEW_REMINDER_DAYS_BEFORE, reviewReminderDue } from '../../../domain/cooperation-documents.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueEmailNotice } from '../notes/notifications.ts';
import { reviewReminderStandIns } from './policy.ts';

/**
 * The daily review reminders for shared agreements and routines (issue 13, item 3; seed 000: "Justering av
 * rutinebeskrivelse som samarbeid mellom karrieresenteret og kommunene"). The owner gets an in-app notification
 * and, when e-mail is configured, an e-mail that holds only a link to the notification list: no title, no text.
 * When the owner has left (inactive), the centre's leads are reminded instead, so the review is not lost.
 */
export async function remindDocumentReviews(db: Db, today: IsoDate, mail: { mailer?: Mailer | undefined; publicUrl: string }): Promise<number> {
  const candidates = await db.select().from(cooperationDocuments).where(and(
    isNull(cooperationDocuments.removedAt), isNotNull(cooperationDocuments.nextReviewOn),
    lte(cooperationDocuments.nextReviewOn, addDays(today, REVIEW_REMINDER_DAYS_BEFORE)),
    or(isNull(cooperationDocuments.reviewRemindedFor), ne(cooperationDocuments.reviewRemindedFor, cooperationDocuments.nextReviewOn)),
  ));
  let reminded = 0;
  for (const doc of candidates.filter((d) => reviewReminderDue({ nextReviewOn: d.nextReviewOn, remindedFor: d.reviewRemindedFor }, today))) {
    await db.transaction(async (tx) => {
      // Claimed with the value read, so a second instance running the same job at the same time reminds nobody twice.
      const [claimed] = await tx.update(cooperationDocuments).set({ reviewRemindedFor: doc.nextReviewOn })
        .where(and(eq(cooperationDocuments.id, doc.id), eq(cooperationDocuments.version, doc.version),
          doc.reviewRemindedFor === null ? isNull(cooperationDocuments.reviewRemindedFor) : eq(cooperationDocuments.reviewRemindedFor, doc.reviewRemindedFor)))
        .returning({ id: cooperationDocuments.id });
      if (!claimed) return;
      const recipients = await recipientsFor(tx, doc);
      if (recipients.length) {
        await tx.insert(notifications).values(recipients.map((userId) => ({ userId, kind: 'document-review-due', documentId: doc.id })));
        if (mail.publicUrl) await queueEmailNotice(tx, mail.mailer, mail.publicUrl, recipients);
      }
      await recordAudit(tx, null, {
        type: 'cooperation-document.review-reminded', documentId: doc.id, organisationId: doc.careerCentreId, reviewOn: doc.nextReviewOn!, userIds: recipients,
      });
      reminded++;
    });
  }
  return reminded;
}

async function recipientsFor(tx: Pick<Db, 'select'>, doc: typeof cooperationDocuments.$inferSelect): Promise<string[]> {
  const [owner] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, doc.ownerUserId), eq(users.active, true)));
  if (owner) return [owner.id];
  const leads = await tx.select({ id: users.id }).from(users).where(and(
    eq(users.organisationId, doc.careerCentreId), eq(users.active, true), reviewReminderStandIns(),
  ));
  return leads.map((l) => l.id);
}

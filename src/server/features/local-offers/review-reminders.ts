import { and, eq, isNull, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { localOffers, notifications, users } from '../../db/schema.ts';
import { addDays, LOCAL_OFFER_REVIEW_REMINDER_DAYS, localOfferReminderDue, type IsoDate } from '../../../domain/index.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueEmailNotice } from '../notes/notifications.ts';
import { reviewReminderRecipients } from './policy.ts';

/**
 * The daily review reminder for local offers (issue 18, item 1: "the editor gets a reminder before its review date").
 * Every active local-offer editor of the organisation gets an in-app notification and, when e-mail is configured, an
 * e-mail that holds only a link (no title, no text), like the cooperation documents' reminder. Once per review date.
 */
export async function remindLocalOfferReviews(db: Db, today: IsoDate, mail: { mailer?: Mailer | undefined; publicUrl: string }): Promise<number> {
  const candidates = await db.select().from(localOffers).where(and(
    isNull(localOffers.removedAt), lte(localOffers.reviewDue, addDays(today, LOCAL_OFFER_REVIEW_REMINDER_DAYS)),
    or(isNull(localOffers.reviewRemindedFor), ne(localOffers.reviewRemindedFor, localOffers.reviewDue)),
  ));
  let reminded = 0;
  for (const offer of candidates.filter((o) => localOfferReminderDue({ reviewDue: o.reviewDue, remindedFor: o.reviewRemindedFor, removed: false }, today))) {
    await db.transaction(async (tx) => {
      // Claimed with the version read, so two instances running the job at once remind nobody twice.
      const [claimed] = await tx.update(localOffers).set({ reviewRemindedFor: offer.reviewDue })
        .where(and(eq(localOffers.id, offer.id), eq(localOffers.version, offer.version),
          offer.reviewRemindedFor === null ? isNull(localOffers.reviewRemindedFor) : eq(localOffers.reviewRemindedFor, offer.reviewRemindedFor)))
        .returning({ id: localOffers.id });
      if (!claimed) return;
      const editors = await tx.select({ id: users.id }).from(users).where(and(
        eq(users.organisationId, offer.organisationId), reviewReminderRecipients(), eq(users.active, true),
      ));
      const recipients = editors.map((e) => e.id);
      if (recipients.length) {
        await tx.insert(notifications).values(recipients.map((userId) => ({ userId, kind: 'local-offer-review-due' })));
        if (mail.publicUrl) await queueEmailNotice(tx, mail.mailer, mail.publicUrl, recipients);
      }
      await recordAudit(tx, null, {
        type: 'local-offer.review-reminded', localOfferId: offer.id, organisationId: offer.organisationId, reviewOn: offer.reviewDue, userIds: recipients,
      });
      reminded++;
    });
  }
  return reminded;
}

import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { talkKinds } from '../../domain/order-talks.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { guidanceOrders, organisations, participants, users } from './schema.ts';

/**
 * The short pre-talk and follow-up talk between the adviser and the counsellor on an order (issue 13 item 4; seed 000:
 * "at programrådgiver og karriereveileder har et forberedende møte og et oppfølgingsmøte etter hver
 * karriereveiledningssamtale"; seed 002: "15 min. forsamtale (PR) 60 min. veiledning 15 min. ettersamtale (PR)").
 * A few structured points, not a second note. Deleting sets removedAt: the audit trail and the export keep it.
 */
export const orderTalks = pgTable('order_talks', {
  id: id(),
  orderId: uuid('order_id').notNull().references(() => guidanceOrders.id),
  // Copied from the order so that the participant's export and retention find the rows by participant.
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  kind: text('kind', { enum: talkKinds }).notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  // Who took part: the municipality's adviser and the centre's counsellor (staff of the order's two organisations).
  adviserId: uuid('adviser_id').references(() => users.id),
  counsellorId: uuid('counsellor_id').references(() => users.id),
  // "What the counsellor should know", "what happens next" and the "way forward" the two agreed.
  forCounsellor: text('for_counsellor').notNull().default(''),
  nextSteps: text('next_steps').notNull().default(''),
  wayForward: text('way_forward').notNull().default(''),
  // The organisation that recorded it: only that side changes or deletes it.
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('order_talks_order_idx').on(t.orderId),
  index('order_talks_participant_idx').on(t.participantId),
]);

/**
 * An organisation's settings for talks and follow-up conversations. A career centre's row holds talksExpected (its
 * lead decides whether pre- and follow-up talks are expected, so the queue shows the missing ones); a
 * municipality's row holds followUpProposalMonths (how long before the programme end the app proposes a follow-up
 * conversation; default and source in src/domain/order-talks.ts). The other column of a row means nothing.
 */
export const talkSettings = pgTable('talk_settings', {
  organisationId: uuid('organisation_id').primaryKey().references(() => organisations.id),
  talksExpected: boolean('talks_expected').notNull().default(false),
  followUpProposalMonths: integer('follow_up_proposal_months').notNull().default(6),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

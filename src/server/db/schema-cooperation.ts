import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { contactKinds } from '../../domain/contact-routing.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, users } from './schema.ts';

/**
 * A municipality's fixed contact or deputy at its career centre for a period (issue 13; seed 000: "At kommunene
 * har en fast kontaktperson ved karrieresenteret"). Rows are never deleted: a removal sets removedAt, so the
 * history shows who was the contact when.
 */
export const municipalityContacts = pgTable('municipality_contacts', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  kind: text('kind', { enum: contactKinds }).notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('municipality_contacts_centre_idx').on(t.careerCentreId, t.municipalityId),
  index('municipality_contacts_user_idx').on(t.userId),
]);

/** A counsellor's planned absence: new orders for the municipalities they are the contact for go to a deputy. */
export const counsellorAbsences = pgTable('counsellor_absences', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }).notNull(),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('counsellor_absences_user_idx').on(t.userId, t.fromDate)]);

import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cooperationDocumentKinds } from '../../domain/cooperation-documents.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, users } from './schema.ts';

/**
 * A document a career centre shares with some of its municipalities: the cooperation agreement, a routine
 * description, the note template explained (issue 13, item 3; seed 004: "samarbeidsavtaler mellom
 * fylkeskommunen og den enkelte kommune"; seed 000: "Justering av rutinebeskrivelse"). The text lives in its
 * versions; this row holds who owns it and when it is next reviewed. Never deleted: removedAt hides it and the
 * audit trail names who removed it.
 */
export const cooperationDocuments = pgTable('cooperation_documents', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  kind: text('kind', { enum: cooperationDocumentKinds }).notNull(),
  title: text('title').notNull(),
  ownerUserId: uuid('owner_user_id').notNull().references(() => users.id),
  nextReviewOn: date('next_review_on', { mode: 'string' }),
  // The review date the last reminder was about: one reminder per review date (domain/cooperation-documents.ts).
  reviewRemindedFor: date('review_reminded_for', { mode: 'string' }),
  // Other centres may read the current version and start their own document from it (seed 000: counties would
  // rather not each write "rutiner for informasjonsutveksling om brukere, maler for karriereveileders notat").
  publishedAsTemplate: boolean('published_as_template').notNull().default(false),
  // The other centre's template this document was started from, if any.
  templateSourceId: uuid('template_source_id'),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('cooperation_documents_centre_idx').on(t.careerCentreId, t.removedAt),
  index('cooperation_documents_review_idx').on(t.nextReviewOn),
]);

/** The municipalities that are parties to a document: they, and only they, read it. */
export const cooperationDocumentParties = pgTable('cooperation_document_parties', {
  documentId: uuid('document_id').notNull().references(() => cooperationDocuments.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
}, (t) => [
  primaryKey({ columns: [t.documentId, t.municipalityId] }),
  index('cooperation_document_parties_municipality_idx').on(t.municipalityId),
]);

/** A published version: frozen once written, so the parties can read what applied when. */
export const cooperationDocumentVersions = pgTable('cooperation_document_versions', {
  id: id(),
  documentId: uuid('document_id').notNull().references(() => cooperationDocuments.id),
  number: integer('number').notNull(),
  body: text('body').notNull(),
  changeNote: text('change_note').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  publishedBy: uuid('published_by').notNull().references(() => users.id),
  publishedAt: createdAt(),
}, (t) => [uniqueIndex('cooperation_document_versions_number_idx').on(t.documentId, t.number)]);

/**
 * The participant's page (issue 7): links to it (only the SHA-256 of the token is stored, like password links and
 * calendar feeds), the resources a counsellor picks after the session, and a career centre's replacements or
 * reviews of the information package's translated sections.
 */
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, participants, users } from './schema.ts';

/** A link to the participant's page. The token is shown once when made; a lost link is revoked and made anew. */
export const participantPageLinks = pgTable('participant_page_links', {
  id: id(),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  tokenHash: text('token_hash').notNull().unique(),
  // The page's first language; the participant can switch.
  language: text('language').notNull(),
  // The fallback when the handover brief has no schooling item (the brief wins when it has one).
  background: text('background'),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: uuid('revoked_by').references(() => users.id),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  version: version(),
}, (t) => [index('participant_page_links_participant_idx').on(t.participantId, t.createdAt)]);

/** A resource chosen after the session: a map offer or an external https page. Removed rows are kept. */
export const participantPageResources = pgTable('participant_page_resources', {
  id: id(),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  kind: text('kind', { enum: ['offer', 'link'] }).notNull(),
  offerId: text('offer_id'),
  url: text('url'),
  title: text('title'),
  note: text('note').notNull().default(''),
  addedBy: uuid('added_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  version: version(),
}, (t) => [index('participant_page_resources_participant_idx').on(t.participantId, t.createdAt)]);

/** A career centre's replacement or review of one section of the information package in one language. */
export const infoTranslationOverrides = pgTable('info_translation_overrides', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  language: text('language').notNull(),
  sectionId: text('section_id').notNull(),
  // Null heading/paragraphs: the shipped text stands, only its review status is recorded.
  heading: text('heading'),
  paragraphs: jsonb('paragraphs').$type<string[] | null>(),
  status: text('status', { enum: ['draft', 'reviewed'] }).notNull(),
  // The translator's name, as written on the page ("Kontrollert av … dato").
  reviewedBy: text('reviewed_by'),
  reviewedOn: date('reviewed_on', { mode: 'string' }),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('info_translation_overrides_section_idx').on(t.careerCentreId, t.language, t.sectionId)]);

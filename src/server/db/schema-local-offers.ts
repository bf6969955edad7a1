/**
 * Local offers (issue 18, item 1): offers an editor at a municipality, county, career centre or NAV office enters for
 * their area, shown on the public map beside the national offers (src/content). Versioned: every save is a new
 * version with who and when (local_offer_versions, append-only by convention), and a stale version is refused (409).
 * Removal is soft (removed_at), so a plan step or a sent note that names the offer can still show what it was.
 */
import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { counties, organisations, users } from './schema.ts';

export const localOffers = pgTable('local_offers', {
  id: id(),
  /** The editor's organisation: only its local-offer editors may change the offer. */
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  /** The organisation's county: the offer is shown in this county only. */
  countyId: uuid('county_id').notNull().references(() => counties.id),
  /** Null when the offer covers the whole county, else the municipalities (organisation ids) it covers. */
  municipalityIds: jsonb('municipality_ids').$type<string[] | null>(),
  lane: text('lane').notNull(),
  nationalOfferId: text('national_offer_id'),
  /** The validated input (src/domain/local-offers.ts localOfferInputSchema), as entered. */
  content: jsonb('content').notNull(),
  /** The latest start date (null: continuous admission): an offer leaves the map the day after, computed on read. */
  lastStartDate: date('last_start_date', { mode: 'string' }),
  reviewDue: date('review_due', { mode: 'string' }).notNull(),
  /** The review date the editor was last reminded of, so the daily job reminds once per date. */
  reviewRemindedFor: date('review_reminded_for', { mode: 'string' }),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('local_offers_county_idx').on(t.countyId, t.lastStartDate).where(sql`${t.removedAt} is null`),
  index('local_offers_organisation_idx').on(t.organisationId),
]);

/** Every saved version of a local offer: what it said, who saved it, when. */
export const localOfferVersions = pgTable('local_offer_versions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  localOfferId: uuid('local_offer_id').notNull().references(() => localOffers.id),
  version: integer('version').notNull(),
  content: jsonb('content').notNull(),
  /** 'saved' or 'removed'. */
  change: text('change', { enum: ['saved', 'removed'] }).notNull(),
  editedBy: uuid('edited_by').notNull().references(() => users.id),
  editedAt: createdAt(),
}, (t) => [uniqueIndex('local_offer_versions_version_idx').on(t.localOfferId, t.version)]);

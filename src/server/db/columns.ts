/** The columns every table file repeats: one definition, so that every table means the same by them. */
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
// Optimistic concurrency: every mutable record carries a version; a stale write gets 409 (see Primero #508).
export const version = () => integer('version').notNull().default(1);

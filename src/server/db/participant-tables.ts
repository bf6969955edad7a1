import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

/**
 * Every table with a foreign key to participants, read from the Drizzle schema. Retention and the export check
 * themselves against it in their tests, so a new table that references a participant cannot be forgotten.
 */
export function tablesReferencingParticipants(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v)
    .filter((t) => getTableConfig(t).foreignKeys.some((fk) => fk.reference().foreignTable === schema.participants))
    .map((t) => getTableConfig(t).name)
    .sort();
}

import type pg from 'pg';

/**
 * What the serving role may do, granted by the owner after every migration (so tables added later are covered):
 * read and write the app's tables, but on the audit trail (audit_events, audit_event_participants) only INSERT and SELECT, and read the migration journal. Not being the owner, it cannot
 * TRUNCATE, ALTER TABLE … DISABLE TRIGGER, or drop the table; not being a superuser, it cannot
 * SET session_replication_role = replica to skip the append-only trigger.
 */
export async function grantServingRole(owner: pg.Pool, servingRole: string): Promise<void> {
  const role = quoteIdent(servingRole);
  const { rows } = await owner.query<{ owns: boolean; superuser: boolean }>(
    `SELECT pg_get_userbyid(c.relowner) = $1 AS owns, r.rolsuper AS superuser
       FROM pg_class c, pg_roles r WHERE c.oid = 'audit_events'::regclass AND r.rolname = $1`, [servingRole]);
  if (!rows[0]) throw new Error(`The serving role ${servingRole} does not exist.`);
  if (rows[0].owns || rows[0].superuser) {
    throw new Error(`The serving role ${servingRole} owns the tables or is a superuser: it could erase the audit trail. Use a separate role in DATABASE_URL.`);
  }
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${role}`);
  // The participants each event names (written by the events' insert trigger, as the serving role): the same rights.
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event_participants FROM ${role}`);
  // Readiness (/api/health/ready) compares the build's migrations with those applied: reading, never writing.
  await owner.query(`GRANT USAGE ON SCHEMA drizzle TO ${role}`);
  await owner.query(`GRANT SELECT ON drizzle.__drizzle_migrations TO ${role}`);
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

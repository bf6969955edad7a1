/**
 * Finding 3 of the security review: the app's own database user could erase the audit trail. On PostgreSQL the
 * app now serves as a role that may only INSERT and SELECT on audit_events (the harness runs every PostgreSQL
 * test that way), and each event carries the hash of the one before it, so a change or removal made by someone
 * who can get round that (the owner, a superuser) is found by `npm run audit:verify` (verifyAuditChain).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { newcomer, sides } from '../test/fixtures.ts';
import { auditEvents } from '../db/schema.ts';
import { verifyAuditChain } from './chain.ts';

describe.each(databaseKinds)('the audit trail as a hash chain on %s', (kind) => {
  let t: TestApp;
  const db = () => t.database.db;

  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  /** Runs SQL as the role that owns the tables: on PostgreSQL a separate connection; PGlite has one role. */
  async function asOwner(statements: string[]) {
    if (!t.ownerUrl) {
      for (const s of statements) await db().execute(sql.raw(s));
      return;
    }
    const owner = new pg.Client({ connectionString: t.ownerUrl });
    await owner.connect();
    try { for (const s of statements) await owner.query(s); } finally { await owner.end(); }
  }

  it('the demo data and every new event form one whole chain, also with 20 requests at once', async () => {
    const adviser = await t.as(sides.bergen.adviser);
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => adviser.post('/api/v1/participants', newcomer(`Kjede-${i}`))));
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    const report = await verifyAuditChain(db());
    expect(report.breaks).toEqual([]);
    expect(report.events).toBeGreaterThan(20);
    const rows = await db().select({ id: auditEvents.id, prev: auditEvents.prevHash, hash: auditEvents.hash }).from(auditEvents).orderBy(auditEvents.id);
    expect(rows[0]!.prev).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev).toBe(rows[i - 1]!.hash);
    expect(report.headHash).toBe(rows.at(-1)!.hash);
  });

  it('an INSERT cannot choose its own id or hashes: the trigger sets them', async () => {
    await db().insert(auditEvents).values({ id: 1, type: 'user.signed-in', prevHash: 'forged', hash: 'forged' });
    const [last] = await db().select().from(auditEvents).orderBy(sql`${auditEvents.id} desc`).limit(1);
    expect(last!.id).toBeGreaterThan(1);
    expect(last!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChain(db())).breaks).toEqual([]);
  });

  it('a changed or removed event (by the owner, with the append-only trigger set aside) is found', async () => {
    const rows = await db().select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id);
    const changed = rows[5]!.id;
    const removed = rows[10]!.id;
    const afterRemoved = rows[11]!.id;
    await asOwner([
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete',
      `UPDATE audit_events SET data = '{"forged": true}'::jsonb WHERE id = ${changed}`,
      `DELETE FROM audit_events WHERE id = ${removed}`,
      'ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete',
    ]);
    const report = await verifyAuditChain(db());
    expect(report.breaks).toEqual([{ id: changed, kind: 'changed' }, { id: afterRemoved, kind: 'gap' }]);
  });
});

describe.runIf(databaseKinds.includes('postgres'))('the serving role cannot erase the audit trail on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('postgres');
    await t.as(sides.bergen.adviser); // a first event in the trail
  });
  afterAll(async () => { await t?.close(); });

  it.each([
    ['TRUNCATE', 'TRUNCATE audit_events'],
    ['DISABLE TRIGGER', 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete'],
    ['DISABLE TRIGGER ALL', 'ALTER TABLE audit_events DISABLE TRIGGER ALL'],
    ['UPDATE', "UPDATE audit_events SET data = '{}'::jsonb"],
    ['DELETE', 'DELETE FROM audit_events'],
    ['session_replication_role = replica', 'SET session_replication_role = replica'],
    ['DROP TABLE', 'DROP TABLE audit_events'],
    ['DROP the chain trigger', 'DROP TRIGGER audit_events_chain ON audit_events'],
    ['replace the hash function', "CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_events) RETURNS text AS $$ SELECT 'x' $$ LANGUAGE sql"],
  ])('%s is refused for the serving role, and the trail is unchanged', async (_name, statement) => {
    const db = t.database.db;
    const before = await db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(before.length).toBeGreaterThan(0);
    const error = await db.execute(sql.raw(statement)).then(() => null, (e: Error & { cause?: Error }) => e.cause ?? e);
    // Refused for want of rights, not for some other reason (a typo in the statement would also throw).
    expect(error?.message).toMatch(/permission denied|must be owner|must be superuser/);
    expect(await db.select().from(auditEvents).orderBy(auditEvents.id)).toEqual(before);
    expect((await verifyAuditChain(db)).breaks).toEqual([]);
  });

  it('the serving role may still write the rest: other tables take UPDATE and DELETE', async () => {
    const adviser = await t.as(sides.bergen.adviser);
    const made = await adviser.post('/api/v1/participants', newcomer('Rolle'));
    expect(made.status).toBe(201);
    const changed = await adviser.patch(`/api/v1/participants/${made.body.id}`, { version: made.body.version, familyName: 'Rollesen' });
    expect(changed.status).toBe(200);
    expect((await adviser.post('/api/v1/auth/logout')).status).toBe(204);
  });
});

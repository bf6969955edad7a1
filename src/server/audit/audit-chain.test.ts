/**
 * Finding 3 of the security review: the app's own database user could erase the audit trail. On PostgreSQL the
 * app now serves as a role that may only INSERT and SELECT on audit_events (the harness runs every PostgreSQL
 * test that way), and each event carries the hash of the one before it, so a change or removal made by someone
 * who can get round that (the owner, a superuser) is found by `npm run audit:verify` (verifyAuditChain).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { newcomer, sides } from '../test/fixtures.ts';
import { auditEvents } from '../db/schema.ts';
import { verifyAuditChain } from './chain.ts';
import { chainAuditEvents } from './chainer.ts';

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

  it('the demo data and every new event form one whole chain, also with 50 requests at once, chained within seconds', async () => {
    const adviser = await t.as(sides.bergen.adviser);
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => adviser.post('/api/v1/participants', newcomer(`Kjede-${i}`))));
    expect(created.map((r) => r.status)).toEqual(Array(50).fill(201));
    // The chainer runs in the background after each audited write: no flush here, only a few seconds of patience.
    await vi.waitFor(async () => expect((await verifyAuditChain(db())).pending).toBe(0), { timeout: 5000, interval: 50 });
    const report = await verifyAuditChain(db());
    expect(report.breaks).toEqual([]);
    expect(report.events).toBeGreaterThan(50);
    const rows = await db().select({ id: auditEvents.id, prev: auditEvents.prevHash, hash: auditEvents.hash }).from(auditEvents).orderBy(auditEvents.id);
    expect(rows[0]!.prev).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev).toBe(rows[i - 1]!.hash);
    expect(report.headHash).toBe(rows.at(-1)!.hash);
  });

  it('an INSERT cannot choose its own id or hashes: the trigger draws the id and the chainer sets the hashes', async () => {
    await db().insert(auditEvents).values({ id: 1, type: 'user.signed-in', prevHash: 'forged', hash: 'forged' });
    const [last] = await db().select().from(auditEvents).orderBy(sql`${auditEvents.id} desc`).limit(1);
    expect(last!.id).toBeGreaterThan(1);
    await t.app.auditChainer.flush();
    const [chained] = await db().select().from(auditEvents).where(sql`${auditEvents.id} = ${last!.id}`);
    expect(chained!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chained!.prevHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChain(db())).breaks).toEqual([]);
  });

  it('chainers running at once (as two app instances would, each on its own connection) make one chain', async () => {
    await db().execute(sql`INSERT INTO audit_events (type, data) SELECT 'user.signed-in', '{}'::jsonb FROM generate_series(1, 300)`);
    const chained = await Promise.all([1, 2, 3, 4].map(() => chainAuditEvents(db())));
    await t.app.auditChainer.flush();
    expect(chained.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(300 + 10);
    expect(await verifyAuditChain(db())).toMatchObject({ breaks: [], pending: 0 });
  });

  // Only where two transactions can be open at once: PGlite is one connection, so an uncommitted earlier event
  // cannot exist there (registered only on PostgreSQL, so no test is reported as skipped).
  if (kind === 'postgres') it('never chains out of id order: an event committed after a later one waits for it', async () => {
    // A transaction that wrote an event (a smaller id) and has not committed yet.
    const slow = new pg.Client({ connectionString: t.ownerUrl });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      const { rows: [early] } = await slow.query<{ id: string }>("INSERT INTO audit_events (type, data) VALUES ('user.signed-in', '{}') RETURNING id");
      // A later event, committed at once.
      const adviser = await t.as(sides.bergen.adviser);
      expect((await adviser.post('/api/v1/participants', newcomer('Senere'))).status).toBe(201);
      const [late] = await db().select({ id: auditEvents.id }).from(auditEvents).orderBy(sql`${auditEvents.id} desc`).limit(1);
      expect(late!.id).toBeGreaterThan(Number(early!.id));
      const flushing = t.app.auditChainer.flush();
      await new Promise((r) => setTimeout(r, 300));
      const waiting = await verifyAuditChain(db());
      expect(waiting.breaks).toEqual([]);
      expect(waiting.pending).toBeGreaterThan(0); // the later event waits for the earlier one
      const [notYet] = await db().select({ hash: auditEvents.hash }).from(auditEvents).where(sql`${auditEvents.id} = ${late!.id}`);
      expect(notYet!.hash).toBeNull();
      await slow.query('COMMIT');
      await flushing;
      await t.app.auditChainer.flush();
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ breaks: [], pending: 0 });
      const [a, b] = await Promise.all([Number(early!.id), late!.id].map(async (id) =>
        (await db().select().from(auditEvents).where(sql`${auditEvents.id} = ${id}`))[0]!));
      const between = await db().select({ id: auditEvents.id, prev: auditEvents.prevHash, hash: auditEvents.hash })
        .from(auditEvents).where(sql`${auditEvents.id} >= ${a!.id} and ${auditEvents.id} <= ${b!.id}`).orderBy(auditEvents.id);
      for (let i = 1; i < between.length; i++) expect(between[i]!.prev).toBe(between[i - 1]!.hash);
    } finally {
      await slow.end();
    }
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

  it('reports unchained events at the newest end as pending, and an unchained event before a chained one as a break', async () => {
    const before = (await verifyAuditChain(db())).breaks; // the changed and removed events of the test above
    await t.app.auditChainer.stop(); // nothing chains from here on in this app
    await db().insert(auditEvents).values({ type: 'user.signed-in' });
    await db().insert(auditEvents).values({ type: 'user.signed-out' });
    const pending = await verifyAuditChain(db());
    expect(pending.breaks).toEqual(before);
    expect(pending.pending).toBe(2);
    // Not even the owner gets round the trigger by claiming to be the chainer: only the hashes may be filled in.
    const refused = await asOwner([
      "SELECT set_config('veivalg.audit_chaining', 'on', false)",
      `UPDATE audit_events SET data = '{"forged": true}'::jsonb WHERE hash IS NULL`,
    ]).then(() => null, (e: Error & { cause?: Error }) => e.cause ?? e);
    expect(refused?.message).toMatch(/append-only/);
    await asOwner(["SELECT set_config('veivalg.audit_chaining', '', false)"]);
    // An event stripped of its hashes in the middle of the chain.
    const rows = await db().select({ id: auditEvents.id }).from(auditEvents).where(sql`${auditEvents.hash} is not null`).orderBy(auditEvents.id);
    const stripped = rows[20]!.id;
    const next = rows[21]!.id;
    await asOwner([
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete',
      `UPDATE audit_events SET prev_hash = NULL, hash = NULL WHERE id = ${stripped}`,
      'ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete',
    ]);
    const report = await verifyAuditChain(db());
    expect(report.breaks).toEqual([...before, { id: stripped, kind: 'unchained' }, { id: next, kind: 'gap' }].sort((a, b) => a.id - b.id));
    expect(report.pending).toBe(2);
  });
});

describe.runIf(databaseKinds.includes('postgres'))('the serving role cannot erase the audit trail on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('postgres');
    await t.as(sides.bergen.adviser); // a first event in the trail
    await t.app.auditChainer.flush(); // chained, so that nothing changes the trail while the cases compare it
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
    ['TRUNCATE the participants of events', 'TRUNCATE audit_event_participants'],
    ['DELETE from the participants of events', 'DELETE FROM audit_event_participants'],
    ['UPDATE the participants of events', 'UPDATE audit_event_participants SET event_id = 0'],
    ['DROP the trigger that writes them', 'DROP TRIGGER audit_event_participants_add ON audit_events'],
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

/**
 * Issue 15: "document the two DATABASE_URLs, with the single URL still working for development". With only
 * DATABASE_URL (no DATABASE_OWNER_URL) one role migrates and serves: the app must start on a fresh PostgreSQL
 * database, write and read, and the audit trail must still be append-only and chained (only the owner's power to
 * set the trigger aside differs, which the two-role test covers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { databaseKinds, freshPostgres } from '../test/harness.ts';
import { openDatabase, type Database } from './client.ts';
import { auditEvents, organisations, participants } from './schema.ts';
import { recordAudit } from '../audit/record.ts';
import { verifyAuditChain } from '../audit/chain.ts';
import { chainAuditEvents } from '../audit/chainer.ts';

describe.runIf(databaseKinds.includes('postgres'))('one DATABASE_URL for development on PostgreSQL', () => {
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;
  let database: Database;
  beforeAll(async () => {
    pgdb = await freshPostgres();
    database = await openDatabase({ databaseUrl: pgdb.ownerUrl });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await pgdb?.drop();
  });

  it('migrates and serves with the one role: writes, reads and a whole audit chain', async () => {
    const db = database.db;
    const [org] = await db.insert(organisations).values({ name: 'Utviklingskommune', kind: 'municipality' }).returning();
    const [p] = await db.insert(participants).values({
      givenName: 'Enkel', familyName: 'Adresse', birthDate: '1990-01-01', residenceBasis: 'refugee', settlementDate: '2026-01-01',
      preferredLanguage: 'ar', municipalityId: org!.id, decisionDeadline: '2026-04-01', guidanceRight: 'right-and-duty',
    }).returning({ id: participants.id });
    await recordAudit(db, null, { type: 'participant.created', participantId: p!.id });
    await recordAudit(db, null, { type: 'participant.viewed', participantId: p!.id });
    expect(await db.select({ id: participants.id }).from(participants).where(eq(participants.id, p!.id))).toHaveLength(1);
    await chainAuditEvents(db); // what the app's chainer does after each audited write
    const report = await verifyAuditChain(db);
    expect(report.breaks).toEqual([]);
    expect(report.pending).toBe(0);
    expect(report.events).toBeGreaterThanOrEqual(2);
    // Append-only by trigger, whoever serves.
    await expect(db.execute(sql`update audit_events set data = '{}'::jsonb`)).rejects.toThrow();
    expect((await db.select().from(auditEvents)).length).toBe(report.events);
  });
});

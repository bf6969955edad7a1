import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { auditEvents } from '../db/schema.ts';
import { answerRequiredBrief } from '../test/fixtures.ts';

describe.each(databaseKinds)('audit trail on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('records every read and write of a participant and an order, visible to leads and administrators', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', {
      givenName: 'Spor', familyName: 'Sporsen', birthDate: '1980-01-01', residenceBasis: 'refugee',
      settlementDate: '2026-10-01', preferredLanguage: 'so',
    })).body;
    await adviser.get(`/api/v1/participants/${p.id}`);
    await adviser.patch(`/api/v1/participants/${p.id}`, { interpreterLanguage: 'so', version: 1 });
    await adviser.get('/api/v1/participants?limit=100');
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, { format: 'group', language: 'so', mode: 'digital' })).body;
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    const counsellor = await t.as('veileder@vestland.demo');
    await counsellor.get(`/api/v1/orders/${o.id}`);

    const lead = await t.as('leder@bergen.demo');
    const trail = await lead.get(`/api/v1/participants/${p.id}/audit`);
    expect(trail.status).toBe(200);
    const types = trail.body.items.map((e: { type: string }) => e.type).reverse();
    expect(types).toEqual([
      'participant.created', 'participant.viewed', 'participant.updated', 'participant.listed',
      'order.created', 'brief.viewed', 'brief.updated', 'order.transitioned', 'order.viewed', 'participant.audit-viewed',
    ]);
    const updated = trail.body.items.find((e: { type: string }) => e.type === 'participant.updated');
    // The trail names what changed, never the sensitive values themselves.
    expect(updated.data).toEqual({ participantId: p.id, changedFields: ['interpreterLanguage'] });
    expect(JSON.stringify(trail.body)).not.toContain('Sporsen');
    expect(trail.body.items[0].actor).toMatchObject({ name: 'Lars Leder', role: 'municipality-lead' });
    expect(trail.body.items[1].actor).toMatchObject({ name: 'Vilde Veileder', role: 'career-counsellor' });

    const admin = await t.as('admin@veivalg.demo');
    const adminTrail = (await admin.get(`/api/v1/participants/${p.id}/audit`)).body.items;
    expect(adminTrail[0].type).toBe('participant.audit-viewed');
    expect((await adviser.get(`/api/v1/participants/${p.id}/audit`)).status).toBe(403);
    expect((await (await t.as('leder@vestland.demo')).get(`/api/v1/participants/${p.id}/audit`)).status).toBe(200);
  });

  it('is append-only: the database refuses to change or delete an event', async () => {
    await expect(t.database.db.execute(sql`update ${auditEvents} set type = 'tampered'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from ${auditEvents}`)).rejects.toThrow();
    const [row] = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(sql`type = 'tampered'`));
    expect(row!.n).toBe(0);
  });

  it('rejects an event that does not match its type', async () => {
    const { recordAudit } = await import('./record.ts');
    await expect(recordAudit(t.database.db, null, { type: 'participant.viewed', participantId: 'not-a-uuid' })).rejects.toThrow();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { auditEventParticipants, auditEvents } from '../db/schema.ts';
import { answerRequiredBrief } from '../test/fixtures.ts';
import { sameBytesAsSchema } from '../test/schema-bytes.ts';
import { trail as trailSchema } from './routes.ts';

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

    // The trail is written with JSON.stringify (routes.ts): byte for byte what its schema's serializer writes.
    await sameBytesAsSchema(t.url, lead, `/api/v1/participants/${p.id}/audit`, trailSchema);
    const admin = await t.as('admin@veivalg.demo');
    await sameBytesAsSchema(t.url, admin, `/api/v1/participants/${p.id}/audit`, trailSchema);
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

  it('finds the list events that name a participant through audit_event_participants: the newest 500, newest first, the same events as a full scan', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', {
      givenName: 'Liste', familyName: 'Listesen', birthDate: '1985-01-01', residenceBasis: 'refugee',
      settlementDate: '2026-10-01', preferredLanguage: 'ti',
    })).body;
    const other = (await adviser.post('/api/v1/participants', {
      givenName: 'Annen', familyName: 'Andersen', birthDate: '1986-01-01', residenceBasis: 'refugee',
      settlementDate: '2026-10-01', preferredLanguage: 'ti',
    })).body;
    // A list page through the API: its event names the participant only in data.participantIds.
    expect((await adviser.get('/api/v1/participants?limit=100')).status).toBe(200);
    const [listed] = await t.database.db.select().from(auditEvents)
      .where(sql`type = 'participant.listed' and data -> 'participantIds' ? ${p.id}`).orderBy(sql`id desc`).limit(1);
    expect(listed).toBeDefined();
    const sideRows = await t.database.db.select().from(auditEventParticipants).where(sql`event_id = ${listed!.id}`);
    // One row per named participant, written by the insert trigger in the same statement as the event.
    expect(sideRows.map((r) => r.participantId).sort()).toEqual([...new Set((listed!.data as { participantIds: string[] }).participantIds)].sort());

    // 800 more events in one statement (the triggers run for each row): list pages that name the participant among
    // others, list pages of others only, other events about it, an order list that names it; interleaved.
    const [actor] = (await t.database.db.execute(sql`select id, organisation_id from users where email = 'radgiver@bergen.demo'`) as unknown as { rows: { id: string; organisation_id: string }[] }).rows;
    await t.database.db.execute(sql`
      insert into audit_events (type, actor_user_id, actor_organisation_id, participant_id, data)
      select case i % 4 when 0 then 'participant.listed' when 1 then 'participant.listed' when 2 then 'participant.viewed' else 'order.listed' end,
        ${actor!.id}::uuid, ${actor!.organisation_id}::uuid, case when i % 4 = 2 then ${p.id}::uuid end,
        case i % 4
          when 0 then jsonb_build_object('participantIds', jsonb_build_array(${other.id}::text, ${p.id}::text))
          when 1 then jsonb_build_object('participantIds', jsonb_build_array(${other.id}::text))
          when 2 then jsonb_build_object('participantId', ${p.id}::text)
          else jsonb_build_object('orderIds', jsonb_build_array(), 'participantIds', jsonb_build_array(${p.id}::text)) end
      from generate_series(1, 800) i`);

    const lead = await t.as('leder@bergen.demo');
    const trail = await lead.get(`/api/v1/participants/${p.id}/audit`);
    expect(trail.status).toBe(200);
    const ids = trail.body.items.map((e: { id: number }) => e.id);
    // What the trail meant before the side table: every event with the participant's id or naming it in its data
    // (a full scan), newest first, the newest 500.
    const expected = (await t.database.db.execute(sql`
      select id from audit_events where participant_id = ${p.id} or data @> ${JSON.stringify({ participantIds: [p.id] })}::jsonb
      order by id desc limit 500`) as unknown as { rows: { id: string | number }[] }).rows.map((r) => Number(r.id));
    expect(expected).toHaveLength(500);
    expect(ids).toEqual(expected);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const types = new Set(trail.body.items.map((e: { type: string }) => e.type));
    expect([...types].sort()).toEqual(['order.listed', 'participant.audit-viewed', 'participant.listed', 'participant.viewed']);
    // A list event that does not name the participant is not in its trail.
    expect(trail.body.items.every((e: { data: { participantIds?: string[] }; participantId: string | null }) =>
      e.participantId === p.id || e.data.participantIds?.includes(p.id))).toBe(true);
    // The other participant's trail finds its own 400 list events (and its creation).
    const otherTrail = (await lead.get(`/api/v1/participants/${other.id}/audit`)).body.items as { type: string }[];
    expect(otherTrail.filter((e) => e.type === 'participant.listed').length).toBeGreaterThanOrEqual(400);
  });

  it('keeps the side table append-only too', async () => {
    await expect(t.database.db.execute(sql`update ${auditEventParticipants} set event_id = 0`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from ${auditEventParticipants}`)).rejects.toThrow();
    const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEventParticipants);
    expect(row!.n).toBeGreaterThan(0);
  });

  it('rejects an event that does not match its type', async () => {
    const { recordAudit } = await import('./record.ts');
    await expect(recordAudit(t.database.db, null, { type: 'participant.viewed', participantId: 'not-a-uuid' })).rejects.toThrow();
  });
});

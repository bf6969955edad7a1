import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder, sides } from '../../test/fixtures.ts';
import { auditEvents, guidanceNotes, participants } from '../../db/schema.ts';
import { tablesReferencingParticipants } from '../../db/participant-tables.ts';
import type { ApiClient } from '../../test/client.ts';

/** The data subject's rights (issue 15): the municipality lead exports everything and erases with a reason. */
describe.each(databaseKinds)('export and erasure on %s', (kind) => {
  let t: TestApp;
  let lead: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.as('leder@bergen.demo');
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  it('the export has a section for every table that references a participant, with the rows of that participant', async () => {
    // The seeded Bergen participant with a completed order, a sent note, feedback, a plan task and journey plans.
    const [note] = await t.database.db.select({ participantId: guidanceNotes.participantId }).from(guidanceNotes)
      .innerJoin(participants, eq(participants.id, guidanceNotes.participantId)).where(eq(guidanceNotes.status, 'sent')).limit(1);
    const id = note!.participantId;
    expect((await lead.get(`/api/v1/participants/${id}`)).status).toBe(200);
    const res = await lead.get(`/api/v1/participants/${id}/export`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const sections = Object.keys(res.body.sections);
    const referencing = tablesReferencingParticipants();
    expect(referencing.length).toBeGreaterThan(10);
    // Fails when a new table with a foreign key to participants is not in the export.
    expect(referencing.filter((table) => !sections.includes(table))).toEqual([]);
    expect(res.body.sections.participants[0].id).toBe(id);
    for (const table of ['guidance_orders', 'guidance_notes', 'guidance_note_feedback', 'journey_plans', 'audit_events']) {
      expect(res.body.sections[table].length, table).toBeGreaterThan(0);
    }
    for (const table of referencing) {
      for (const row of res.body.sections[table]) if ('participantId' in row) expect(row.participantId, table).toBe(id);
    }
    expect(JSON.stringify(res.body)).not.toMatch(/tokenHash|token_hash/);
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.type, 'participant.exported'), eq(auditEvents.participantId, id)));
    expect(event?.data).toMatchObject({ format: 'json' });
    expect((await lead.get(`/api/v1/participants/${id}/export?format=print`)).status).toBe(200);
  });

  it('export and erasure: lead only, in scope, bad input refused', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'accepted');
    const adviser = await t.as(sides.bergen.adviser);
    expect((await adviser.get(`/api/v1/participants/${participantId}/export`)).status).toBe(403);
    expect((await (await t.as(sides.bergen.counsellor)).get(`/api/v1/participants/${participantId}/export`)).status).toBe(403);
    expect((await (await t.as(sides.drammen.adviser)).get(`/api/v1/participants/${participantId}/export`)).status).toBe(404);
    expect((await (await t.as('admin@veivalg.demo')).get(`/api/v1/participants/${participantId}/export`)).status).toBe(404);
    expect((await lead.get(`/api/v1/participants/${participantId}/export?format=pdf`)).status).toBe(400);
    expect((await lead.get('/api/v1/participants/00000000-0000-4000-8000-000000000000/export')).status).toBe(404);

    const p = await lead.get(`/api/v1/participants/${participantId}`);
    for (const bad of [{}, { version: p.body.version }, { version: p.body.version, reason: 'because' }, { version: 'x', reason: 'duplicate' }, { version: p.body.version, reason: 'duplicate', extra: 1 }]) {
      expect((await lead.post(`/api/v1/participants/${participantId}/erase`, bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await adviser.post(`/api/v1/participants/${participantId}/erase`, { version: p.body.version, reason: 'duplicate' })).status).toBe(403);
    // The case is open (an accepted order): refused, nothing changed.
    const open = await lead.post(`/api/v1/participants/${participantId}/erase`, { version: p.body.version, reason: 'duplicate' });
    expect(open.status).toBe(409);
    expect((await lead.get(`/api/v1/participants/${participantId}`)).body.familyName).toBe(p.body.familyName);
  });

  it('erases a closed case with a reason: anonymised, audited with the reason code, then 404', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'draft', { familyName: 'Slettes' });
    const adviser = await t.as(sides.bergen.adviser);
    const order = await adviser.get(`/api/v1/orders/${orderId}`);
    await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'cancelled', reason: 'Feilregistrert', version: order.body.version });
    const p = await lead.get(`/api/v1/participants/${participantId}`);
    expect((await lead.post(`/api/v1/participants/${participantId}/erase`, { version: p.body.version + 1, reason: 'registered-in-error' })).status).toBe(409);
    const res = await lead.post(`/api/v1/participants/${participantId}/erase`, { version: p.body.version, reason: 'registered-in-error' });
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    const [row] = await t.database.db.select().from(participants).where(eq(participants.id, participantId));
    expect(row).toMatchObject({ givenName: 'Anonymisert', familyName: 'Anonymisert', nationalId: null });
    expect((await lead.get(`/api/v1/participants/${participantId}`)).status).toBe(404);
    const [event] = await t.database.db.select().from(auditEvents)
      .where(and(eq(auditEvents.type, 'participant.anonymised'), eq(auditEvents.participantId, participantId)));
    expect(event?.data).toMatchObject({ cause: 'erasure', reason: 'registered-in-error' });
    expect(event?.actorUserId).not.toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder, sides } from '../../test/fixtures.ts';
import { auditEvents, guidanceNotes, participantCorrections, participants } from '../../db/schema.ts';
import { addCalendarMonths, todayInOslo } from '../../../domain/index.ts';
import { tablesReferencingParticipants } from '../../db/participant-tables.ts';
import type { ApiClient } from '../../test/client.ts';
import { sameBytesAsSchema } from '../../test/schema-bytes.ts';
import { trail as trailSchema } from '../../audit/routes.ts';

/** The data subject's rights (issue 15): the municipality lead exports everything, corrects and erases with a reason. */
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
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.type, 'participant.exported'), eq(auditEvents.participantId, id))).orderBy(asc(auditEvents.id));
    expect(event?.data).toMatchObject({ format: 'json' });
    expect((await lead.get(`/api/v1/participants/${id}/export?format=print`)).status).toBe(200);
    // The readable page in the participant's language: which language is in the audit trail.
    expect((await lead.get(`/api/v1/participants/${id}/export?format=print&language=ar`)).status).toBe(200);
    const printed = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.type, 'participant.exported'), eq(auditEvents.participantId, id))).orderBy(asc(auditEvents.id));
    expect(printed.map((e) => e.data)).toEqual(expect.arrayContaining([
      expect.objectContaining({ format: 'print', language: 'ar' }),
    ]));
  });

  it('export and erasure: lead only, in scope, bad input refused', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'accepted');
    const adviser = await t.as(sides.bergen.adviser);
    expect((await adviser.get(`/api/v1/participants/${participantId}/export`)).status).toBe(403);
    expect((await (await t.as(sides.bergen.counsellor)).get(`/api/v1/participants/${participantId}/export`)).status).toBe(403);
    expect((await (await t.as(sides.drammen.adviser)).get(`/api/v1/participants/${participantId}/export`)).status).toBe(404);
    expect((await (await t.as('admin@veivalg.demo')).get(`/api/v1/participants/${participantId}/export`)).status).toBe(404);
    expect((await lead.get(`/api/v1/participants/${participantId}/export?format=pdf`)).status).toBe(400);
    expect((await lead.get(`/api/v1/participants/${participantId}/export?format=print&language=xx`)).status).toBe(400);
    expect((await lead.get(`/api/v1/participants/${participantId}/export?format=print&language=ar&extra=1`)).status).toBe(400);
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
      .where(and(eq(auditEvents.type, 'participant.anonymised'), eq(auditEvents.participantId, participantId))).orderBy(asc(auditEvents.id));
    expect(event?.data).toMatchObject({ cause: 'erasure', reason: 'registered-in-error' });
    expect(event?.actorUserId).not.toBeNull();
  });

  // ─── Correction (GDPR art. 16) ────────────────────────────────────────────────────────────────────────────────

  const corrections = async (participantId: string) =>
    (await t.database.db.select({ n: count() }).from(participantCorrections).where(eq(participantCorrections.participantId, participantId)))[0]!.n;
  const events = async (participantId: string) =>
    (await t.database.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.participantId, participantId), eq(auditEvents.type, 'participant.corrected'))))[0]!.n;

  it('corrects one field with a reason: the value changes, the correction keeps before, after and why, the audit trail names the field only', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Feilstavet' });
    const p = await lead.get(`/api/v1/participants/${participantId}`);
    const res = await lead.post(`/api/v1/participants/${participantId}/corrections`, {
      version: p.body.version, field: 'familyName', value: 'Riktigstavet', reason: '  Stavet feil ved registrering; se passet.  ',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ field: 'familyName', oldValue: 'Feilstavet', newValue: 'Riktigstavet', reason: 'Stavet feil ved registrering; se passet.' });
    expect(res.body.correctedBy.name).toBeTruthy();
    const after = await lead.get(`/api/v1/participants/${participantId}`);
    expect(after.body).toMatchObject({ familyName: 'Riktigstavet', version: p.body.version + 1 });

    const [event] = await t.database.db.select().from(auditEvents)
      .where(and(eq(auditEvents.type, 'participant.corrected'), eq(auditEvents.participantId, participantId))).orderBy(asc(auditEvents.id));
    expect(event?.data).toEqual({ participantId, correctionId: res.body.id, field: 'familyName' });
    expect(event?.actorUserId).not.toBeNull();
    // The values never go into the trail, which nobody can erase.
    expect(JSON.stringify(event?.data)).not.toMatch(/Feilstavet|Riktigstavet|passet/);

    // The lead sees before → after and the reason beside the event; the centre lead and the administrator do not.
    const trail = await lead.get(`/api/v1/participants/${participantId}/audit`);
    const item = trail.body.items.find((i: { type: string }) => i.type === 'participant.corrected');
    expect(item.correction).toEqual({ oldValue: 'Feilstavet', newValue: 'Riktigstavet', reason: 'Stavet feil ved registrering; se passet.' });
    // With the correction beside the event, the trail is still byte for byte what its schema's serializer writes.
    await sameBytesAsSchema(t.url, lead, `/api/v1/participants/${participantId}/audit`, trailSchema);
    for (const email of ['leder@vestland.demo', 'admin@veivalg.demo']) {
      const other = await (await t.as(email)).get(`/api/v1/participants/${participantId}/audit`);
      expect(other.status, email).toBe(200);
      expect(JSON.stringify(other.body), email).not.toMatch(/Feilstavet|passet/);
    }
    // The export carries the correction.
    const exported = await lead.get(`/api/v1/participants/${participantId}/export`);
    expect(exported.body.sections.participant_corrections).toEqual([
      expect.objectContaining({ field: 'familyName', oldValue: 'Feilstavet', newValue: 'Riktigstavet' }),
    ]);

    // An optional field can be emptied, and a date is checked and recomputes the deadline as an edit does.
    const cleared = await lead.post(`/api/v1/participants/${participantId}/corrections`, {
      version: after.body.version, field: 'interpreterLanguage', value: null, reason: 'Trenger ikke tolk likevel.',
    });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(201);
    expect(cleared.body).toMatchObject({ oldValue: 'ar', newValue: null });
    const settled = await lead.post(`/api/v1/participants/${participantId}/corrections`, {
      version: after.body.version + 1, field: 'settlementDate', value: addCalendarMonths(todayInOslo(), -2), reason: 'Feil dato fra IMDi.',
    });
    expect(settled.status, JSON.stringify(settled.body)).toBe(201);
    const moved = await lead.get(`/api/v1/participants/${participantId}`);
    expect(moved.body.deadlines.decision).not.toBe(after.body.deadlines.decision);
    expect(await corrections(participantId)).toBe(3);
    expect(await events(participantId)).toBe(3);
  });

  it('refuses a correction without a reason, with a bad value or a stale version: 400/409 on the field, nothing changed', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Uendret' });
    const existing = await participantWithOrder(t, 'bergen', 'draft', { participant: { nationalId: '15076500565' } });
    const p = await lead.get(`/api/v1/participants/${participantId}`);
    const v = p.body.version;
    const ok = { version: v, field: 'familyName', value: 'Endret', reason: 'Feil' };
    const cases: [string, unknown, number, string][] = [
      ['no reason', { ...ok, reason: undefined }, 400, 'reason'],
      ['a blank reason', { ...ok, reason: '   ' }, 400, 'reason'],
      ['a reason of 501 characters', { ...ok, reason: 'x'.repeat(501) }, 400, 'reason'],
      ['a reason that is not text', { ...ok, reason: 5 }, 400, 'reason'],
      ['an unknown field', { ...ok, field: 'municipalityId' }, 400, 'field'],
      ['a field that is not the registration\'s', { ...ok, field: 'anonymisedAt' }, 400, 'field'],
      ['no value', { version: v, field: 'familyName', reason: 'Feil' }, 400, 'value'],
      ['an empty required field', { ...ok, value: null }, 400, 'value'],
      ['an empty name', { ...ok, value: '  ' }, 400, 'value'],
      ['a value that is not text', { ...ok, value: 5 }, 400, 'value'],
      ['a value of 101 characters', { ...ok, value: 'x'.repeat(101) }, 400, 'value'],
      ['an impossible date', { ...ok, field: 'birthDate', value: '1990-02-30' }, 400, 'value'],
      ['a birth date in the future', { ...ok, field: 'birthDate', value: '2999-01-01' }, 400, 'value'],
      ['settlement before birth', { ...ok, field: 'settlementDate', value: '1980-01-01' }, 400, 'value'],
      ['an invalid national id', { ...ok, field: 'nationalId', value: '12345678901' }, 400, 'value'],
      ['an unknown residence basis', { ...ok, field: 'residenceBasis', value: 'tourist' }, 400, 'value'],
      ['a bad language code', { ...ok, field: 'preferredLanguage', value: 'Arabic!' }, 400, 'value'],
      ['the value it already has', { ...ok, value: 'Uendret' }, 400, 'value'],
      ['an extra key', { ...ok, extra: 1 }, 400, 'extra'],
      ['no version', { ...ok, version: undefined }, 400, 'version'],
      ['a stale version', { ...ok, version: v + 1 }, 409, ''],
      ['a national id another participant here has', { ...ok, field: 'nationalId', value: '15076500565' }, 409, 'value'],
    ];
    for (const [label, body, status, path] of cases) {
      const res = await lead.post(`/api/v1/participants/${participantId}/corrections`, body);
      expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(status);
      if (path) expect(res.body.fields?.map((f: { path: string }) => f.path), label).toContain(path);
    }
    const duplicate = await lead.post(`/api/v1/participants/${participantId}/corrections`, { ...ok, field: 'nationalId', value: '15076500565' });
    expect(duplicate.body.existing.id).toBe(existing.participantId);
    expect((await lead.get(`/api/v1/participants/${participantId}`)).body).toMatchObject({ familyName: 'Uendret', version: v });
    expect(await corrections(participantId)).toBe(0);
    expect(await events(participantId)).toBe(0);
  });

  it('lets only the lead of the participant\'s municipality correct: others 403, another organisation 404', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Beskyttet' });
    const p = await lead.get(`/api/v1/participants/${participantId}`);
    const body = { version: p.body.version, field: 'familyName', value: 'Endret', reason: 'Feil' };
    for (const [email, status] of [
      [sides.bergen.adviser, 403], [sides.bergen.counsellor, 403], ['leder@vestland.demo', 403],
      [sides.drammen.adviser, 404], [sides.drammen.counsellor, 404], ['admin@veivalg.demo', 404], ['statistikk@veivalg.demo', 404],
    ] as const) {
      const res = await (await t.as(email)).post(`/api/v1/participants/${participantId}/corrections`, body);
      expect(res.status, email).toBe(status);
    }
    expect((await t.client().post(`/api/v1/participants/${participantId}/corrections`, body)).status).toBe(401);
    expect((await lead.post('/api/v1/participants/00000000-0000-4000-8000-000000000000/corrections', body)).status).toBe(404);
    expect((await lead.post('/api/v1/participants/not-an-id/corrections', body)).status).toBe(400);
    expect((await lead.get(`/api/v1/participants/${participantId}`)).body.familyName).toBe('Beskyttet');
    expect(await corrections(participantId)).toBe(0);
  });

  it('erasure removes the corrections\' values with the rest, keeps the audit events, and leaves the statistics as they were', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Rettetslettet' });
    const p = await lead.get(`/api/v1/participants/${participantId}`);
    expect((await lead.post(`/api/v1/participants/${participantId}/corrections`, {
      version: p.body.version, field: 'givenName', value: 'Riktignavn', reason: 'Navnet var byttet om.',
    })).status).toBe(201);
    const adviser = await t.as(sides.bergen.adviser);
    const order = await adviser.get(`/api/v1/orders/${orderId}`);
    expect((await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'cancelled', reason: 'Flyttet', version: order.body.version })).status).toBe(200);

    const today = todayInOslo();
    const stats = async () => ({
      dashboard: (await lead.get(`/api/v1/statistics/dashboard?from=${addCalendarMonths(today, -12)}&to=${today}`)).body,
      factSheet: (await lead.get('/api/v1/statistics/fact-sheet')).body,
    });
    const before = await stats();
    const current = await lead.get(`/api/v1/participants/${participantId}`);
    expect((await lead.post(`/api/v1/participants/${participantId}/erase`, { version: current.body.version, reason: 'data-subject-request' })).status).toBe(204);
    expect(await corrections(participantId)).toBe(0);
    expect(await events(participantId)).toBe(1);
    const [erased] = await t.database.db.select().from(auditEvents)
      .where(and(eq(auditEvents.type, 'participant.anonymised'), eq(auditEvents.participantId, participantId))).orderBy(asc(auditEvents.id));
    expect((erased?.data as { tables: string[] }).tables).toContain('participant_corrections');
    expect(await stats()).toEqual(before);
    // Nothing of the person is left in the trail either.
    const trail = await t.database.db.select({ data: auditEvents.data }).from(auditEvents)
      .where(eq(auditEvents.participantId, participantId)).orderBy(asc(auditEvents.id));
    expect(JSON.stringify(trail)).not.toMatch(/Riktignavn|Rettetslettet|byttet om/);
  });
});

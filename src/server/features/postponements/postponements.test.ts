import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { auditEvents, participants, postponements } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { answerRequiredBrief } from '../../test/fixtures.ts';

const today = todayInOslo();
const newcomer = (familyName: string) => ({
  givenName: 'Utsatt', familyName, birthDate: '1979-02-11', residenceBasis: 'refugee',
  settlementDate: addDays(today, -200), preferredLanguage: 'ti',
});
const input = (version: number, expectedDate = addDays(today, 90)) => ({
  reason: 'settling-in-little-schooling-long-programme', justification: 'Uten grunnskole, lang programtid; venter til etter livsmestringskurset.',
  expectedDate, decidedWith: 'adviser-alone', version,
});

describe.each(databaseKinds)('postponements on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;

  it('postponement changes the deadline status, is found by the filter and appears in the export; ending restores the status', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Eksportsen'))).body;
    expect(p.deadlines.status).toBe('overdue');
    expect(p.postponement).toBeNull();

    const res = await adviser.post(`/api/v1/participants/${p.id}/postponements`, input(p.version));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reason: 'settling-in-little-schooling-long-programme', decidedOn: today, reminderDue: false, endedAt: null });

    const after = (await adviser.get(`/api/v1/participants/${p.id}`)).body;
    expect(after.deadlines.status).toBe('postponed');
    expect(after.postponement).toEqual({ id: res.body.id, reason: 'settling-in-little-schooling-long-programme', expectedDate: addDays(today, 90), reminderDue: false });
    expect(after.version).toBe(p.version + 1);
    const filtered = (await adviser.get('/api/v1/participants?status=postponed&limit=100')).body.items.map((x: { id: string }) => x.id);
    expect(filtered).toContain(p.id);
    const overdue = (await adviser.get('/api/v1/participants?status=overdue&limit=100')).body.items.map((x: { id: string }) => x.id);
    expect(overdue).not.toContain(p.id);

    const csv = await adviser.get(`/api/v1/postponements/export.csv?from=${today}&to=${today}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('participant_reference,national_id,given_name,family_name,birth_date,reason_code,reason_label,reason_text,justification,decided_with,decided_date,expected_date,ended_date');
    const row = lines.find((l) => l.startsWith(p.id));
    expect(row).toContain('Eksportsen');
    expect(row).toContain('1979-02-11');
    expect(row).toContain('settling-in-little-schooling-long-programme');
    expect(row).toContain('Trenger tid til å lande');
    expect(row).toContain(`${today},${addDays(today, 90)},`);
    // Outside the period: not in the export.
    const earlier = await adviser.get(`/api/v1/postponements/export.csv?to=${addDays(today, -1)}`);
    expect(String(earlier.body)).not.toContain(p.id);
    // Another municipality's export never has it.
    expect(String((await (await t.as('radgiver@drammen.demo')).get('/api/v1/postponements/export.csv')).body)).not.toContain(p.id);

    const ended = await adviser.post(`/api/v1/postponements/${res.body.id}/end`, { version: res.body.version });
    expect(ended.status).toBe(200);
    expect(ended.body.endedAt).not.toBeNull();
    const resumed = (await adviser.get(`/api/v1/participants/${p.id}`)).body;
    expect(resumed.deadlines.status).toBe('overdue');
    expect(resumed.postponement).toBeNull();
    const list = (await adviser.get(`/api/v1/participants/${p.id}/postponements`)).body.items;
    expect(list).toHaveLength(1);
    expect(list[0].endedAt).not.toBeNull();

    const types = (await db().select({ type: auditEvents.type }).from(auditEvents)
      .where(eq(auditEvents.participantId, p.id)).orderBy(asc(auditEvents.id))).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['postponement.created', 'postponement.ended', 'postponement.listed']));
    const exported = await db().select({ n: count() }).from(auditEvents).where(eq(auditEvents.type, 'postponement.exported'));
    expect(exported[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('shows the reminder when the new date nears, and lets the centre read but not write', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Paminnelse'))).body;
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'ti', mode: 'digital' })).body;
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    const version = (await adviser.get(`/api/v1/participants/${p.id}`)).body.version;
    const res = await adviser.post(`/api/v1/participants/${p.id}/postponements`, { ...input(version, addDays(today, 5)), reason: 'other', reasonText: 'Skifter bolig', decidedWith: 'with-centre' });
    expect(res.status).toBe(201);
    expect(res.body.reminderDue).toBe(true);
    const counsellor = await t.as('veileder@vestland.demo');
    expect((await counsellor.get(`/api/v1/participants/${p.id}`)).body.postponement.reminderDue).toBe(true);
    expect((await counsellor.get(`/api/v1/participants/${p.id}/postponements`)).status).toBe(200);
    expect((await counsellor.post(`/api/v1/postponements/${res.body.id}/end`, { version: 1 })).status).toBe(403);
    expect((await counsellor.get('/api/v1/postponements/export.csv')).status).toBe(403);
    expect((await (await t.as('radgiver@drammen.demo')).post(`/api/v1/postponements/${res.body.id}/end`, { version: 1 })).status).toBe(404);
  });

  it('ends the open postponement when guidance is held', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const counsellor = await t.as('veileder@vestland.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Gjennomfort'))).body;
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'ti', mode: 'digital' })).body;
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    const version = (await adviser.get(`/api/v1/participants/${p.id}`)).body.version;
    const made = await adviser.post(`/api/v1/participants/${p.id}/postponements`, input(version));
    expect(made.status).toBe(201);
    for (const to of ['accepted', 'scheduled', 'completed']) {
      expect((await counsellor.post(`/api/v1/orders/${o.id}/transitions`, { to })).status).toBe(200);
    }
    const after = (await adviser.get(`/api/v1/participants/${p.id}`)).body;
    expect(after.deadlines.status).toBe('met');
    expect(after.postponement).toBeNull();
    const [row] = await db().select().from(postponements).where(eq(postponements.id, made.body.id));
    expect(row!.endedAt).not.toBeNull();
    expect(row!.endedBy).toBeNull();
    expect((await db().select({ f: participants.guidancePostponed }).from(participants).where(eq(participants.id, p.id)))[0]!.f).toBe(false);
  });

  it('refuses bad input and stale versions, and stores nothing', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Ugyldigsen'))).body;
    const path = `/api/v1/participants/${p.id}/postponements`;
    const stored = async () => [
      (await db().select({ n: count() }).from(postponements).where(eq(postponements.participantId, p.id)))[0]!.n,
      (await db().select({ v: participants.version, f: participants.guidancePostponed }).from(participants).where(eq(participants.id, p.id)))[0],
    ];
    const before = await stored();
    const bad: [unknown, number, string[]][] = [
      [{ ...input(p.version), justification: '' }, 400, ['justification']],
      [{ ...input(p.version), justification: '   ' }, 400, ['justification']],
      [{ ...input(p.version), reason: 'other' }, 400, ['reasonText']],
      [{ ...input(p.version), reason: 'other', reasonText: '  ' }, 400, ['reasonText']],
      [{ ...input(p.version), expectedDate: '2026-02-30' }, 400, ['expectedDate']],
      [{ ...input(p.version), expectedDate: addDays(today, -1) }, 400, ['expectedDate']],
      [{ ...input(p.version), expectedDate: addDays(today, 5000) }, 400, ['expectedDate']],
      [{ ...input(p.version), justification: 'x'.repeat(100 * 1024) }, 400, ['justification']],
      [{ ...input(p.version), reason: 'bored' }, 400, ['reason']],
      [{ ...input(p.version), decidedWith: 'nav' }, 400, ['decidedWith']],
      [{ ...input(p.version), version: p.version + 1 }, 409, []],
    ];
    for (const [body, status, fields] of bad) {
      const res = await adviser.post(path, body);
      expect(res.status, JSON.stringify(body).slice(0, 200)).toBe(status);
      if (fields.length) expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(fields);
    }
    expect(await stored()).toEqual(before);
    const drammen = (await (await t.as('radgiver@drammen.demo')).post('/api/v1/participants', newcomer('Annensen'))).body;
    expect((await adviser.post(`/api/v1/participants/${drammen.id}/postponements`, input(1))).status).toBe(404);
    // Postponed once: a second postponement waits until the first ends.
    const first = await adviser.post(path, input(p.version));
    expect(first.status).toBe(201);
    const second = await adviser.post(path, input(p.version + 1));
    expect(second.status).toBe(409);
    expect((await adviser.post(`/api/v1/postponements/${first.body.id}/end`, { version: first.body.version + 1 })).status).toBe(409);
    expect((await db().select({ n: count() }).from(postponements).where(and(eq(postponements.participantId, p.id))))[0]!.n).toBe(1);
    expect((await adviser.get(`/api/v1/postponements/export.csv?from=${today}&to=${addDays(today, -1)}`)).status).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { newcomer, osloAt, participantWithOrder } from '../../test/fixtures.ts';
import { groupRegistrations } from '../../db/schema.ts';

const webinar = (startsAt: string, extra: Record<string, unknown> = {}) => ({
  title: 'Webinar: arbeid og utdanning i Norge', language: 'uk', mode: 'digital', meetingUrl: 'https://teams.example/webinar',
  startsAt, durationMinutes: 90, ...extra,
});
const venue = (startsAt: string, extra: Record<string, unknown> = {}) => ({
  title: 'Gruppeveiledning på arabisk', language: 'ar', mode: 'in-person', place: 'Karriere Vestland, Bergen', startsAt, durationMinutes: 90, ...extra,
});

describe.each(databaseKinds)('group sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('a centre creates one with 15 seats by default; municipalities it serves see it, others do not', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const created = await counsellor.post('/api/v1/group-sessions', venue(osloAt(30, '10:00')));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ capacity: 15, leadCounsellor: { name: 'Vilde Veileder' }, rooms: [{ municipality: null, taken: 0, left: 15 }], seatsLeftForYou: null, registrations: [] });
    expect(created.body.reference).toMatch(/^VG-/);
    for (const email of ['radgiver@bergen.demo', 'radgiver@voss.demo']) {
      const c = await t.as(email);
      expect((await c.get('/api/v1/group-sessions')).body.items.map((g: { id: string }) => g.id)).toContain(created.body.id);
      expect((await c.get(`/api/v1/group-sessions/${created.body.id}`)).body.seatsLeftForYou).toBe(15);
    }
    for (const email of ['radgiver@drammen.demo', 'veileder@buskerud.demo']) {
      const c = await t.as(email);
      expect((await c.get('/api/v1/group-sessions')).body.items.map((g: { id: string }) => g.id)).not.toContain(created.body.id);
      expect((await c.get(`/api/v1/group-sessions/${created.body.id}`)).status).toBe(404);
      expect((await c.patch(`/api/v1/group-sessions/${created.body.id}`, { capacity: 3, version: 1 })).status).toBe(404);
    }
    expect((await (await t.as('radgiver@bergen.demo')).post('/api/v1/group-sessions', venue(osloAt(31, '10:00')))).status).toBe(403);
    expect((await (await t.as('leder@vestland.demo')).post('/api/v1/group-sessions', venue(osloAt(31, '10:00')))).status).toBe(400);
  });

  it('registers until the room is full, one seat each, only participants with a sent order to the centre', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const g = (await counsellor.post('/api/v1/group-sessions', venue(osloAt(32, '10:00'), { capacity: 2 }))).body;
    const adviser = await t.as('radgiver@bergen.demo');
    const a = await participantWithOrder(t, 'bergen', 'sent', { format: 'group' });
    const b = await participantWithOrder(t, 'bergen', 'accepted', { format: 'group' });
    const c = await participantWithOrder(t, 'bergen', 'sent', { format: 'group' });
    const draft = await participantWithOrder(t, 'bergen', 'draft');
    const noOrder = (await adviser.post('/api/v1/participants', newcomer())).body.id;
    const drammen = await participantWithOrder(t, 'drammen', 'sent');

    const first = await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: a.participantId });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ seatsLeftForYou: 1, registrations: [{ participant: { id: a.participantId }, status: 'registered', attendance: null }] });
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: a.participantId })).body.error).toBe('group.already-registered');
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: draft.participantId })).body.error).toBe('group.no-order');
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: noOrder })).body.error).toBe('group.no-order');
    const foreign = await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: drammen.participantId });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields.map((f: { path: string }) => f.path)).toEqual(['participantId']);
    expect((await counsellor.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: b.participantId })).status).toBe(403);

    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: b.participantId })).status).toBe(201);
    const full = await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: c.participantId });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'group.full', message: 'Gruppetimen er full.' });

    // Withdrawing frees the seat; a stale version is refused.
    const detail = (await adviser.get(`/api/v1/group-sessions/${g.id}`)).body;
    const regA = detail.registrations.find((r: { participant: { id: string } }) => r.participant.id === a.participantId);
    expect((await adviser.post(`/api/v1/group-registrations/${regA.id}/withdraw`, { version: regA.version + 1 })).status).toBe(409);
    expect((await counsellor.post(`/api/v1/group-registrations/${regA.id}/withdraw`, { version: regA.version })).status).toBe(403);
    expect((await (await t.as('radgiver@drammen.demo')).post(`/api/v1/group-registrations/${regA.id}/withdraw`, { version: regA.version })).status).toBe(404);
    const withdrawn = await adviser.post(`/api/v1/group-registrations/${regA.id}/withdraw`, { version: regA.version });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.seatsLeftForYou).toBe(1);
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: c.participantId })).status).toBe(201);
    // And the withdrawn participant may come back when a seat is free again.
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: a.participantId })).body.error).toBe('group.full');
  });

  it('gives the last seat to exactly one of two registrations sent at the same time', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const g = (await counsellor.post('/api/v1/group-sessions', venue(osloAt(33, '10:00'), { capacity: 1 }))).body;
    const bergen = await participantWithOrder(t, 'bergen', 'sent');
    const voss = await participantWithOrder(t, 'voss', 'sent');
    const [x, y] = await Promise.all([
      (await t.as('radgiver@bergen.demo')).post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: bergen.participantId }),
      (await t.as('radgiver@voss.demo')).post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: voss.participantId }),
    ]);
    expect([x.status, y.status].sort()).toEqual([201, 409]);
    expect([x, y].find((r) => r.status === 409)!.body.error).toBe('group.full');
    const rows = await t.database.db.select().from(groupRegistrations).where(and(eq(groupRegistrations.groupSessionId, g.id), eq(groupRegistrations.status, 'registered')));
    expect(rows).toHaveLength(1);
  });

  it('counts seats per municipality room in a digital webinar, and shows each municipality only its own participants', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const g = (await counsellor.post('/api/v1/group-sessions', webinar(osloAt(34, '18:00'), { capacity: 1 }))).body;
    const bergen = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Bergensrom' });
    const voss = await participantWithOrder(t, 'voss', 'sent', { familyName: 'Vossrom' });
    const bergenAdviser = await t.as('radgiver@bergen.demo');
    expect((await bergenAdviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: bergen.participantId })).status).toBe(201);
    expect((await (await t.as('radgiver@voss.demo')).post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: voss.participantId })).status).toBe(201);
    const seenByBergen = (await bergenAdviser.get(`/api/v1/group-sessions/${g.id}`)).body;
    expect(seenByBergen.registrations.map((r: { participant: { familyName: string } }) => r.participant.familyName)).toEqual(['Bergensrom']);
    expect(seenByBergen.rooms).toEqual([{ municipality: { id: expect.any(String), name: 'Bergen kommune' }, taken: 1, left: 0 }]);
    expect(JSON.stringify(seenByBergen)).not.toContain('Vossrom');
    const seenByCentre = (await counsellor.get(`/api/v1/group-sessions/${g.id}`)).body;
    expect(seenByCentre.registrations).toHaveLength(2);
    expect(seenByCentre.rooms.map((r: { municipality: { name: string } }) => r.municipality.name).sort()).toEqual(['Bergen kommune', 'Voss herad']);
  });

  it('records attendance once, after the start, and attending counts as held guidance', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const g = (await counsellor.post('/api/v1/group-sessions', venue(osloAt(35, '10:00'), { interpreter: { language: 'ar', mode: 'on-site', status: 'confirmed', reference: 'TOLK-GR-1' } }))).body;
    const came = await participantWithOrder(t, 'bergen', 'sent');
    const stayedAway = await participantWithOrder(t, 'bergen', 'sent');
    const adviser = await t.as('radgiver@bergen.demo');
    await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: came.participantId });
    const registered = (await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: stayedAway.participantId })).body;
    const regs = registered.registrations as { id: string; version: number; participant: { id: string } }[];
    const items = regs.map((r) => ({ registrationId: r.id, attended: r.participant.id === came.participantId, version: r.version }));

    expect((await counsellor.post(`/api/v1/group-sessions/${g.id}/attendance`, { items })).body.error).toBe('group.not-started');
    // The session is moved to yesterday (it took place earlier than planned).
    const current = (await counsellor.get(`/api/v1/group-sessions/${g.id}`)).body;
    const moved = await counsellor.patch(`/api/v1/group-sessions/${g.id}`, { startsAt: osloAt(-1, '10:00'), version: current.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/attendance`, { items })).status).toBe(403);
    const before = (await adviser.get(`/api/v1/participants/${came.participantId}`)).body;
    const recorded = await counsellor.post(`/api/v1/group-sessions/${g.id}/attendance`, { items, interpreterTookPart: true, interpreterQualityProblem: 'Kom 10 minutter for sent' });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body).toMatchObject({ interpreterTookPart: true, interpreterQualityProblem: 'Kom 10 minutter for sent' });
    expect(recorded.body.registrations.map((r: { attendance: string }) => r.attendance).sort()).toEqual(['absent', 'attended']);
    const after = (await adviser.get(`/api/v1/participants/${came.participantId}`)).body;
    expect(after.deadlines.status).toBe('met');
    expect(after.version).toBe(before.version + 1);
    expect((await adviser.get(`/api/v1/participants/${stayedAway.participantId}`)).body.deadlines.status).not.toBe('met');
    const again = await counsellor.post(`/api/v1/group-sessions/${g.id}/attendance`, { items: recorded.body.registrations.map((r: { id: string; version: number }) => ({ registrationId: r.id, attended: true, version: r.version })) });
    expect(again.body.error).toBe('group.attendance-recorded');
    // Registration is closed once the session has started.
    const late = await participantWithOrder(t, 'bergen', 'sent');
    expect((await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: late.participantId })).body.error).toBe('group.closed');
  });

  it('refuses to double-book the lead counsellor and the interpreter against individual sessions', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const individual = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, {
      kind: 'individual', mode: 'in-person', place: 'Bergen', startsAt: osloAt(36, '10:00'), durationMinutes: 60,
      leadCounsellorId: (await counsellor.get('/api/v1/career-centre/counsellors')).body.items.find((u: { name: string }) => u.name === 'Viktor Veileder').id,
      interpreter: { language: 'ar', mode: 'on-site', status: 'booked', reference: 'TOLK-GR-2' },
    });
    expect(individual.status, JSON.stringify(individual.body)).toBe(201);
    const busy = await counsellor.post('/api/v1/group-sessions', venue(osloAt(36, '10:30'), { interpreter: { language: 'ar', mode: 'on-site', status: 'booked', reference: 'TOLK-GR-2' } }));
    expect(busy.status).toBe(409);
    expect(busy.body.error).toBe('session.interpreter-busy');
    const g = (await counsellor.post('/api/v1/group-sessions', venue(osloAt(36, '12:00')))).body;
    const clash = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, { kind: 'individual', mode: 'phone', phone: '+4712345678', startsAt: osloAt(36, '12:30'), durationMinutes: 30 });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toBe('session.counsellor-busy');
    // A cancelled group session frees the counsellor.
    expect((await counsellor.patch(`/api/v1/group-sessions/${g.id}`, { cancellationReason: 'For få påmeldte', version: g.version })).status).toBe(200);
    expect((await counsellor.post(`/api/v1/orders/${orderId}/sessions`, { kind: 'individual', mode: 'phone', phone: '+4712345678', startsAt: osloAt(36, '12:30'), durationMinutes: 30 })).status).toBe(201);
  });
});

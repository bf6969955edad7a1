import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import { auditEvents, counsellorAbsences, guidanceOrders, municipalityContacts, organisations, users } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';

const today = todayInOslo();

describe.each(databaseKinds)('fixed contacts and deputies on %s', (kind) => {
  let t: TestApp;
  let lead: ApiClient;
  const id = { org: {} as Record<string, string>, user: {} as Record<string, string> };
  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.as('leder@vestland.demo');
    for (const o of await db().select().from(organisations)) id.org[o.name] = o.id;
    for (const u of await db().select().from(users)) id.user[u.email] = u.id;
  });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;
  const assignedOf = async (orderId: string) =>
    (await db().select({ a: guidanceOrders.assignedCounsellorId }).from(guidanceOrders).where(eq(guidanceOrders.id, orderId)))[0]!.a;
  const events = async (type: string) => db().select().from(auditEvents).where(eq(auditEvents.type, type)).orderBy(asc(auditEvents.id));
  const assign = (body: Record<string, unknown>) => lead.post('/api/v1/cooperation/contacts', { municipalityId: id.org['Bergen kommune'], validFrom: today, ...body });

  it('the centre lead sees municipalities without a contact or deputy, assigns both, and the municipality sees them with work phone and e-mail', async () => {
    const before = (await lead.get('/api/v1/cooperation/municipalities')).body.items;
    expect(before.find((m: any) => m.municipality.name === 'Bergen kommune')).toMatchObject({ missingContact: true, missingDeputy: true, contact: null });

    const vilde = await t.as('veileder@vestland.demo');
    expect((await vilde.patch('/api/v1/auth/me', { workPhone: '+47 55 12 34 56' })).body.user.workPhone).toBe('+47 55 12 34 56');
    const contact = await assign({ userId: id.user['veileder@vestland.demo'], kind: 'contact' });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    expect(contact.body).toMatchObject({ handedOver: 0, period: { kind: 'contact', validFrom: today, validTo: null, person: { name: 'Vilde Veileder', workPhone: '+47 55 12 34 56' } } });
    const deputy = await assign({ userId: id.user['veileder2@vestland.demo'], kind: 'deputy', validTo: addDays(today, 180) });
    expect(deputy.status, JSON.stringify(deputy.body)).toBe(201);

    const after = (await lead.get('/api/v1/cooperation/municipalities')).body.items;
    const bergen = after.find((m: any) => m.municipality.name === 'Bergen kommune');
    expect(bergen).toMatchObject({ missingContact: false, missingDeputy: false, routedTo: { userId: id.user['veileder@vestland.demo'], as: 'contact' } });
    expect(bergen.periods).toHaveLength(2);
    // Voss is served by the same centre and still has nobody.
    expect(after.find((m: any) => m.municipality.name === 'Voss herad')).toMatchObject({ missingContact: true, missingDeputy: true });

    const mine = (await (await t.as('radgiver@bergen.demo')).get('/api/v1/cooperation/my-contacts')).body;
    expect(mine).toMatchObject({
      careerCentre: { name: 'Karriere Vestland' },
      contact: { name: 'Vilde Veileder', email: 'veileder@vestland.demo', workPhone: '+47 55 12 34 56', absentToday: false },
      deputies: [{ name: 'Viktor Veileder', email: 'veileder2@vestland.demo' }],
    });
    // Another municipality of another centre sees none of it.
    expect((await (await t.as('radgiver@drammen.demo')).get('/api/v1/cooperation/my-contacts')).body).toMatchObject({ contact: null, deputies: [] });
    const assigned = await events('contact.assigned');
    expect(assigned.map((e) => (e.data as any).kind).sort()).toEqual(['contact', 'deputy']);
    expect(assigned.every((e) => e.actorUserId === id.user['leder@vestland.demo'])).toBe(true);
  });

  it("a sent order goes to the contact's queue, and to the deputy while the contact is away", async () => {
    const first = await participantWithOrder(t, 'bergen', 'sent');
    expect(await assignedOf(first.orderId)).toBe(id.user['veileder@vestland.demo']);
    const routed = await events('order.routed');
    expect(routed.find((e) => e.orderId === first.orderId)?.data).toMatchObject({ toUserId: id.user['veileder@vestland.demo'], as: 'contact' });
    // The lead accepts without naming anyone: the order stays with the contact it was routed to.
    const order = (await lead.get(`/api/v1/orders/${first.orderId}`)).body;
    expect(order.assignedCounsellor.name).toBe('Vilde Veileder');
    const accepted = await lead.post(`/api/v1/orders/${first.orderId}/transitions`, { to: 'accepted', version: order.version });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.assignedCounsellor.name).toBe('Vilde Veileder');

    const away = await lead.post('/api/v1/cooperation/absences', { userId: id.user['veileder@vestland.demo'], from: addDays(today, -1), to: addDays(today, 5) });
    expect(away.status, JSON.stringify(away.body)).toBe(201);
    const second = await participantWithOrder(t, 'bergen', 'sent');
    expect(await assignedOf(second.orderId)).toBe(id.user['veileder2@vestland.demo']);
    expect((await events('order.routed')).find((e) => e.orderId === second.orderId)?.data).toMatchObject({ as: 'deputy' });
    const mine = (await (await t.as('radgiver@bergen.demo')).get('/api/v1/cooperation/my-contacts')).body;
    expect(mine.contact.absentToday).toBe(true);
    expect(mine.routedTo).toEqual({ userId: id.user['veileder2@vestland.demo'], as: 'deputy' });

    // The absence ends early (removed, kept in the trail): orders go to the contact again.
    const removed = await lead.post(`/api/v1/cooperation/absences/${away.body.id}/remove`, { version: away.body.version });
    expect(removed.status).toBe(204);
    expect((await db().select().from(counsellorAbsences).where(eq(counsellorAbsences.id, away.body.id)))[0]!.removedAt).not.toBeNull();
    expect((await events('absence.removed')).map((e) => (e.data as any).absenceId)).toContain(away.body.id);
    const third = await participantWithOrder(t, 'bergen', 'sent');
    expect(await assignedOf(third.orderId)).toBe(id.user['veileder@vestland.demo']);
    // Without a contact or deputy (Voss) the order stays in the shared queue, as before.
    const voss = await participantWithOrder(t, 'voss', 'sent');
    expect(await assignedOf(voss.orderId)).toBeNull();
  });

  it('changing the contact hands over the open orders in one step, ends the old period and is audited', async () => {
    const open = await db().select({ id: guidanceOrders.id }).from(guidanceOrders).where(and(
      eq(guidanceOrders.assignedCounsellorId, id.user['veileder@vestland.demo']!), eq(guidanceOrders.municipalityId, id.org['Bergen kommune']!),
      sql`${guidanceOrders.status} in ('sent', 'accepted', 'scheduled')`,
    ));
    expect(open.length).toBeGreaterThanOrEqual(2);
    const listed = (await lead.get('/api/v1/cooperation/municipalities')).body.items.find((m: any) => m.municipality.name === 'Bergen kommune');
    expect(listed.openOrdersOfContact).toBe(open.length);
    const deputysOrders = await db().select({ id: guidanceOrders.id, version: guidanceOrders.version }).from(guidanceOrders)
      .where(eq(guidanceOrders.assignedCounsellorId, id.user['veileder2@vestland.demo']!));

    const change = await assign({ userId: id.user['leder@vestland.demo'], kind: 'contact', handOverOpenOrders: true });
    expect(change.status, JSON.stringify(change.body)).toBe(201);
    expect(change.body.handedOver).toBe(open.length);
    for (const o of open) expect(await assignedOf(o.id)).toBe(id.user['leder@vestland.demo']);
    // The deputy's orders stay where they are.
    for (const o of deputysOrders) expect(await assignedOf(o.id)).toBe(id.user['veileder2@vestland.demo']);
    const [handOver] = await events('orders.handed-over');
    expect(handOver!.data).toMatchObject({ organisationId: id.org['Bergen kommune'], fromUserId: id.user['veileder@vestland.demo'], toUserId: id.user['leder@vestland.demo'] });
    expect([...(handOver!.data as any).orderIds].sort()).toEqual(open.map((o) => o.id).sort());
    // The old contact's period started today, so the new one replaces it (soft, in the trail); the history keeps it.
    const vildesPeriod = (await db().select().from(municipalityContacts).where(and(
      eq(municipalityContacts.userId, id.user['veileder@vestland.demo']!), eq(municipalityContacts.kind, 'contact'),
    )))[0]!;
    expect(vildesPeriod.removedAt).not.toBeNull();
    expect((await events('contact.removed')).map((e) => (e.data as any).contactId)).toContain(vildesPeriod.id);
    const mine = (await (await t.as('radgiver@bergen.demo')).get('/api/v1/cooperation/my-contacts')).body;
    expect(mine.contact.name).toBe('Liv Leder');
  });

  it('a planned change of contact ends the current period the day before; without hand-over the open orders stay', async () => {
    const before = (await db().select({ n: count() }).from(auditEvents).where(eq(auditEvents.type, 'orders.handed-over')))[0]!.n;
    const next = await assign({ userId: id.user['veileder@vestland.demo'], kind: 'contact', validFrom: addDays(today, 30) });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(next.body.handedOver).toBe(0);
    const livs = (await db().select().from(municipalityContacts).where(and(
      eq(municipalityContacts.userId, id.user['leder@vestland.demo']!), eq(municipalityContacts.kind, 'contact'),
    )))[0]!;
    expect(livs.validTo).toBe(addDays(today, 29));
    expect((await db().select({ n: count() }).from(auditEvents).where(eq(auditEvents.type, 'orders.handed-over')))[0]!.n).toBe(before);
    // The lead moves the planned start; a stale version is refused and changes nothing.
    const moved = await lead.patch(`/api/v1/cooperation/contacts/${next.body.period.id}`, { validFrom: addDays(today, 40), version: next.body.period.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ validFrom: addDays(today, 40), version: next.body.period.version + 1 });
    const stale = await lead.patch(`/api/v1/cooperation/contacts/${next.body.period.id}`, { validFrom: addDays(today, 50), version: next.body.period.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    expect((await db().select().from(municipalityContacts).where(eq(municipalityContacts.id, next.body.period.id)))[0]!.validFrom).toBe(addDays(today, 40));
    const removedStale = await lead.post(`/api/v1/cooperation/contacts/${next.body.period.id}/remove`, { version: next.body.period.version });
    expect(removedStale.status).toBe(409);
    expect((await events('contact.updated')).some((e) => (e.data as any).contactId === next.body.period.id && (e.data as any).changedFields.includes('validFrom'))).toBe(true);
  });

  it('refuses bad input with a field message and changes nothing', async () => {
    const rows = async () => [(await db().select({ n: count() }).from(municipalityContacts))[0]!.n, (await db().select({ n: count() }).from(counsellorAbsences))[0]!.n];
    const before = await rows();
    const vilde = id.user['veileder@vestland.demo'];
    const cases: [Record<string, unknown>, number, string][] = [
      [{ userId: vilde, kind: 'deputy', municipalityId: id.org['Drammen kommune'] }, 404, ''],
      [{ userId: id.user['veileder@buskerud.demo'], kind: 'deputy' }, 400, 'userId'],
      [{ userId: id.user['radgiver@bergen.demo'], kind: 'deputy' }, 400, 'userId'],
      [{ userId: '00000000-0000-4000-8000-000000000000', kind: 'deputy' }, 400, 'userId'],
      [{ userId: vilde, kind: 'deputy', validTo: addDays(today, -1) }, 400, 'validTo'],
      [{ userId: vilde, kind: 'deputy', validFrom: '2026-02-30' }, 400, 'validFrom'],
      [{ userId: vilde, kind: 'boss' }, 400, 'kind'],
      [{ userId: 'not-a-uuid', kind: 'deputy' }, 400, 'userId'],
      [{ userId: vilde, kind: 'deputy', extra: 1 }, 400, 'extra'],
      [{ userId: vilde, kind: 'deputy', validFrom: 'x'.repeat(10_000) }, 400, 'validFrom'],
      // The lead is today's contact of Bergen and cannot also be its deputy.
      [{ userId: id.user['leder@vestland.demo'], kind: 'deputy' }, 400, 'userId'],
    ];
    for (const [body, status, field] of cases) {
      const res = await assign(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      if (field) expect(res.body.fields.map((f: { path: string }) => f.path), JSON.stringify(body)).toContain(field);
      if (field) expect(res.body.fields[0].message).toMatch(/\S/);
    }
    const badAbsence = await lead.post('/api/v1/cooperation/absences', { userId: vilde, from: addDays(today, 5), to: addDays(today, 1) });
    expect(badAbsence.status).toBe(400);
    expect(badAbsence.body.fields[0].path).toBe('to');
    // A counsellor records only their own absence.
    const other = await (await t.as('veileder2@vestland.demo')).post('/api/v1/cooperation/absences', { userId: vilde, from: today, to: today });
    expect(other.status).toBe(403);
    // Another centre's period answers 404.
    const busk = (await db().insert(municipalityContacts).values({
      careerCentreId: id.org['Karriere Buskerud']!, municipalityId: id.org['Drammen kommune']!, userId: id.user['veileder@buskerud.demo']!,
      kind: 'contact', validFrom: today, createdBy: id.user['veileder@buskerud.demo']!,
    }).returning())[0]!;
    expect((await lead.patch(`/api/v1/cooperation/contacts/${busk.id}`, { validTo: today, version: 1 })).status).toBe(404);
    expect((await lead.post(`/api/v1/cooperation/contacts/${busk.id}/remove`, { version: 1 })).status).toBe(404);
    const phone = await (await t.as('veileder@vestland.demo')).patch('/api/v1/auth/me', { workPhone: 'ring meg' });
    expect(phone.status).toBe(400);
    expect(phone.body.fields[0]).toMatchObject({ path: 'workPhone', message: 'Ugyldig telefonnummer.' });
    const after = await rows();
    expect(after).toEqual([before[0]! + 1, before[1]]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { osloAt, participantWithOrder } from '../../test/fixtures.ts';
import { calendarFeeds } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { osloStartOfDay } from './service.ts';

describe('Norwegian days', () => {
  it('start at midnight in Oslo, summer and winter', () => {
    expect(osloStartOfDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(osloStartOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(osloStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // the day summer time starts
  });
});

describe.each(databaseKinds)('calendars on %s', (kind) => {
  let t: TestApp;
  let ids: Record<string, string>;
  const day = 70;
  const from = addDays(todayInOslo(), day);
  beforeAll(async () => {
    t = await startTestApp(kind);
    const users = (await (await t.as('admin@veivalg.demo')).get('/api/v1/admin/users')).body.items as { id: string; email: string }[];
    ids = Object.fromEntries(users.map((u) => [u.email, u.id]));
    const vilde = await t.as('veileder@vestland.demo');
    const a = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Kalendersen' });
    const b = await participantWithOrder(t, 'voss', 'accepted', { familyName: 'Vossekalender' });
    const book = (orderId: string, hhmm: string, extra: Record<string, unknown>) => vilde.post(`/api/v1/orders/${orderId}/sessions`, {
      kind: 'individual', mode: 'in-person', place: 'Storgata 1, hjemme', startsAt: osloAt(day, hhmm), durationMinutes: 60, ...extra,
    });
    expect((await book(a.orderId, '09:00', {})).status).toBe(201);
    expect((await book(b.orderId, '11:00', { leadCounsellorId: ids['veileder2@vestland.demo'] })).status).toBe(201);
    expect((await book(b.orderId, '13:00', { leadCounsellorId: ids['veileder2@vestland.demo'], secondCounsellorId: ids['veileder@vestland.demo'] })).status).toBe(201);
    expect((await vilde.post('/api/v1/group-sessions', { title: 'Webinar', language: 'uk', mode: 'digital', meetingUrl: 'https://teams.example/w', startsAt: osloAt(day + 1, '18:00'), durationMinutes: 90 })).status).toBe(201);
  });
  afterAll(async () => { await t?.close(); });

  it('shows a counsellor their own week: sessions they lead or write for, and group sessions they lead', async () => {
    const vilde = await t.as('veileder@vestland.demo');
    const res = await vilde.get(`/api/v1/calendar?from=${from}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.to).toBe(addDays(from, 6));
    expect(res.body.items.map((i: { type: string; title: string }) => [i.type, i.title])).toEqual([
      ['session', 'Test Kalendersen'], ['session', 'Test Vossekalender'], ['group-session', 'Webinar'],
    ]);
    expect(res.body.items[1].counsellors.map((c: { name: string }) => c.name)).toEqual(['Viktor Veileder', 'Vilde Veileder']);
    expect((await vilde.get(`/api/v1/calendar?from=${from}&counsellorId=${ids['veileder2@vestland.demo']}`)).status).toBe(403);
  });

  it("shows the lead the centre's calendar, or one counsellor's", async () => {
    const lead = await t.as('leder@vestland.demo');
    expect((await lead.get(`/api/v1/calendar?from=${from}&to=${from}`)).body.items).toHaveLength(3);
    const viktor = (await lead.get(`/api/v1/calendar?from=${from}&to=${addDays(from, 1)}&counsellorId=${ids['veileder2@vestland.demo']}`)).body.items;
    expect(viktor.map((i: { title: string }) => i.title)).toEqual(['Test Vossekalender', 'Test Vossekalender']);
    expect((await lead.get(`/api/v1/calendar?from=${from}&counsellorId=${ids['veileder@buskerud.demo']}`)).status).toBe(400);
    expect((await lead.get(`/api/v1/calendar?from=${from}&to=${addDays(from, 62)}`)).status).toBe(400);
    expect((await lead.get(`/api/v1/calendar?from=${from}&to=${addDays(from, -1)}`)).status).toBe(400);
    expect((await (await t.as('veileder@buskerud.demo')).get(`/api/v1/calendar?from=${from}`)).body.items).toEqual([]);
    for (const email of ['radgiver@bergen.demo', 'admin@veivalg.demo']) expect((await (await t.as(email)).get('/api/v1/calendar')).status).toBe(403);
  });

  it('gives a counsellor a secret iCalendar feed without personal data, stored hashed and revocable', async () => {
    const vilde = await t.as('veileder@vestland.demo');
    expect((await vilde.get('/api/v1/calendar/feed')).body).toEqual({ active: false, createdAt: null });
    const made = await vilde.post('/api/v1/calendar/feed');
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/^http:\/\/veivalg\.test\/api\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(made.body.url).pathname;
    const token = path.slice('/api/ical/'.length, -4);
    const [stored] = await t.database.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, ids['veileder@vestland.demo']!));
    expect(stored!.tokenHash).not.toContain(token);

    const ics = await t.client().get(path);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = ics.body as string;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Her three bookings of this suite are there by reference (with the demo data's sessions), and nobody else's.
    const mine = (await vilde.get(`/api/v1/calendar?from=${from}&to=${addDays(from, 1)}`)).body.items as { type: string; reference: string }[];
    expect(mine).toHaveLength(3);
    for (const e of mine) expect(text).toContain(`SUMMARY:${e.type === 'session' ? 'Veiledning' : 'Gruppeveiledning'} ${e.reference}\r\n`);
    const viktors = (await (await t.as('leder@vestland.demo')).get(`/api/v1/calendar?from=${from}&to=${from}&counsellorId=${ids['veileder2@vestland.demo']}`)).body.items as { reference: string }[];
    const notHers = viktors.filter((v) => !mine.some((m) => m.reference === v.reference));
    expect(notHers.length).toBeGreaterThan(0);
    for (const e of notHers) expect(text).not.toContain(e.reference);
    expect(text.match(/SUMMARY:[^\r]*/g)!.every((line) => /^SUMMARY:(Gruppe)?[Vv]eiledning V[VG]-[A-Z2-9]{4}$/.test(line))).toBe(true);
    for (const secret of ['Kalendersen', 'Vossekalender', 'Storgata', 'teams.example', 'Test ']) expect(text).not.toContain(secret);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    // A new address replaces the old one; revoking ends it.
    const again = await vilde.post('/api/v1/calendar/feed');
    expect((await t.client().get(path)).status).toBe(404);
    const newPath = new URL(again.body.url).pathname;
    expect((await t.client().get(newPath)).status).toBe(200);
    expect((await vilde.post('/api/v1/calendar/feed/revoke')).status).toBe(204);
    expect((await t.client().get(newPath)).status).toBe(404);
    expect((await vilde.get('/api/v1/calendar/feed')).body.active).toBe(false);
    expect((await t.client().get('/api/ical/not-a-token.ics')).status).toBe(400);
    expect((await (await t.as('radgiver@bergen.demo')).post('/api/v1/calendar/feed')).status).toBe(403);
  });
});

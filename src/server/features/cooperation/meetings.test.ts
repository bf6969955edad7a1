import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, gte, ne } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { osloAt } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import { auditEvents, cooperationActions, guidanceOrders, meetingSeries, meetingSeriesInvitees, meetings, organisations, users } from '../../db/schema.ts';
import { PRACTICE_PERIOD_DAYS, addDays, todayInOslo } from '../../../domain/index.ts';
import { osloStartOfDay } from '../calendar/service.ts';

const today = todayInOslo();
const FNR = '15039010043';

describe.each(databaseKinds)('cooperation meetings and actions on %s', (kind) => {
  let t: TestApp;
  const c = {} as Record<'liv' | 'lars' | 'ragnhild' | 'vilde' | 'viktor' | 'vegard' | 'dina' | 'berit', ApiClient>;
  const id = { org: {} as Record<string, string>, user: {} as Record<string, string> };
  let seriesId = '';
  let meetingId = '';
  let actionId = '';
  beforeAll(async () => {
    t = await startTestApp(kind);
    const emails = {
      liv: 'leder@vestland.demo', lars: 'leder@bergen.demo', ragnhild: 'radgiver@bergen.demo', vilde: 'veileder@vestland.demo',
      viktor: 'veileder2@vestland.demo', vegard: 'radgiver@voss.demo', dina: 'radgiver@drammen.demo', berit: 'veileder@buskerud.demo',
    } as const;
    for (const [k, e] of Object.entries(emails)) c[k as keyof typeof c] = await t.as(e);
    for (const o of await db().select().from(organisations)) id.org[o.name] = o.id;
    for (const u of await db().select().from(users)) id.user[u.email] = u.id;
  });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;
  const events = async (type: string) => db().select().from(auditEvents).where(eq(auditEvents.type, type)).orderBy(asc(auditEvents.id));
  const counts = async () => Promise.all([meetingSeries, meetingSeriesInvitees, meetings, cooperationActions]
    .map(async (table) => (await db().select({ n: count() }).from(table))[0]!.n));

  it('the centre lead starts a half-yearly series for Bergen with invitees from both sides and plans a meeting', async () => {
    const people = await c.liv.get(`/api/v1/cooperation/meeting-people?municipalityId=${id.org['Bergen kommune']}`);
    expect(people.status).toBe(200);
    const names = people.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Ragnhild Rådgiver', 'Lars Leder', 'Vilde Veileder', 'Liv Leder']));
    // Voss is served by the same centre but is not a party to Bergen's series.
    expect(names).not.toContain('Vegard Rådgiver');

    const created = await c.liv.post('/api/v1/cooperation/meeting-series', {
      title: 'Frokostmøte Bergen', interval: 'half-yearly', municipalityId: id.org['Bergen kommune'],
      inviteeIds: [id.user['radgiver@bergen.demo'], id.user['veileder@vestland.demo']],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    seriesId = created.body.id;
    expect(created.body).toMatchObject({ interval: 'half-yearly', municipality: { name: 'Bergen kommune' }, canManage: true, lastMeetingOn: null, nextMeetingOn: null });
    expect(created.body.invitees.map((p: { name: string }) => p.name).sort()).toEqual(['Ragnhild Rådgiver', 'Vilde Veileder']);

    const startsAt = osloAt(-7, '08:30');
    const meeting = await c.liv.post(`/api/v1/cooperation/meeting-series/${seriesId}/meetings`, { startsAt, durationMinutes: 60, agenda: 'Rutiner for bestilling' });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    meetingId = meeting.body.id;
    expect(meeting.body).toMatchObject({ agenda: 'Rutiner for bestilling', minutes: '', canManage: true, actions: [] });
    // The meeting a week ago is the last one; half a year later is when the series meets next.
    const series = (await c.liv.get(`/api/v1/cooperation/meeting-series/${seriesId}`)).body;
    expect(series.lastMeetingOn).toBe(addDays(today, -7));
    expect(series.nextMeetingOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(series.meetings).toHaveLength(1);
    expect((await events('meeting-series.created'))[0]!.data).toMatchObject({ seriesId, municipalityId: id.org['Bergen kommune'] });
    expect((await events('meeting.created')).map((e) => (e.data as any).meetingId)).toContain(meetingId);
  });

  it('only invitees and the leads of the two parties see the series and the meeting; anyone else gets 404', async () => {
    for (const who of ['liv', 'lars', 'ragnhild', 'vilde'] as const) {
      expect((await c[who].get(`/api/v1/cooperation/meetings/${meetingId}`)).status, who).toBe(200);
      expect((await c[who].get('/api/v1/cooperation/meeting-series')).body.items.map((s: any) => s.id), who).toContain(seriesId);
    }
    // Viktor works at the same centre but is not invited; Vegard is at another municipality of the centre; Dina and Berit at the other side.
    for (const who of ['viktor', 'vegard', 'dina', 'berit'] as const) {
      expect((await c[who].get(`/api/v1/cooperation/meetings/${meetingId}`)).status, who).toBe(404);
      expect((await c[who].get(`/api/v1/cooperation/meeting-series/${seriesId}`)).status, who).toBe(404);
      expect((await c[who].get(`/api/v1/cooperation/meetings/${meetingId}/ical`)).status, who).toBe(404);
      expect((await c[who].get('/api/v1/cooperation/meeting-series')).body.items, who).toEqual([]);
    }
    // An invitee writes minutes but may not move or delete the meeting.
    const m = (await c.ragnhild.get(`/api/v1/cooperation/meetings/${meetingId}`)).body;
    expect(m.canManage).toBe(false);
    expect((await c.ragnhild.patch(`/api/v1/cooperation/meetings/${meetingId}`, { startsAt: osloAt(1, '09:00'), version: m.version })).status).toBe(403);
    expect((await c.ragnhild.post(`/api/v1/cooperation/meetings/${meetingId}/remove`, { version: m.version })).status).toBe(403);
    const written = await c.ragnhild.patch(`/api/v1/cooperation/meetings/${meetingId}`, { minutes: 'Vi ble enige om en felles mal.', version: m.version });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(written.body).toMatchObject({ minutes: 'Vi ble enige om en felles mal.', version: m.version + 1 });
    const stale = await c.vilde.patch(`/api/v1/cooperation/meetings/${meetingId}`, { minutes: 'Overskrevet', version: m.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    expect((await db().select().from(meetings).where(eq(meetings.id, meetingId)))[0]!.minutes).toBe('Vi ble enige om en felles mal.');
    expect((await events('meeting.updated')).find((e) => (e.data as any).meetingId === meetingId)?.data).toMatchObject({ changedFields: ['minutes'] });
  });

  it('refuses national ids and overlong texts in every text with a clear message, and changes nothing', async () => {
    const before = await counts();
    const m = (await c.vilde.get(`/api/v1/cooperation/meetings/${meetingId}`)).body;
    const cases: [Promise<{ status: number; body: any }>, string, RegExp][] = [
      [c.vilde.patch(`/api/v1/cooperation/meetings/${meetingId}`, { minutes: `Gjelder ${FNR}`, version: m.version }), 'minutes', /fødselsnummer/],
      [c.vilde.patch(`/api/v1/cooperation/meetings/${meetingId}`, { agenda: 'Sak: 150390 10043', version: m.version }), 'agenda', /fødselsnummer/],
      [c.vilde.patch(`/api/v1/cooperation/meetings/${meetingId}`, { minutes: 'x'.repeat(20_001), version: m.version }), 'minutes', /høyst 20000 tegn/],
      [c.vilde.post(`/api/v1/cooperation/meetings/${meetingId}/actions`, { title: `Ring om ${FNR}`, ownerId: id.user['veileder@vestland.demo'], dueDate: today }), 'title', /fødselsnummer/],
      [c.vilde.post(`/api/v1/cooperation/meetings/${meetingId}/actions`, { title: 'x'.repeat(501), ownerId: id.user['veileder@vestland.demo'], dueDate: today }), 'title', /høyst 500 tegn/],
      [c.vilde.post(`/api/v1/cooperation/meetings/${meetingId}/actions`, { title: 'Ok', ownerId: id.user['veileder@vestland.demo'], dueDate: addDays(today, -1) }), 'dueDate', /før i dag/],
      // Viktor is not invited: he would not see the meeting his action comes from.
      [c.vilde.post(`/api/v1/cooperation/meetings/${meetingId}/actions`, { title: 'Ok', ownerId: id.user['veileder2@vestland.demo'], dueDate: today }), 'ownerId', /invitert/],
      [c.liv.post('/api/v1/cooperation/meeting-series', { title: `Møte om ${FNR}`, interval: 'yearly', inviteeIds: [] }), 'title', /fødselsnummer/],
      [c.liv.post('/api/v1/cooperation/meeting-series', { title: 'Ledermøte', interval: 'yearly', inviteeIds: [id.user['veileder@buskerud.demo']] }), 'inviteeIds', /aktive ansatte/],
      [c.liv.post('/api/v1/cooperation/meeting-series', { title: 'Ledermøte', interval: 'yearly', municipalityId: id.org['Drammen kommune'], inviteeIds: [] }), 'municipalityId', /betjener/],
      [c.lars.post('/api/v1/cooperation/meeting-series', { title: 'Ledermøte', interval: 'yearly', municipalityId: id.org['Voss herad'], inviteeIds: [] }), 'municipalityId', /betjener/],
      [c.liv.post('/api/v1/cooperation/meeting-series', { title: 'Ledermøte', interval: 'weekly', inviteeIds: [] }), 'interval', /Ugyldig valg/],
    ];
    for (const [request, path, message] of cases) {
      const res = await request;
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.fields[0].path, JSON.stringify(res.body)).toBe(path);
      expect(res.body.fields[0].message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
    expect((await db().select().from(meetings).where(eq(meetings.id, meetingId)))[0]!.version).toBe(m.version);
  });

  it("an action shows on its owner's task list and the leads' start list, marked overdue once its due date has passed; the owner closes it", async () => {
    const created = await c.vilde.post(`/api/v1/cooperation/meetings/${meetingId}/actions`, {
      title: 'Lag felles mal for forvarsel', ownerId: id.user['radgiver@bergen.demo'], dueDate: today,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    actionId = created.body.id;
    expect(created.body).toMatchObject({ status: 'open', overdue: false, owner: { name: 'Ragnhild Rådgiver' }, source: { kind: 'meeting', id: meetingId, title: 'Frokostmøte Bergen' } });
    expect((await c.ragnhild.get('/api/v1/cooperation/actions')).body.items.map((a: any) => a.id)).toEqual([actionId]);
    // Not the writer's own task, and nobody else's.
    expect((await c.vilde.get('/api/v1/cooperation/actions')).body.items).toEqual([]);
    expect((await c.dina.get('/api/v1/cooperation/actions')).body.items).toEqual([]);
    for (const lead of ['liv', 'lars'] as const) {
      expect((await c[lead].get('/api/v1/cooperation/actions?view=lead')).body.items.map((a: any) => a.id), lead).toEqual([actionId]);
    }
    expect((await c.ragnhild.get('/api/v1/cooperation/actions?view=lead')).status).toBe(403);

    // The due date passes (set in the database: the API refuses a due date in the past).
    await db().update(cooperationActions).set({ dueDate: addDays(today, -2) }).where(eq(cooperationActions.id, actionId));
    const mine = (await c.ragnhild.get('/api/v1/cooperation/actions')).body.items;
    expect(mine[0]).toMatchObject({ id: actionId, overdue: true, dueDate: addDays(today, -2) });
    expect((await c.liv.get('/api/v1/cooperation/actions?view=lead')).body.items[0].overdue).toBe(true);
    expect((await c.liv.get(`/api/v1/cooperation/meeting-series/${seriesId}`)).body).toMatchObject({ openActions: 1, overdueActions: 1 });

    const v = mine[0].version;
    const closed = await c.ragnhild.patch(`/api/v1/cooperation/actions/${actionId}`, { status: 'done', version: v });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'done', overdue: false });
    expect(closed.body.doneAt).not.toBeNull();
    expect((await c.ragnhild.patch(`/api/v1/cooperation/actions/${actionId}`, { status: 'open', version: v })).status).toBe(409);
    expect((await c.ragnhild.get('/api/v1/cooperation/actions')).body.items).toEqual([]);
    expect((await c.liv.get('/api/v1/cooperation/actions?view=lead')).body.items).toEqual([]);
    expect((await events('action.updated')).find((e) => (e.data as any).actionId === actionId)).toMatchObject({
      actorUserId: id.user['radgiver@bergen.demo'], data: { changedFields: ['status'], status: 'done', sourceKind: 'meeting', sourceId: meetingId },
    });
    // Another organisation's action is 404.
    expect((await c.dina.patch(`/api/v1/cooperation/actions/${actionId}`, { status: 'open', version: closed.body.version })).status).toBe(404);
  });

  it("a gathering's follow-up point is an action: on its owner's task list and the leads' start lists, overdue marked, linked to the gathering", async () => {
    const gathering = async (municipalityId: string) => {
      const g = await c.liv.post('/api/v1/gatherings', {
        title: `Samling ${municipalityId.slice(0, 4)}`, startsOn: addDays(today, 30), endsOn: addDays(today, 30), place: 'Bergen',
        registrationClosesOn: addDays(today, 20), capacityPerMunicipality: 5, programme: [], municipalities: [{ municipalityId, planningGroup: false }],
      });
      expect(g.status, JSON.stringify(g.body)).toBe(201);
      expect((await c.liv.post(`/api/v1/gatherings/${g.body.id}/notices`, { kind: 'invitation' })).status).toBe(200);
      return g.body as { id: string; title: string };
    };
    const gatheringsOnly = (items: any[]) => items.filter((a) => a.source.kind === 'gathering');
    const bergen = await gathering(id.org['Bergen kommune']!);
    expect((await c.ragnhild.post(`/api/v1/gatherings/${bergen.id}/registrations`, { userId: id.user['radgiver@bergen.demo'] })).status).toBe(201);
    const point = await c.liv.post(`/api/v1/gatherings/${bergen.id}/follow-ups`, { text: 'Dele rutinen for forvarsel', source: 'input', ownerId: id.user['radgiver@bergen.demo'], dueOn: today });
    expect(point.status, JSON.stringify(point.body)).toBe(201);
    // A gathering Bergen is not invited to: its point is not Bergen's lead's business.
    const voss = await gathering(id.org['Voss herad']!);
    const vossPoint = await c.liv.post(`/api/v1/gatherings/${voss.id}/follow-ups`, { text: 'Kontakt Voss', source: 'question', ownerId: id.user['leder@vestland.demo'], dueOn: addDays(today, 5) });
    expect(vossPoint.status, JSON.stringify(vossPoint.body)).toBe(201);

    const [row] = await db().select().from(cooperationActions).where(eq(cooperationActions.id, point.body.id));
    expect(row).toMatchObject({ sourceKind: 'gathering', sourceId: bergen.id, careerCentreId: id.org['Karriere Vestland'], municipalityId: null, gatheringSource: 'input' });
    const mine = gatheringsOnly((await c.ragnhild.get('/api/v1/cooperation/actions')).body.items);
    expect(mine).toEqual([expect.objectContaining({
      id: point.body.id, title: 'Dele rutinen for forvarsel', overdue: false, canRemove: false,
      source: { kind: 'gathering', id: bergen.id, title: bergen.title, startsAt: expect.stringContaining(addDays(today, 30)) },
    })]);
    expect(gatheringsOnly((await c.liv.get('/api/v1/cooperation/actions?view=lead')).body.items).map((a) => a.id)).toEqual([point.body.id, vossPoint.body.id]);
    expect(gatheringsOnly((await c.lars.get('/api/v1/cooperation/actions?view=lead')).body.items).map((a) => a.id)).toEqual([point.body.id]);
    expect(gatheringsOnly((await c.vilde.get('/api/v1/cooperation/actions')).body.items)).toEqual([]);
    expect(gatheringsOnly((await c.dina.get('/api/v1/cooperation/actions')).body.items)).toEqual([]);
    expect(gatheringsOnly((await c.berit.get('/api/v1/cooperation/actions')).body.items)).toEqual([]);

    // The due date passes (set in the database, as time passing would).
    await db().update(cooperationActions).set({ dueDate: addDays(today, -1) }).where(eq(cooperationActions.id, point.body.id));
    expect(gatheringsOnly((await c.ragnhild.get('/api/v1/cooperation/actions')).body.items)[0]).toMatchObject({ overdue: true });
    expect(gatheringsOnly((await c.liv.get('/api/v1/cooperation/actions?view=lead')).body.items)[0]).toMatchObject({ id: point.body.id, overdue: true, canRemove: true });
    expect(gatheringsOnly((await c.lars.get('/api/v1/cooperation/actions?view=lead')).body.items)[0]).toMatchObject({ overdue: true, canRemove: false });
    expect((await c.liv.get(`/api/v1/gatherings/${bergen.id}`)).body.followUps[0]).toMatchObject({ id: point.body.id, overdue: true, source: 'input' });

    // The owner reports it done from the task list; the wording, owner and date stay the coordinator's.
    const version = mine[0].version;
    expect((await c.ragnhild.patch(`/api/v1/cooperation/actions/${point.body.id}`, { title: 'Annet', version })).status).toBe(403);
    expect((await c.vilde.patch(`/api/v1/cooperation/actions/${point.body.id}`, { status: 'done', version })).status).toBe(404);
    expect((await c.dina.patch(`/api/v1/cooperation/actions/${point.body.id}`, { status: 'done', version })).status).toBe(404);
    const done = await c.ragnhild.patch(`/api/v1/cooperation/actions/${point.body.id}`, { status: 'done', version });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', overdue: false, source: { kind: 'gathering', id: bergen.id } });
    expect(gatheringsOnly((await c.ragnhild.get('/api/v1/cooperation/actions')).body.items)).toEqual([]);
    expect(gatheringsOnly((await c.lars.get('/api/v1/cooperation/actions?view=lead')).body.items)).toEqual([]);
    expect((await c.liv.get(`/api/v1/gatherings/${bergen.id}`)).body.followUps[0]).toMatchObject({ status: 'done' });
    // Removed by the coordinator through the actions route: gone from the gathering too.
    expect((await c.liv.post(`/api/v1/cooperation/actions/${vossPoint.body.id}/remove`, { version: vossPoint.body.version })).status).toBe(204);
    expect((await c.liv.get(`/api/v1/gatherings/${voss.id}`)).body.followUps).toEqual([]);
  });

  it('the iCal entry holds the time and the parties, no invitee, agenda or minutes', async () => {
    const res = await c.vilde.get(`/api/v1/cooperation/meetings/${meetingId}/ical`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = String(res.body);
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain(`UID:meeting-${meetingId}@veivalg`);
    expect(text).toContain('SUMMARY:Samarbeidsmøte: Frokostmøte Bergen');
    expect(text.replace(/\r\n /g, '')).toContain('Karriere Vestland og Bergen kommune');
    for (const secret of ['Ragnhild', 'Vilde', 'Rutiner for bestilling', 'felles mal', '@']) expect(text.replace(/@veivalg/g, '')).not.toContain(secret);
  });

  it('deleting an action or a meeting is soft, by a lead (or the action\'s writer), and shows in the audit trail', async () => {
    const other = await c.ragnhild.post(`/api/v1/cooperation/meetings/${meetingId}/actions`, { title: 'Del rutinen', ownerId: id.user['veileder@vestland.demo'], dueDate: addDays(today, 14) });
    expect(other.status).toBe(201);
    // Vilde sees it but neither wrote it nor leads: 403. Ragnhild wrote it and removes it.
    expect((await c.vilde.post(`/api/v1/cooperation/actions/${other.body.id}/remove`, { version: other.body.version })).status).toBe(403);
    expect((await c.ragnhild.post(`/api/v1/cooperation/actions/${other.body.id}/remove`, { version: other.body.version + 1 })).status).toBe(409);
    expect((await c.ragnhild.post(`/api/v1/cooperation/actions/${other.body.id}/remove`, { version: other.body.version })).status).toBe(204);
    expect((await db().select().from(cooperationActions).where(eq(cooperationActions.id, other.body.id)))[0]!.removedAt).not.toBeNull();
    expect((await events('action.removed')).map((e) => (e.data as any).actionId)).toContain(other.body.id);
    expect((await c.vilde.get('/api/v1/cooperation/actions')).body.items).toEqual([]);

    const m = (await c.lars.get(`/api/v1/cooperation/meetings/${meetingId}`)).body;
    expect((await c.dina.post(`/api/v1/cooperation/meetings/${meetingId}/remove`, { version: m.version })).status).toBe(404);
    expect((await c.lars.post(`/api/v1/cooperation/meetings/${meetingId}/remove`, { version: m.version - 1 })).status).toBe(409);
    expect((await c.lars.post(`/api/v1/cooperation/meetings/${meetingId}/remove`, { version: m.version })).status).toBe(204);
    const row = (await db().select().from(meetings).where(eq(meetings.id, meetingId)))[0]!;
    expect(row.removedAt).not.toBeNull();
    expect(row.removedBy).toBe(id.user['leder@bergen.demo']);
    expect((await events('meeting.removed')).find((e) => (e.data as any).meetingId === meetingId)?.actorUserId).toBe(id.user['leder@bergen.demo']);
    expect((await c.liv.get(`/api/v1/cooperation/meetings/${meetingId}`)).status).toBe(404);
    expect((await c.liv.get(`/api/v1/cooperation/meeting-series/${seriesId}`)).body.meetings).toEqual([]);
  });

  it('a series for all the centre\'s municipalities is seen by every municipality lead it serves, and its invitees', async () => {
    const all = await c.liv.post('/api/v1/cooperation/meeting-series', {
      title: 'Ledermøte', interval: 'yearly', municipalityId: null, inviteeIds: [id.user['radgiver@voss.demo']],
    });
    expect(all.status, JSON.stringify(all.body)).toBe(201);
    expect(all.body.municipality).toBeNull();
    expect((await c.lars.get(`/api/v1/cooperation/meeting-series/${all.body.id}`)).body.canManage).toBe(true);
    expect((await c.vegard.get(`/api/v1/cooperation/meeting-series/${all.body.id}`)).body.canManage).toBe(false);
    expect((await c.ragnhild.get(`/api/v1/cooperation/meeting-series/${all.body.id}`)).status).toBe(404);
    expect((await c.dina.get(`/api/v1/cooperation/meeting-series/${all.body.id}`)).status).toBe(404);
    // A municipality lead may not start one for all municipalities: theirs is always their own.
    const lars = await c.lars.post('/api/v1/cooperation/meeting-series', { title: 'Statusmøte', interval: 'quarterly', inviteeIds: [id.user['veileder@vestland.demo']] });
    expect(lars.status, JSON.stringify(lars.body)).toBe(201);
    expect(lars.body).toMatchObject({ municipality: { name: 'Bergen kommune' }, careerCentre: { name: 'Karriere Vestland' } });
    // Leads change invitees; a stale version is refused.
    const patched = await c.liv.patch(`/api/v1/cooperation/meeting-series/${all.body.id}`, { inviteeIds: [id.user['radgiver@bergen.demo']], version: all.body.version });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.invitees.map((p: any) => p.name)).toEqual(['Ragnhild Rådgiver']);
    expect((await c.liv.patch(`/api/v1/cooperation/meeting-series/${all.body.id}`, { title: 'X', version: all.body.version })).status).toBe(409);
    expect((await c.vegard.get(`/api/v1/cooperation/meeting-series/${all.body.id}`)).status).toBe(404);
    expect((await c.ragnhild.patch(`/api/v1/cooperation/meeting-series/${all.body.id}`, { title: 'X', version: patched.body.version })).status).toBe(403);
    // Counsellors and advisers do not start series.
    expect((await c.vilde.post('/api/v1/cooperation/meeting-series', { title: 'X', interval: 'none', inviteeIds: [] })).status).toBe(403);
  });

  it('comparing practice: the centre lead sees each municipality suppressed and its own total exact; a municipality lead its own row exact', async () => {
    const since = osloStartOfDay(addDays(today, -PRACTICE_PERIOD_DAYS));
    const ordersOf = async (municipalityId: string) => (await db().select({ n: count() }).from(guidanceOrders).where(and(
      eq(guidanceOrders.municipalityId, municipalityId), ne(guidanceOrders.status, 'draft'), gte(guidanceOrders.createdAt, since),
    )))[0]!.n;
    const centre = await c.liv.get('/api/v1/cooperation/practice');
    expect(centre.status, JSON.stringify(centre.body)).toBe(200);
    expect(centre.body.rows.map((r: any) => r.municipality.name)).toEqual(['Bergen kommune', 'Voss herad']);
    const bergenOrders = await ordersOf(id.org['Bergen kommune']!);
    const bergen = centre.body.rows[0];
    expect(bergen.exact).toBe(false);
    expect(bergen.figures.orders).toBe(bergenOrders > 0 && bergenOrders < 5 ? 'under-5' : bergenOrders);
    expect(centre.body.total).toMatchObject({ careerCentre: { name: 'Karriere Vestland' }, exact: true });
    expect(centre.body.total.figures.orders).toBe(bergenOrders + await ordersOf(id.org['Voss herad']!));
    // Lars's own series planned no meeting; the removed meeting no longer counts.
    expect(bergen.figures.lastMeetingOn).toBeNull();

    const own = await c.lars.get('/api/v1/cooperation/practice');
    expect(own.status).toBe(200);
    expect(own.body.rows).toHaveLength(1);
    expect(own.body.rows[0]).toMatchObject({ municipality: { name: 'Bergen kommune' }, exact: true, figures: { orders: bergenOrders } });
    expect(own.body.total.exact).toBe(false);
    for (const who of ['ragnhild', 'vilde'] as const) expect((await c[who].get('/api/v1/cooperation/practice')).status, who).toBe(403);
    // A meeting held yesterday shows as the last meeting date.
    const s = (await c.lars.get('/api/v1/cooperation/meeting-series')).body.items.find((x: any) => x.title === 'Statusmøte');
    expect((await c.lars.post(`/api/v1/cooperation/meeting-series/${s.id}/meetings`, { startsAt: osloAt(-1, '10:00'), durationMinutes: 60 })).status).toBe(201);
    expect((await c.lars.get('/api/v1/cooperation/practice')).body.rows[0].figures.lastMeetingOn).toBe(addDays(today, -1));
  });
});

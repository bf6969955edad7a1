import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import type { ApiClient } from '../../test/client.ts';
import {
  cooperationActions, gatheringRegistrations, gatherings, gatheringSurveyAnswers, notifications, organisations, outboxMessages, users,
} from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';

const today = todayInOslo();
const programme = [
  { id: 'ukraina', kind: 'talk', title: 'Ukrainas historie og kultur', day: 1, speakers: [{ name: 'Olena K.', affiliation: 'other', userParticipation: true }] },
  { id: 'nav', kind: 'talk', title: 'Nav og overgangen etter programmet', day: 1, speakers: [{ name: 'Nina Nav', affiliation: 'nav', userParticipation: false }] },
  { id: 'grupper', kind: 'group-work', title: 'Gruppearbeid: case', day: 2, speakers: [] },
  { id: 'middag', kind: 'social', title: 'Middag', day: 1, speakers: [] },
];

describe.each(databaseKinds)('county gatherings on %s', (kind) => {
  let t: TestApp;
  const sent: { to: string; subject: string; text: string }[] = [];
  const org: Record<string, string> = {};
  const user: Record<string, string> = {};
  let lead: ApiClient;
  let bergen: ApiClient;
  let n = 0;

  /** More staff for a municipality, signed in with the demo password (the demo has two in Bergen, one in Voss). */
  async function staff(municipality: string, count: number) {
    const [template] = await t.database.db.select().from(users).where(eq(users.email, 'radgiver@bergen.demo'));
    const rows = await t.database.db.insert(users).values(Array.from({ length: count }, () => ({
      email: `samling${++n}@${municipality.split(' ')[0]!.toLowerCase()}.demo`, name: `Ansatt ${n}`, role: 'programme-adviser' as const,
      organisationId: org[municipality]!, passwordHash: template!.passwordHash,
    }))).returning({ id: users.id, email: users.email });
    return rows;
  }
  const plan = (extra: Record<string, unknown> = {}) => ({
    title: 'Fylkesvis samling om karriereveiledning for flyktninger', startsOn: addDays(today, 30), endsOn: addDays(today, 31),
    place: 'Scandic Bergen City', registrationClosesOn: addDays(today, 20), capacityPerMunicipality: 2, programme,
    municipalities: [{ municipalityId: org['Bergen kommune'], planningGroup: true }, { municipalityId: org['Voss herad'], planningGroup: false }],
    ...extra,
  });
  async function planned(extra: Record<string, unknown> = {}) {
    const g = await lead.post('/api/v1/gatherings', plan(extra));
    expect(g.status, JSON.stringify(g.body)).toBe(201);
    expect((await lead.post(`/api/v1/gatherings/${g.body.id}/notices`, { kind: 'invitation' })).status).toBe(200);
    return g.body as { id: string; version: number };
  }
  /** Moves a gathering's dates relative to today, as time passing would. */
  const move = (id: string, startsIn: number, endsIn: number, closesIn = startsIn) => t.database.db.update(gatherings)
    .set({ startsOn: addDays(today, startsIn), endsOn: addDays(today, endsIn), registrationClosesOn: addDays(today, closesIn) }).where(eq(gatherings.id, id));

  beforeAll(async () => {
    t = await startTestApp(kind, { mailer: { async send(to, subject, text) { sent.push({ to, subject, text }); } } });
    for (const o of await t.database.db.select().from(organisations)) org[o.name] = o.id;
    for (const u of await t.database.db.select().from(users)) user[u.email] = u.id;
    lead = await t.as('leder@vestland.demo');
    bergen = await t.as('radgiver@bergen.demo');
  });
  afterAll(async () => { await t?.close(); });

  it('the centre lead plans a gathering; municipalities see it only once invited, and the invitation is a link', async () => {
    const created = await lead.post('/api/v1/gatherings', plan());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      hasUserParticipation: true, programmeMix: { talk: 2, 'group-work': 1, discussion: 0, social: 1 }, registered: 0,
      municipalities: [{ municipality: { name: 'Bergen kommune' }, planningGroup: true, invited: false }, { municipality: { name: 'Voss herad' }, planningGroup: false, invited: false }],
    });
    const id = created.body.id;
    expect((await bergen.get(`/api/v1/gatherings/${id}`)).status).toBe(404);
    expect((await bergen.get('/api/v1/gatherings')).body.items).toEqual([]);
    expect((await (await t.as('veileder@vestland.demo')).post('/api/v1/gatherings', plan())).status).toBe(403);
    expect((await (await t.as('veileder@buskerud.demo')).get(`/api/v1/gatherings/${id}`)).status).toBe(404);

    sent.length = 0;
    const invited = await lead.post(`/api/v1/gatherings/${id}/notices`, { kind: 'invitation' });
    expect(invited.body).toEqual({ recipients: 3 }); // Bergen's adviser and lead, Voss's adviser
    expect(sent.map((m) => m.to).sort()).toEqual(['leder@bergen.demo', 'radgiver@bergen.demo', 'radgiver@voss.demo']);
    for (const m of sent) {
      expect(m.text).toContain('http://veivalg.test/varsler');
      expect(m.text).not.toContain('Fylkesvis');
      expect(m.text).not.toContain(id);
    }
    const mine = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, user['radgiver@bergen.demo']!), eq(notifications.kind, 'gathering-invitation')));
    expect(mine).toHaveLength(1);
    expect((await lead.post(`/api/v1/gatherings/${id}/notices`, { kind: 'invitation' })).body.error).toBe('gathering.nothing-to-send');
    const seen = await bergen.get(`/api/v1/gatherings/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.yourStaff.map((s: { name: string }) => s.name)).toEqual(['Lars Leder', 'Ragnhild Rådgiver']);
    expect(seen.body.followUps).toEqual([]);
    expect(seen.body.answers).toBeNull();
    expect((await (await t.as('radgiver@drammen.demo')).get(`/api/v1/gatherings/${id}`)).status).toBe(404);
  });

  it('refuses a plan with bad dates, no place, a foreign municipality or a programme day outside the dates', async () => {
    const fields = async (body: Record<string, unknown>) => {
      const res = await lead.post('/api/v1/gatherings', plan(body));
      expect(res.status).toBe(400);
      return res.body.fields.map((f: { path: string }) => f.path);
    };
    expect(await fields({ endsOn: addDays(today, 29) })).toEqual(['endsOn']);
    expect(await fields({ endsOn: addDays(today, 40) })).toEqual(['endsOn']);
    expect(await fields({ startsOn: addDays(today, -1), endsOn: today, registrationClosesOn: addDays(today, -2) })).toEqual(['startsOn']);
    expect(await fields({ registrationClosesOn: addDays(today, 31) })).toEqual(['registrationClosesOn']);
    expect(await fields({ place: null })).toEqual(['place']);
    expect(await fields({ municipalities: [{ municipalityId: org['Drammen kommune'], planningGroup: false }] })).toEqual(['municipalities.0.municipalityId']);
    expect(await fields({ programme: [{ ...programme[0], day: 3 }] })).toEqual(['programme.0.day']);
    expect(await fields({ title: 'x'.repeat(201) })).toEqual(['title']);
  });

  it('keeps each municipality under its cap, queues the rest, and moves the first waiting up on a cancellation', async () => {
    const g = await planned({ capacityPerMunicipality: 1 });
    const voss = await t.as('radgiver@voss.demo');
    const first = await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@bergen.demo'] });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.you.registration).toMatchObject({ status: 'registered', waitingPosition: null });
    const second = await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['leder@bergen.demo'] });
    expect(second.body.registrations.map((r: { person: { name: string }; status: string; waitingPosition: number | null }) => [r.person.name, r.status, r.waitingPosition]))
      .toEqual([['Ragnhild Rådgiver', 'registered', null], ['Lars Leder', 'waiting', 1]]);
    // Voss has a cap of its own, and does not see Bergen's staff.
    const vossReg = await voss.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@voss.demo'] });
    expect(vossReg.body.registrations.map((r: { person: { name: string } }) => r.person.name)).toEqual(['Vegard Rådgiver']);
    expect(JSON.stringify(vossReg.body)).not.toContain('Ragnhild');
    expect((await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@bergen.demo'] })).body.error).toBe('gathering.already-registered');
    const foreign = await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@voss.demo'] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields.map((f: { path: string }) => f.path)).toEqual(['userId']);
    expect((await lead.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@bergen.demo'] })).status).toBe(403);

    const seat = first.body.you.registration;
    expect((await bergen.post(`/api/v1/gathering-registrations/${seat.id}/cancel`, { version: seat.version + 1 })).status).toBe(409);
    expect((await voss.post(`/api/v1/gathering-registrations/${seat.id}/cancel`, { version: seat.version })).status).toBe(404);
    expect((await (await t.as('veileder@vestland.demo')).post(`/api/v1/gathering-registrations/${seat.id}/cancel`, { version: seat.version })).status).toBe(403);
    const cancelled = await bergen.post(`/api/v1/gathering-registrations/${seat.id}/cancel`, { version: seat.version });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.registrations.map((r: { person: { name: string }; status: string }) => [r.person.name, r.status])).toEqual([['Lars Leder', 'registered']]);
    const movedUp = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, user['leder@bergen.demo']!), eq(notifications.kind, 'gathering-moved-up')));
    expect(movedUp).toHaveLength(1);
    expect((await bergen.post(`/api/v1/gathering-registrations/${seat.id}/cancel`, { version: seat.version + 1 })).body.error).toBe('gathering.registration-cancelled');
    // Coming back after a cancellation is a new place at the back of the queue.
    const back = await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@bergen.demo'] });
    expect(back.body.you.registration).toMatchObject({ status: 'waiting', waitingPosition: 1 });

    // A raised cap lets the waiting move up at once.
    const current = (await lead.get(`/api/v1/gatherings/${g.id}`)).body;
    const raised = await lead.patch(`/api/v1/gatherings/${g.id}`, { capacityPerMunicipality: 2, version: current.version });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect(raised.body.registrations.filter((r: { status: string }) => r.status === 'waiting')).toEqual([]);
    expect((await lead.patch(`/api/v1/gatherings/${g.id}`, { capacityPerMunicipality: 3, version: current.version })).status).toBe(409);
    // A municipality with registrations stays on the list.
    const removing = await lead.patch(`/api/v1/gatherings/${g.id}`, { municipalities: [{ municipalityId: org['Voss herad'], planningGroup: false }], version: raised.body.version });
    expect(removing.body.fields.map((f: { path: string }) => f.path)).toEqual(['municipalities']);

    // After the closing day nobody registers.
    await move(g.id, 5, 6, -1);
    const [extra] = await staff('Bergen kommune', 1);
    expect((await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: extra!.id })).body.error).toBe('gathering.registration-closed');
  });

  it('gives the last seats to exactly as many as the cap, however many register at the same time', async () => {
    const g = await planned({ capacityPerMunicipality: 2 });
    const people = await staff('Bergen kommune', 6);
    const other = await t.as('leder@bergen.demo');
    const results = await Promise.all(people.map((p, i) => (i % 2 ? bergen : other).post(`/api/v1/gatherings/${g.id}/registrations`, { userId: p.id })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const rows = await t.database.db.select().from(gatheringRegistrations).where(eq(gatheringRegistrations.gatheringId, g.id));
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(2);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(4);
    // Two cancellations at once: exactly two move up, never over the cap.
    const seats = rows.filter((r) => r.status === 'registered');
    const cancels = await Promise.all(seats.map((s, i) => (i ? bergen : other).post(`/api/v1/gathering-registrations/${s.id}/cancel`, { version: s.version })));
    expect(cancels.map((c) => c.status)).toEqual([200, 200]);
    const after = await t.database.db.select().from(gatheringRegistrations).where(eq(gatheringRegistrations.gatheringId, g.id));
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(2);
    expect(after.filter((r) => r.status === 'waiting')).toHaveLength(2);
    // The first two in the queue moved up.
    const queue = rows.filter((r) => r.status === 'waiting').sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.seq - b.seq);
    expect(after.filter((r) => r.status === 'registered').map((r) => r.id).sort()).toEqual(queue.slice(0, 2).map((r) => r.id).sort());
  });

  it('the survey: once per registrant from the last day, stored without the person, results hidden below five', async () => {
    const g = await planned({ capacityPerMunicipality: 10 });
    const people = await staff('Bergen kommune', 5);
    for (const p of people) expect((await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: p.id })).status).toBe(201);
    const answer = { usefulness: 5, strengthenedCooperation: 5, helpfulItemIds: ['ukraina'], improve: 'Mer tid til diskusjon', followUp: 'Rutine for notat' };
    const first = await t.as(people[0]!.email);
    expect((await first.post(`/api/v1/gatherings/${g.id}/survey`, answer)).body.error).toBe('gathering.survey-not-open');
    await move(g.id, -1, 0, -2);
    expect((await lead.post(`/api/v1/gatherings/${g.id}/notices`, { kind: 'survey' })).body).toEqual({ recipients: 5 });
    const badItem = await first.post(`/api/v1/gatherings/${g.id}/survey`, { ...answer, helpfulItemIds: ['finnes-ikke'] });
    expect(badItem.body.fields.map((f: { path: string }) => f.path)).toEqual(['helpfulItemIds.0']);
    expect((await first.post(`/api/v1/gatherings/${g.id}/survey`, { ...answer, usefulness: 6 })).body.fields.map((f: { path: string }) => f.path)).toEqual(['usefulness']);
    expect((await first.post(`/api/v1/gatherings/${g.id}/survey`, { ...answer, improve: 'x'.repeat(2001) })).body.fields.map((f: { path: string }) => f.path)).toEqual(['improve']);
    // Two answers sent at once by the same person count once.
    const twice = await Promise.all([first.post(`/api/v1/gatherings/${g.id}/survey`, answer), first.post(`/api/v1/gatherings/${g.id}/survey`, answer)]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await bergen.post(`/api/v1/gatherings/${g.id}/survey`, answer)).status).toBe(403); // not registered

    for (const p of people.slice(1, 4)) {
      expect((await (await t.as(p.email)).post(`/api/v1/gatherings/${g.id}/survey`, { ...answer, usefulness: 4, strengthenedCooperation: 3, helpfulItemIds: ['nav', 'ukraina'], improve: `Innspill fra ${p.email}` })).status).toBe(201);
    }
    const hidden = await lead.get(`/api/v1/gatherings/${g.id}/results`);
    expect(hidden.body).toMatchObject({ answers: 4, registered: 5, minimum: 5, improve: null, followUp: null, usefulness: { hidden: true, topTwoShare: null } });
    expect(hidden.body.helpfulItems.every((i: { count: number | null }) => i.count === null)).toBe(true);
    expect((await bergen.get(`/api/v1/gatherings/${g.id}/results`)).status).toBe(403);

    expect((await (await t.as(people[4]!.email)).post(`/api/v1/gatherings/${g.id}/survey`, { ...answer, usefulness: 2, strengthenedCooperation: 4, helpfulItemIds: [] })).status).toBe(201);
    const shown = (await lead.get(`/api/v1/gatherings/${g.id}/results`)).body;
    expect(shown.answers).toBe(5);
    expect(shown.usefulness).toMatchObject({ hidden: false, topTwoShare: 80, topShare: 20 });
    expect(shown.usefulness.steps.map((s: { count: number }) => s.count)).toEqual([0, 1, 0, 3, 1]);
    expect(shown.strengthenedCooperation).toMatchObject({ topTwoShare: 40, topShare: 20 });
    expect(shown.helpfulItems.find((i: { itemId: string }) => i.itemId === 'ukraina')).toMatchObject({ title: 'Ukrainas historie og kultur', count: 4, share: 80 });
    expect(shown.improve[0]).toMatch(/^Innspill fra/);
    expect(shown.improve).toContain('Mer tid til diskusjon');
    // No person, registration or time is stored with an answer.
    expect(Object.keys(getTableConfig(gatheringSurveyAnswers).columns)).not.toEqual(expect.arrayContaining(['userId']));
    expect(getTableConfig(gatheringSurveyAnswers).columns.map((c) => c.name).sort()).toEqual(['follow_up', 'gathering_id', 'helpful_item_ids', 'id', 'improve', 'strengthened_cooperation', 'usefulness']);
    expect(JSON.stringify(shown)).not.toContain('Ansatt');
  });

  it('follow-up points with owner and due date, tracked to done, and one follow-up letter to everyone registered', async () => {
    const g = await planned();
    const reg = await bergen.post(`/api/v1/gatherings/${g.id}/registrations`, { userId: user['radgiver@bergen.demo'] });
    expect(reg.status).toBe(201);
    const point = await lead.post(`/api/v1/gatherings/${g.id}/follow-ups`, { text: 'Oppdatere rutinen for notatet', source: 'question', ownerId: user['veileder@vestland.demo'], dueOn: addDays(today, 60) });
    expect(point.status, JSON.stringify(point.body)).toBe(201);
    expect(point.body).toMatchObject({ owner: { name: 'Vilde Veileder' }, status: 'open', overdue: false });
    const byRegistrant = await lead.post(`/api/v1/gatherings/${g.id}/follow-ups`, { text: 'Dele erfaringer fra Bergen', source: 'input', ownerId: user['radgiver@bergen.demo'], dueOn: addDays(today, 40) });
    expect(byRegistrant.status).toBe(201);
    const bad = await lead.post(`/api/v1/gatherings/${g.id}/follow-ups`, { text: 'Nei', source: 'input', ownerId: user['radgiver@drammen.demo'], dueOn: today });
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['ownerId']);
    expect((await bergen.post(`/api/v1/gatherings/${g.id}/follow-ups`, { text: 'Nei', source: 'input', ownerId: user['radgiver@bergen.demo'], dueOn: today })).status).toBe(403);
    expect((await bergen.patch(`/api/v1/gathering-follow-ups/${point.body.id}`, { status: 'done', version: 1 })).status).toBe(404);
    const done = await lead.patch(`/api/v1/gathering-follow-ups/${point.body.id}`, { status: 'done', version: 1 });
    expect(done.body).toMatchObject({ status: 'done', version: 2 });
    expect((await lead.patch(`/api/v1/gathering-follow-ups/${point.body.id}`, { status: 'open', version: 1 })).status).toBe(409);

    // The points are cooperation actions (issue 14 item 3): the registrant owns one and finds it on the task page,
    // the coordinator and Bergen's lead (invited) on their start pages, marked once overdue, linked to the gathering.
    const ofThis = (items: { id: string; source: { kind: string; id: string } }[]) => items.filter((a) => a.source.kind === 'gathering' && a.source.id === g.id);
    expect(ofThis((await bergen.get('/api/v1/cooperation/actions')).body.items)).toEqual([
      expect.objectContaining({ id: byRegistrant.body.id, title: 'Dele erfaringer fra Bergen', overdue: false, source: expect.objectContaining({ kind: 'gathering', id: g.id }) }),
    ]);
    await t.database.db.update(cooperationActions).set({ dueDate: addDays(today, -3) }).where(eq(cooperationActions.id, byRegistrant.body.id));
    expect(ofThis((await bergen.get('/api/v1/cooperation/actions')).body.items)[0]).toMatchObject({ overdue: true, dueDate: addDays(today, -3) });
    expect(ofThis((await lead.get('/api/v1/cooperation/actions?view=lead')).body.items)).toEqual([expect.objectContaining({ id: byRegistrant.body.id, overdue: true })]);
    expect(ofThis((await (await t.as('leder@bergen.demo')).get('/api/v1/cooperation/actions?view=lead')).body.items).map((a) => a.id)).toEqual([byRegistrant.body.id]);
    expect(ofThis((await (await t.as('veileder@buskerud.demo')).get('/api/v1/cooperation/actions')).body.items)).toEqual([]);

    const current = (await lead.get(`/api/v1/gatherings/${g.id}`)).body;
    expect(current.followUps.map((f: { text: string }) => f.text)).toEqual(['Dele erfaringer fra Bergen', 'Oppdatere rutinen for notatet']);
    expect(current.followUps[0]).toMatchObject({ overdue: true, source: 'input', dueOn: addDays(today, -3) });
    // A national identity number is refused in a point shared with every municipality invited.
    const withId = await lead.post(`/api/v1/gatherings/${g.id}/follow-ups`, { text: 'Ring 15039010043', source: 'input', ownerId: user['veileder@vestland.demo'], dueOn: today });
    expect(withId.body.fields.map((f: { path: string }) => f.path)).toEqual(['text']);
    expect((await lead.post(`/api/v1/gatherings/${g.id}/letter`, { text: 'Takk for sist', version: current.version })).body.error).toBe('gathering.not-held');
    await move(g.id, 0, 1, -1);
    sent.length = 0;
    const letter = await lead.post(`/api/v1/gatherings/${g.id}/letter`, { text: 'Takk for sist. Dette følger vi opp: …', version: current.version });
    expect(letter.status, JSON.stringify(letter.body)).toBe(200);
    expect(sent.map((m) => m.to)).toEqual(['radgiver@bergen.demo']);
    expect(sent[0]!.text).not.toContain('Takk');
    expect((await bergen.get(`/api/v1/gatherings/${g.id}`)).body.letter).toMatchObject({ text: 'Takk for sist. Dette følger vi opp: …' });
    expect((await lead.post(`/api/v1/gatherings/${g.id}/letter`, { text: 'Igjen', version: letter.body.version })).body.error).toBe('gathering.letter-sent');
    const outbox = await t.database.db.select().from(outboxMessages).where(inArray(outboxMessages.kind, ['gathering-notice']));
    expect(outbox.length).toBeGreaterThan(0);
  });
});

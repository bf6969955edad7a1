import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { osloAt, participantWithOrder } from '../../test/fixtures.ts';
import { guidanceSessions } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';

const inPerson = (startsAt: string, extra: Record<string, unknown> = {}) => ({
  kind: 'individual', mode: 'in-person', place: 'Bergen kommune, Kaigaten 4', startsAt, durationMinutes: 90, ...extra,
});

describe.each(databaseKinds)('guidance sessions on %s', (kind) => {
  let t: TestApp;
  let userIds: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const users = (await (await t.as('admin@veivalg.demo')).get('/api/v1/admin/users')).body.items as { id: string; email: string }[];
    userIds = Object.fromEntries(users.map((u) => [u.email, u.id]));
  });
  afterAll(async () => { await t?.close(); });

  it('books a session for an accepted order, which schedules the order', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const counsellor = await t.as('veileder@vestland.demo');
    const before = (await counsellor.get(`/api/v1/orders/${orderId}`)).body;
    const res = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(20, '10:00'), {
      secondCounsellorId: userIds['veileder2@vestland.demo'], adviserRole: 'observer', plannedIntervalDays: 7,
      meetingUrl: 'https://teams.example/ignored',
      interpreter: { language: 'ar', dialect: 'levantinsk', mode: 'on-site', status: 'booked', service: 'Tolketjenesten Vest', reference: 'TV-1001' },
    }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      orderId, participant: { id: participantId }, kind: 'individual', mode: 'in-person', place: 'Bergen kommune, Kaigaten 4',
      meetingUrl: null, durationMinutes: 90, leadCounsellor: { name: 'Vilde Veileder' }, secondCounsellor: { name: 'Viktor Veileder' },
      adviserRole: 'observer', plannedIntervalDays: 7, outcome: null, version: 1,
      interpreter: { language: 'ar', dialect: 'levantinsk', mode: 'on-site', status: 'booked', reference: 'TV-1001', briefingTermIds: [] },
    });
    expect(res.body.reference).toMatch(/^VV-[A-Z2-9]{4}$/);
    expect(new Date(res.body.endsAt).getTime() - new Date(res.body.startsAt).getTime()).toBe(90 * 60_000);

    const order = (await counsellor.get(`/api/v1/orders/${orderId}`)).body;
    expect(order).toMatchObject({ status: 'scheduled', version: before.version + 1 });
    expect(order.history.at(-1)).toMatchObject({ from: 'accepted', to: 'scheduled', by: { name: 'Vilde Veileder' } });

    // A second session keeps the order scheduled; the municipality sees both.
    const second = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(27, '10:00'), { kind: 'three-party', threePartyWith: 'nav' }));
    expect(second.status).toBe(201);
    expect((await counsellor.get(`/api/v1/orders/${orderId}`)).body.version).toBe(order.version);
    const list = (await (await t.as('radgiver@bergen.demo')).get(`/api/v1/orders/${orderId}/sessions`)).body.items;
    expect(list.map((s: { kind: string }) => s.kind)).toEqual(['individual', 'three-party']);
  });

  it('books only for accepted or scheduled orders, only from the centre, and checks the mode\'s fields', async () => {
    const sent = await participantWithOrder(t, 'bergen', 'sent');
    const counsellor = await t.as('veileder@vestland.demo');
    const notOpen = await counsellor.post(`/api/v1/orders/${sent.orderId}/sessions`, inPerson(osloAt(20, '14:00')));
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.error).toBe('session.order-not-open');

    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    expect((await (await t.as('radgiver@bergen.demo')).post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(20, '14:00')))).status).toBe(403);
    const digital = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, { kind: 'individual', mode: 'digital', startsAt: osloAt(20, '14:00'), durationMinutes: 60 });
    expect(digital.status).toBe(400);
    expect(digital.body.fields).toEqual([{ path: 'meetingUrl', message: 'Oppgi sted, møtelenke eller telefonnummer for valgt møteform.' }]);
    const http = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, { kind: 'individual', mode: 'digital', meetingUrl: 'http://teams.example/x', startsAt: osloAt(20, '14:00'), durationMinutes: 60 });
    expect(http.body.fields.map((f: { path: string }) => f.path)).toEqual(['meetingUrl']);
    const threeParty = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(20, '14:00'), { kind: 'three-party' }));
    expect(threeParty.body.fields.map((f: { path: string }) => f.path)).toEqual(['threePartyWith']);
    const sameTwice = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(20, '14:00'), { secondCounsellorId: userIds['veileder@vestland.demo'] }));
    expect(sameTwice.body.fields.map((f: { path: string }) => f.path)).toEqual(['secondCounsellorId']);
    const foreign = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(20, '14:00'), { leadCounsellorId: userIds['veileder@buskerud.demo'] }));
    expect(foreign.body.fields.map((f: { path: string }) => f.path)).toEqual(['leadCounsellorId']);
    const phone = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, { kind: 'individual', mode: 'phone', phone: '+47 55 00 00 00', startsAt: osloAt(20, '14:00'), durationMinutes: 60 });
    expect(phone.status).toBe(201);
    expect(phone.body).toMatchObject({ mode: 'phone', phone: '+47 55 00 00 00', place: null });
  });

  it('refuses to double-book a counsellor, as lead or as second counsellor, naming only the time', async () => {
    const a = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Førstebooket' });
    const b = await participantWithOrder(t, 'bergen', 'accepted');
    const counsellor = await t.as('veileder@vestland.demo');
    const first = await counsellor.post(`/api/v1/orders/${a.orderId}/sessions`, inPerson(osloAt(40, '10:00')));
    expect(first.status).toBe(201);

    const clash = await counsellor.post(`/api/v1/orders/${b.orderId}/sessions`, inPerson(osloAt(40, '11:00')));
    expect(clash.status).toBe(409);
    expect(clash.body.error).toBe('session.counsellor-busy');
    expect(clash.body.message).toBe(`Veilederen er allerede booket ${addDays(todayInOslo(), 40)} 10:00–11:30. Velg et annet tidspunkt eller en annen veileder.`);
    expect(clash.body.fields).toEqual([{ path: 'leadCounsellorId', message: 'Veilederen er opptatt på dette tidspunktet.' }]);
    expect(JSON.stringify(clash.body)).not.toContain('Førstebooket');

    const asSecond = await counsellor.post(`/api/v1/orders/${b.orderId}/sessions`, inPerson(osloAt(40, '09:00'), {
      leadCounsellorId: userIds['veileder2@vestland.demo'], secondCounsellorId: userIds['veileder@vestland.demo'],
    }));
    expect(asSecond.status).toBe(409);
    expect(asSecond.body.fields).toEqual([{ path: 'secondCounsellorId', message: 'Veilederen er opptatt på dette tidspunktet.' }]);

    // Back to back is fine; and a cancelled session frees its time.
    expect((await counsellor.post(`/api/v1/orders/${b.orderId}/sessions`, inPerson(osloAt(40, '11:30')))).status).toBe(201);
    const cancelled = await counsellor.post(`/api/v1/sessions/${first.body.id}/outcome`, { outcome: 'cancelled', reason: 'Deltakeren er syk', version: first.body.version });
    expect(cancelled.status).toBe(200);
    expect((await counsellor.post(`/api/v1/orders/${b.orderId}/sessions`, inPerson(osloAt(40, '10:00'), { durationMinutes: 60 }))).status).toBe(201);
    // Nothing was stored by the refused bookings.
    const rows = await t.database.db.select().from(guidanceSessions).where(eq(guidanceSessions.orderId, b.orderId));
    expect(rows).toHaveLength(2);
  });

  it('refuses to double-book an interpreter by reference, across career centres, unless none is available', async () => {
    const bergen = await participantWithOrder(t, 'bergen', 'accepted');
    const drammen = await participantWithOrder(t, 'drammen', 'accepted');
    const vestland = await t.as('veileder@vestland.demo');
    const buskerud = await t.as('veileder@buskerud.demo');
    const interpreter = { language: 'ar', mode: 'video', status: 'confirmed', reference: 'TOLK-77' };
    const first = await vestland.post(`/api/v1/orders/${bergen.orderId}/sessions`, inPerson(osloAt(50, '12:00'), { interpreter }));
    expect(first.status).toBe(201);
    const clash = await buskerud.post(`/api/v1/orders/${drammen.orderId}/sessions`, { ...inPerson(osloAt(50, '13:00')), interpreter: { ...interpreter, reference: ' tolk-77 ' } });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toBe('session.interpreter-busy');
    expect(clash.body.message).toContain(`${addDays(todayInOslo(), 50)} 12:00–13:30`);
    expect(clash.body.fields).toEqual([{ path: 'interpreter.reference', message: 'Tolken er opptatt på dette tidspunktet.' }]);
    const none = await buskerud.post(`/api/v1/orders/${drammen.orderId}/sessions`, { ...inPerson(osloAt(50, '13:00')), interpreter: { ...interpreter, status: 'none-available' } });
    expect(none.status).toBe(201);
    // Moving the first session away frees the interpreter; the session is not checked against itself.
    const moved = await vestland.patch(`/api/v1/sessions/${first.body.id}`, { startsAt: osloAt(50, '08:00'), version: first.body.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.version).toBe(2);
    const again = await vestland.patch(`/api/v1/sessions/${first.body.id}`, { durationMinutes: 60, version: moved.body.version });
    expect(again.status).toBe(200);
    expect((await buskerud.patch(`/api/v1/sessions/${none.body.id}`, { interpreter, version: none.body.version })).status).toBe(200);
  });

  it('records the outcome once: held marks the guidance as held; broken off and cancelled need a reason', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const counsellor = await t.as('veileder@vestland.demo');
    const future = (await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(10, '10:00')))).body;
    const notYet = await counsellor.post(`/api/v1/sessions/${future.id}/outcome`, { outcome: 'held', version: future.version });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error).toBe('session.not-started');

    const past = (await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(-2, '10:00'), {
      interpreter: { language: 'ar', mode: 'phone', status: 'confirmed' },
    }))).body;
    const noReason = await counsellor.post(`/api/v1/sessions/${past.id}/outcome`, { outcome: 'broken-off', reason: ' ', version: past.version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields).toEqual([{ path: 'reason', message: 'Du må oppgi en begrunnelse.' }]);
    const stale = await counsellor.post(`/api/v1/sessions/${past.id}/outcome`, { outcome: 'held', version: past.version + 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');

    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.get(`/api/v1/participants/${participantId}`)).body;
    expect(p.deadlines.status).not.toBe('met');
    const held = await counsellor.post(`/api/v1/sessions/${past.id}/outcome`, {
      outcome: 'held', minutesUsed: 80, interpreterTookPart: true, interpreterQualityProblem: 'Tolken manglet ord for fagbrev', version: past.version,
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body.outcome).toMatchObject({
      outcome: 'held', minutesUsed: 80, interpreterTookPart: true, interpreterQualityProblem: 'Tolken manglet ord for fagbrev', recordedBy: { name: 'Vilde Veileder' },
    });
    const after = (await adviser.get(`/api/v1/participants/${participantId}`)).body;
    expect(after.deadlines.status).toBe('met');
    expect(after.version).toBe(p.version + 1);

    expect((await counsellor.post(`/api/v1/sessions/${past.id}/outcome`, { outcome: 'no-show', version: held.body.version })).body.error).toBe('session.closed');
    expect((await counsellor.patch(`/api/v1/sessions/${past.id}`, { durationMinutes: 60, version: held.body.version })).body.error).toBe('session.closed');
    // The order itself is completed by the centre as before; completing it keeps the earlier held day.
    const order = (await counsellor.get(`/api/v1/orders/${orderId}`)).body;
    expect((await counsellor.post(`/api/v1/orders/${orderId}/transitions`, { to: 'completed', version: order.version })).status).toBe(200);
    expect((await adviser.get(`/api/v1/participants/${participantId}`)).body.version).toBe(after.version);
  });

  it('another municipality and another centre get 404 on sessions', async () => {
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const session = (await (await t.as('veileder@vestland.demo')).post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(60, '10:00')))).body;
    for (const email of ['radgiver@drammen.demo', 'veileder@buskerud.demo', 'admin@veivalg.demo']) {
      const c = await t.as(email);
      expect((await c.get(`/api/v1/sessions/${session.id}`)).status).toBe(404);
      expect((await c.get(`/api/v1/orders/${orderId}/sessions`)).status).toBe(404);
      expect((await c.patch(`/api/v1/sessions/${session.id}`, { durationMinutes: 60, version: 1 })).status).toBe(404);
      expect((await c.post(`/api/v1/sessions/${session.id}/outcome`, { outcome: 'cancelled', reason: 'x', version: 1 })).status).toBe(404);
      expect((await c.get(`/api/v1/sessions/${session.id}/letter`)).status).toBe(404);
      expect((await c.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(61, '10:00')))).status).toBe(404);
    }
    expect((await (await t.as('radgiver@bergen.demo')).get(`/api/v1/sessions/${session.id}`)).status).toBe(200);
  });

  it('gives the letter in Norwegian and the participant\'s language, right to left for Arabic, with honest translation status', async () => {
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const session = (await (await t.as('veileder@vestland.demo')).post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(15, '09:30'), {
      interpreter: { language: 'ar', mode: 'on-site', status: 'booked' },
    }))).body;
    const adviser = await t.as('radgiver@bergen.demo');
    const letter = await adviser.get(`/api/v1/sessions/${session.id}/letter`);
    expect(letter.status).toBe(200);
    expect(letter.body).toMatchObject({
      date: addDays(todayInOslo(), 15), time: '09:30', endTime: '11:00', timeZone: 'Europe/Oslo', mode: 'in-person',
      place: 'Bergen kommune, Kaigaten 4', interpreterLanguage: 'ar', careerCentre: { name: 'Karriere Vestland' },
      participant: { preferredLanguage: 'ar', preferredLanguageAvailable: true },
    });
    expect(letter.body.texts.map((x: { lang: string; dir: string; status: string }) => [x.lang, x.dir, x.status])).toEqual([['nb', 'ltr', 'source'], ['ar', 'rtl', 'draft']]);
    expect(letter.body.texts[0].whatToBring.length).toBeGreaterThan(2);
    const uk = (await adviser.get(`/api/v1/sessions/${session.id}/letter?lang=uk`)).body;
    expect(uk.texts.map((x: { lang: string }) => x.lang)).toEqual(['nb', 'uk']);
    expect((await adviser.get(`/api/v1/sessions/${session.id}/letter?lang=fr`)).status).toBe(400);
  });

  it('briefs the interpreter with the centre\'s glossary terms, without personal data', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    await counsellor.post('/api/v1/glossary/defaults');
    const terms = (await counsellor.get('/api/v1/glossary')).body.items as { id: string; term: string }[];
    const fagbrev = terms.find((x) => x.term === 'fagbrev')!;
    const added = await counsellor.post('/api/v1/glossary', { term: 'tilrettelegging', explanation: 'Å legge til rette.', translations: { ar: { term: 'تكييف', explanation: 'تهيئة الظروف.' } } });
    expect(added.status).toBe(201);
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Hemmeligsen' });
    const session = await counsellor.post(`/api/v1/orders/${orderId}/sessions`, inPerson(osloAt(16, '12:00'), {
      interpreter: { language: 'ar', mode: 'video', status: 'requested', briefing: 'Snakk om fagbrev og tilrettelegging.', briefingTermIds: [fagbrev.id, added.body.id] },
    }));
    expect(session.status, JSON.stringify(session.body)).toBe(201);
    const briefing = await counsellor.get(`/api/v1/sessions/${session.body.id}/interpreter-briefing`);
    expect(briefing.status).toBe(200);
    expect(briefing.body).toMatchObject({ language: 'ar', interpreterMode: 'video', briefing: 'Snakk om fagbrev og tilrettelegging.', reference: session.body.reference });
    expect(briefing.body.terms).toContainEqual({ term: 'tilrettelegging', explanation: 'Å legge til rette.', translation: { term: 'تكييف', explanation: 'تهيئة الظروف.' } });
    expect(briefing.body.terms.find((x: { term: string }) => x.term === 'fagbrev').translation).toBeNull();
    expect(JSON.stringify(briefing.body)).not.toContain('Hemmeligsen');
    // Terms must be the centre's own.
    const other = await (await t.as('veileder@buskerud.demo')).post('/api/v1/glossary', { term: 'praksisplass', explanation: 'En plass for praksis.' });
    const foreign = await counsellor.patch(`/api/v1/sessions/${session.body.id}`, {
      interpreter: { language: 'ar', mode: 'video', briefingTermIds: [other.body.id] }, version: session.body.version,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields.map((f: { path: string }) => f.path)).toEqual(['interpreter.briefingTermIds']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { auditEvents, localOffers, localOfferVersions, notifications, organisations, users } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { dailyJobs, runDailyJobs } from '../../jobs/daily.ts';
import { localOffersFor } from './service.ts';

const today = todayInOslo();

describe.each(databaseKinds)('local offers API on %s', (kind) => {
  let t: TestApp;
  const org: Record<string, string> = {};
  const db = () => t.database.db;
  const body = (patch: Record<string, unknown> = {}) => ({
    lane: 'language', nationalOfferId: 'norsktrening-frivillig', textLanguage: 'uk', title: 'Мовне кафе в бібліотеці', provider: 'Bergen offentlige bibliotek',
    summary: 'Розмови норвезькою щочетверга.', forWhom: 'Усі, хто вивчає норвезьку.', area: { kind: 'municipalities', municipalityIds: [org['Bergen kommune']] },
    address: 'Strømgaten 6, Bergen', digital: false, startDates: [addDays(today, 10)], applicationDeadline: null, length: '2 timer',
    instructionLanguages: ['nb', 'uk'], cost: 'Gratis', contact: 'Biblioteket', link: 'https://bergenbibliotek.no', source: 'Bibliotekets side',
    reviewDue: addDays(today, 60), ...patch,
  });
  const publicFor = async (name: string) => (await t.client().get(`/api/v1/map/local-offers?municipalityId=${org[name]}`)).body.items as { id: string; title: string }[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const o of await db().select().from(organisations)) org[o.name] = o.id;
  });
  afterAll(async () => { await t?.close(); });

  it('lists the municipalities to choose from, and the demo offers for Bergen, Voss and none for Drammen', async () => {
    const m = (await t.client().get('/api/v1/map/municipalities')).body.items.map((x: { name: string }) => x.name);
    expect(m).toEqual(['Bergen kommune', 'Drammen kommune', 'Voss herad']);
    expect((await publicFor('Bergen kommune')).map((o) => o.title)).toHaveLength(3);
    // Voss: the county's offer and the NAV office's, not Bergen kommune's own.
    expect((await publicFor('Voss herad')).map((o) => o.title).some((x) => x.includes('barnehage'))).toBe(false);
    expect(await publicFor('Voss herad')).toHaveLength(2);
    expect(await publicFor('Drammen kommune')).toEqual([]);
    expect((await t.client().get(`/api/v1/map/local-offers?municipalityId=${org['Karriere Vestland']}`)).status).toBe(404);
    expect((await t.client().get('/api/v1/map/local-offers')).status).toBe(400);
  });

  it('lets the Bergen editor add, edit and remove an offer, versioned with who and when; the public never sees the editor', async () => {
    const linn = await t.as('lokal@bergen.demo');
    const created = await linn.post('/api/v1/local-offers', body());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ version: 1, current: true, updatedBy: { name: 'Linn Lokal' } });
    const pub = await publicFor('Bergen kommune');
    expect(pub.map((o) => o.id)).toContain(id);
    expect(await publicFor('Drammen kommune')).toEqual([]);
    const one = await t.client().get(`/api/v1/map/local-offers/${id}`);
    expect(one.body).toMatchObject({ textLanguage: 'uk', publishedBy: { name: 'Bergen kommune' }, current: true, removed: false });
    const linnId = (await db().select().from(users).where(eq(users.email, 'lokal@bergen.demo')))[0]!.id;
    for (const text of [JSON.stringify(one.body), JSON.stringify(pub)]) {
      expect(text).not.toContain('Linn');
      expect(text).not.toContain(linnId);
    }

    const saved = await linn.put(`/api/v1/local-offers/${id}`, { ...body({ title: 'Språkkafé' }), version: 1 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await linn.put(`/api/v1/local-offers/${id}`, { ...body({ title: 'For sent' }), version: 1 });
    expect(stale.status).toBe(409);
    const full = (await linn.get(`/api/v1/local-offers/${id}`)).body;
    expect(full.input.title).toBe('Språkkafé');
    expect(full.versions.map((v: { version: number; editedBy: { name: string } }) => [v.version, v.editedBy.name])).toEqual([[2, 'Linn Lokal'], [1, 'Linn Lokal']]);
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.type, 'local-offer.updated')).orderBy(asc(auditEvents.id));
    expect(audit.at(-1)!.data).toMatchObject({ localOfferId: id, changedFields: ['title'] });

    expect((await linn.post(`/api/v1/local-offers/${id}/remove`, { version: 1 })).status).toBe(409);
    expect((await linn.post(`/api/v1/local-offers/${id}/remove`, { version: 2 })).status).toBe(200);
    expect((await publicFor('Bergen kommune')).map((o) => o.id)).not.toContain(id);
    // Still readable for the plan steps and notes that name it.
    expect((await t.client().get(`/api/v1/map/local-offers/${id}`)).body).toMatchObject({ title: 'Språkkafé', removed: true, current: false });
    expect((await linn.get(`/api/v1/local-offers/${id}`)).status).toBe(404);
    expect((await db().select({ n: count() }).from(localOfferVersions).where(eq(localOfferVersions.localOfferId, id)))[0]!.n).toBe(3);
  });

  it('answers 404 for another organisation\'s offer and changes nothing', async () => {
    const frida = await t.as('lokal@vestland.demo');
    const countyOffer = (await frida.get('/api/v1/local-offers')).body.items[0];
    expect(countyOffer).toBeTruthy();
    const linn = await t.as('lokal@bergen.demo');
    const before = await db().select().from(localOffers).where(eq(localOffers.id, countyOffer.id));
    expect((await linn.get(`/api/v1/local-offers/${countyOffer.id}`)).status).toBe(404);
    expect((await linn.put(`/api/v1/local-offers/${countyOffer.id}`, { ...countyOffer.input, version: countyOffer.version })).status).toBe(404);
    expect((await linn.post(`/api/v1/local-offers/${countyOffer.id}/remove`, { version: countyOffer.version })).status).toBe(404);
    expect(await db().select().from(localOffers).where(eq(localOffers.id, countyOffer.id))).toEqual(before);
    expect((await linn.get('/api/v1/local-offers')).body.items.map((o: { id: string }) => o.id)).not.toContain(countyOffer.id);
    // Other roles are refused the editor endpoints themselves.
    expect((await (await t.as('radgiver@bergen.demo')).get('/api/v1/local-offers')).status).toBe(403);
    expect((await (await t.as('redaktor@veivalg.demo')).post('/api/v1/local-offers', body())).status).toBe(403);
    expect((await t.client().get('/api/v1/local-offers')).status).toBe(401);
  });

  it.each([
    ['an http link', { link: 'http://bergenbibliotek.no' }, 'link', /https/],
    ['a new start in the past', { startDates: [addDays(today, -1)] }, 'startDates.0', /tilbake i tid/],
    ['a review date in the past', { reviewDue: addDays(today, -1) }, 'reviewDue', /tilbake i tid/],
    ['a review date over a year ahead', { reviewDue: addDays(today, 400) }, 'reviewDue', /ett år/],
    ['a title over its limit', { title: 'x'.repeat(151) }, 'title', /150/],
    ['an impossible date', { startDates: ['2026-02-30'] }, 'startDates.0', /ÅÅÅÅ-MM-DD/],
    ['a municipality in another county', { area: { kind: 'municipalities', municipalityIds: ['DRAMMEN'] } }, 'area.municipalityIds.0', /eget område/],
    ['the whole county from a municipality', { area: { kind: 'county' } }, 'area', /eget område/],
    ['a national offer in another lane', { nationalOfferId: 'amo-kurs' }, 'lane', /annet felt/],
    ['an unknown national offer', { nationalOfferId: 'finnes-ikke' }, 'nationalOfferId', /finnes ikke/],
    ['an editor\'s name as an unknown field', { editor: 'Linn' }, 'editor', /Ukjent/],
  ])('refuses %s with a clear message and no change', async (_, patch, path, message) => {
    const linn = await t.as('lokal@bergen.demo');
    const p = JSON.parse(JSON.stringify(patch).replace('DRAMMEN', org['Drammen kommune']!));
    const before = (await db().select({ n: count() }).from(localOffers))[0]!.n;
    const res = await linn.post('/api/v1/local-offers', body(p));
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation');
    const field = res.body.fields.find((f: { path: string }) => f.path === path);
    expect(field, JSON.stringify(res.body.fields)).toBeTruthy();
    expect(field.message).toMatch(message);
    expect((await db().select({ n: count() }).from(localOffers))[0]!.n).toBe(before);
  });

  it('keeps a start date already stored when the offer is edited after it', async () => {
    const linn = await t.as('lokal@bergen.demo');
    const made = (await linn.post('/api/v1/local-offers', body())).body;
    // The first start has passed since: written straight to the database, as time would.
    const past = addDays(today, -3);
    await db().update(localOffers).set({ content: { ...made.input, startDates: [past, addDays(today, 10)] } }).where(eq(localOffers.id, made.id));
    const ok = await linn.put(`/api/v1/local-offers/${made.id}`, { ...body({ startDates: [past, addDays(today, 10)], title: 'Rettet' }), version: 1 });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const newPast = await linn.put(`/api/v1/local-offers/${made.id}`, { ...body({ startDates: [addDays(today, -5), past] }), version: 2 });
    expect(newPast.status).toBe(400);
  });

  it('takes an offer off the map by itself the day after its last start (Europe/Oslo), and shows only dates ahead', async () => {
    const frida = await t.as('lokal@vestland.demo');
    const made = (await frida.post('/api/v1/local-offers', body({
      area: { kind: 'county' }, lane: 'work-and-education', nationalOfferId: null, startDates: [today, addDays(today, 20)], title: 'Kort kurs',
    }))).body;
    expect(made.id).toBeTruthy();
    const inBergen = (await localOffersFor(db(), org['Bergen kommune']!, today)).items.find((o) => o.id === made.id);
    expect(inBergen?.startDates).toEqual([today, addDays(today, 20)]);
    const later = (await localOffersFor(db(), org['Voss herad']!, addDays(today, 1))).items.find((o) => o.id === made.id);
    expect(later?.startDates).toEqual([addDays(today, 20)]);
    expect((await localOffersFor(db(), org['Voss herad']!, addDays(today, 20))).items.map((o) => o.id)).toContain(made.id);
    expect((await localOffersFor(db(), org['Voss herad']!, addDays(today, 21))).items.map((o) => o.id)).not.toContain(made.id);
    // The editor still sees it, marked as past, and can give it a new start.
    await db().update(localOffers).set({ lastStartDate: addDays(today, -1), content: { ...made.input, startDates: [addDays(today, -1)] } }).where(eq(localOffers.id, made.id));
    const mine = (await frida.get('/api/v1/local-offers')).body.items.find((o: { id: string }) => o.id === made.id);
    expect(mine).toMatchObject({ current: false, expired: true });
    expect((await publicFor('Bergen kommune')).map((o) => o.id)).not.toContain(made.id);
  });

  it('reminds the organisation\'s editors once before the review date', async () => {
    const job = dailyJobs.find((j) => j.name === 'local-offer-review-reminders')!;
    const frida = (await db().select().from(users).where(eq(users.email, 'lokal@vestland.demo')))[0]!;
    const notices = async () => (await db().select({ n: count() }).from(notifications)
      .where(and(eq(notifications.userId, frida.id), eq(notifications.kind, 'local-offer-review-due'))))[0]!.n;
    // The demo's county offer is due in 10 days: within the 14-day window.
    expect(await runDailyJobs(t.database, addDays(today, 1), [job], { publicUrl: '' })).toEqual(['local-offer-review-reminders']);
    const first = await notices();
    expect(first).toBeGreaterThanOrEqual(1);
    await runDailyJobs(t.database, addDays(today, 2), [job], { publicUrl: '' });
    expect(await notices()).toBe(first);
    const linn = (await db().select().from(users).where(eq(users.email, 'lokal@bergen.demo')))[0]!;
    const bergenNotices = await db().select().from(notifications).where(and(eq(notifications.userId, linn.id), eq(notifications.kind, 'local-offer-review-due')));
    // Bergen's demo offer is due in 120 days, its test offers in 60: no reminder yet.
    expect(bergenNotices).toEqual([]);
  });

  it('lets a plan step name a local offer by `local:<uuid>`, and a removed offer stays readable', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', {
      givenName: 'Hemmelig', familyName: 'Lokal', birthDate: '1991-03-04', residenceBasis: 'refugee', settlementDate: addDays(today, -20), preferredLanguage: 'uk',
    })).body;
    const linn = await t.as('lokal@bergen.demo');
    const offer = (await linn.post('/api/v1/local-offers', body({ title: 'Kafé for planen' }))).body;
    const steps = [{ id: 's1', offerId: `local:${offer.id}`, text: null, startMonth: 0, durationMonths: 4 }];
    const saved = await adviser.put(`/api/v1/participants/${p.id}/journey-plans/A`, { version: 0, goal: 'Norsk', startDate: today, steps });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.steps[0].offerId).toBe(`local:${offer.id}`);
    const unknown = await adviser.put(`/api/v1/participants/${p.id}/journey-plans/A`, {
      version: 1, goal: 'Norsk', startDate: today, steps: [{ ...steps[0], offerId: 'local:00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe('steps.0.offerId');
    expect((await linn.post(`/api/v1/local-offers/${offer.id}/remove`, { version: 1 })).status).toBe(200);
    // The plan that names it can still be saved and read; the public endpoint still gives its title.
    expect((await adviser.put(`/api/v1/participants/${p.id}/journey-plans/A`, { version: 1, goal: 'Norsk 2', startDate: today, steps })).status).toBe(200);
    expect((await t.client().get(`/api/v1/map/local-offers/${offer.id}`)).body).toMatchObject({ title: 'Kafé for planen', removed: true });
  });
});

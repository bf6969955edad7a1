import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { deadlineStatuses } from '../../../domain/index.ts';
import { answerRequiredBrief } from '../../test/fixtures.ts';

const newcomer = {
  givenName: 'Amal', familyName: 'Testesen', birthDate: '1988-03-14', nationalId: null,
  residenceBasis: 'refugee', settlementDate: '2026-01-31', programmeRequestDate: null,
  preferredLanguage: 'ar', interpreterLanguage: 'ar',
};

describe.each(databaseKinds)('participants on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  // First in the file, on the demo fixture as seeded (6 per municipality, 2 for Voss; src/server/demo/seed.ts): Bergen's
  // n = 0…5 are postponed, a draft order, sent, accepted, scheduled, completed; Voss's n = 12, 13 sent and accepted, at
  // the same centre as Bergen; Drammen's n = 6…11 rejected, cancelled, sent, none, none, a draft. n = 2 settled 79 days ago (deadline in 10–13 days: due soon), n = 3 116 days ago (overdue).
  it('counts for the start page follow the role, exactly as the fixture holds', async () => {
    const adviser = (await (await t.as('radgiver@bergen.demo')).get('/api/v1/start')).body.counts;
    expect(adviser).toMatchObject({ participants: 6, deadlineOverdue: 1, deadlineDueSoon: 1, ordersDraft: 1, ordersSent: 1, ordersAccepted: 1, ordersScheduled: 1 });
    const counsellor = (await (await t.as('veileder@vestland.demo')).get('/api/v1/start')).body.counts;
    expect(counsellor).not.toHaveProperty('participants');
    expect(counsellor).toMatchObject({ ordersSent: 2, ordersAccepted: 2, ordersScheduled: 1 });
    const drammen = (await (await t.as('radgiver@drammen.demo')).get('/api/v1/start')).body.counts;
    expect(drammen).toMatchObject({ participants: 6, ordersDraft: 1, ordersSent: 1, ordersAccepted: 0, ordersScheduled: 0 });
    expect((await (await t.as('statistikk@veivalg.demo')).get('/api/v1/start')).body.counts).toEqual({});
  });

  it('registers a participant with the legal deadline and the right to guidance computed', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const res = await adviser.post('/api/v1/participants', newcomer);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      givenName: 'Amal', version: 1, municipality: { name: 'Bergen kommune' }, guidanceRight: 'right-and-duty',
      deadlines: { decision: '2026-04-30', startsFrom: 'settlement' }, latestOrder: null,
    });
    const { registeredElsewhere, ...created } = res.body;
    expect(registeredElsewhere).toBe(false);
    expect((await adviser.get(`/api/v1/participants/${res.body.id}`)).body).toEqual(created);
  });

  it('moves the deadline when a later programme request is recorded, and refuses a stale version', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Krav' })).body;
    const changed = await adviser.patch(`/api/v1/participants/${p.id}`, { programmeRequestDate: '2026-03-10', version: p.version });
    expect(changed.status).toBe(200);
    expect(changed.body.deadlines).toMatchObject({ decision: '2026-06-10', startsFrom: 'programme-request' });
    expect(changed.body.version).toBe(2);
    const stale = await adviser.patch(`/api/v1/participants/${p.id}`, { givenName: 'Overskrevet', version: p.version });
    expect(stale.status).toBe(409);
    expect((await adviser.get(`/api/v1/participants/${p.id}`)).body).toMatchObject({ givenName: 'Amal', version: 2 });
  });

  it('gives collective protection a right without duty, and other family reunification none', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const ukr = await adviser.post('/api/v1/participants', { ...newcomer, residenceBasis: 'collective-protection', preferredLanguage: 'uk' });
    expect(ukr.body.guidanceRight).toBe('right');
    const fam = await adviser.post('/api/v1/participants', { ...newcomer, residenceBasis: 'other-family-reunification' });
    expect(fam.body.guidanceRight).toBe('none');
  });

  it('validates the national identity number', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const bad = await adviser.post('/api/v1/participants', { ...newcomer, nationalId: '12345678901' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([{ path: 'nationalId', message: 'Ugyldig fødselsnummer eller D-nummer.' }]);
  });

  it('lists the queue in deadline order, page by page, without repeats or gaps', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const all: { id: string; deadlines: { decision: string | null } }[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: typeof all; nextCursor: string | null } } =
        await adviser.get(`/api/v1/participants?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(4);
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    const whole = (await adviser.get('/api/v1/participants?limit=100')).body.items;
    expect(all.map((p) => p.id)).toEqual(whole.map((p: { id: string }) => p.id));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    // People not covered by § 11 have no deadline (null); the rest come in deadline order.
    const deadlines = all.map((p) => p.deadlines.decision).filter((d) => d !== null);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(all.every((p) => (p as unknown as { municipality: { name: string } }).municipality.name === 'Bergen kommune')).toBe(true);
  });

  it('filters by deadline status exactly as the domain rule classifies each participant', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const whole: { id: string; deadlines: { status: string } }[] = (await adviser.get('/api/v1/participants?limit=100')).body.items;
    for (const status of deadlineStatuses) {
      const filtered: { id: string }[] = (await adviser.get(`/api/v1/participants?status=${status}&limit=100`)).body.items;
      expect(filtered.map((p) => p.id).sort()).toEqual(whole.filter((p) => p.deadlines.status === status).map((p) => p.id).sort());
    }
    // The demo data reaches more than one status, so the comparison above is not vacuous.
    expect(new Set(whole.map((p) => p.deadlines.status)).size).toBeGreaterThan(2);
  });

  it('shows a career centre only the participants it has received an order for', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Usendt' })).body;
    const counsellor = await t.as('veileder@vestland.demo');
    expect((await counsellor.get(`/api/v1/participants/${p.id}`)).status).toBe(404);
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'ar', mode: 'digital' })).body;
    expect((await counsellor.get(`/api/v1/participants/${p.id}`)).status).toBe(404);
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    expect((await counsellor.get(`/api/v1/participants/${p.id}`)).status).toBe(200);
    expect((await counsellor.patch(`/api/v1/participants/${p.id}`, { givenName: 'X', version: 1 })).status).toBe(403);
  });

  it('finds participants by part of their name', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    await adviser.post('/api/v1/participants', { ...newcomer, givenName: 'Zainab', familyName: 'Søkbar' });
    const hits = (await adviser.post('/api/v1/participants/search', { q: 'zain SØK' })).body.items;
    expect(hits.map((p: { familyName: string }) => p.familyName)).toEqual(['Søkbar']);
    expect((await adviser.post('/api/v1/participants/search', { q: '%' })).body.items).toEqual([]);
    expect((await (await t.as('radgiver@drammen.demo')).post('/api/v1/participants/search', { q: 'Zainab' })).body.items).toEqual([]);
    // The search term stays out of URLs (and so out of logs and proxies): the list's query string refuses it.
    expect((await adviser.get('/api/v1/participants?q=Zainab')).body).toMatchObject({ error: 'validation', fields: [{ path: 'q' }] });
  });
});

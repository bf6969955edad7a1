import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count as sqlCount } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participants } from '../../db/schema.ts';

const base = {
  givenName: 'Vedtak', familyName: 'Datosen', birthDate: '2008-02-01', nationalId: null,
  residenceBasis: 'refugee', settlementDate: '2026-03-10', programmeRequestDate: null,
  preferredLanguage: 'ar', interpreterLanguage: 'ar',
};

describe.each(databaseKinds)('the dates that decide the § 11 answer, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  const count = async () => (await t.database.db.select({ n: sqlCount() }).from(participants))[0]!.n;

  it('without permitDate the settlement date stands in and the answer is marked provisional', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const res = await adviser.post('/api/v1/participants', base);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      permitDate: null, guidanceRight: 'right-and-duty',
      guidanceRightBasis: { provisional: true, decidingDate: 'settlement-date-fallback', age: 18, law: 'integreringsloven', reason: 'target-group-18-55' },
    });
  });

  it('with the permit date the age on that date counts: 17 at the permit means not covered by § 11, and no § 12 deadline', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const res = await adviser.post('/api/v1/participants', { ...base, familyName: 'Sytten', permitDate: '2026-01-15' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      permitDate: '2026-01-15', guidanceRight: 'none',
      guidanceRightBasis: { provisional: false, decidingDate: 'permit-date', age: 17, reason: 'outside-age-range' },
      deadlines: { decision: null, startsFrom: null, status: 'no-deadline', daysLeft: null },
    });
    // Not due or overdue in the queue filters, found under "no deadline".
    for (const status of ['overdue', 'due-soon', 'on-track', 'postponed'] as const) {
      const list = await adviser.get(`/api/v1/participants?status=${status}&limit=100`);
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(res.body.id);
    }
    const none = await adviser.get('/api/v1/participants?status=no-deadline&limit=100');
    expect(none.body.items.map((p: { id: string }) => p.id)).toContain(res.body.id);
  });

  it('entering the permit date on an existing participant ends the provisional answer and records the change', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...base, familyName: 'Endring' })).body;
    expect(p.guidanceRightBasis.provisional).toBe(true);
    const res = await adviser.patch(`/api/v1/participants/${p.id}`, { permitDate: '2026-01-15', version: p.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      permitDate: '2026-01-15', guidanceRight: 'none', guidanceRightBasis: { provisional: false },
      guidanceRightChange: { from: 'right-and-duty', to: 'none', cause: 'edit' },
    });
    const lead = await t.as('leder@bergen.demo');
    const trail = await lead.get(`/api/v1/participants/${p.id}/audit`);
    expect(trail.body.items.map((e: { type: string }) => e.type)).toContain('participant.guidance-right-changed');
  });

  it.each([
    ['an impossible date', '2026-02-30', 'permitDate'],
    ['another format', '15.01.2026', 'permitDate'],
    ['a number', 20260115, 'permitDate'],
  ])('refuses %s with a 400 on permitDate and stores nothing', async (_label, permitDate, path) => {
    const adviser = await t.as('radgiver@bergen.demo');
    const before = await count();
    const res = await adviser.post('/api/v1/participants', { ...base, familyName: 'Feil', permitDate });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(path);
    expect(await count()).toBe(before);
  });

  it('refuses a permit date later than the settlement date: settlement follows the permit', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const before = await count();
    const res = await adviser.post('/api/v1/participants', { ...base, familyName: 'Etter', permitDate: '2026-03-11' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'permitDate', message: expect.stringContaining('bosettingen kommer etter vedtaket') }]);
    expect(await count()).toBe(before);

    const p = (await adviser.post('/api/v1/participants', { ...base, familyName: 'Patch' })).body;
    const patch = await adviser.patch(`/api/v1/participants/${p.id}`, { permitDate: '2026-04-01', version: p.version });
    expect(patch.status).toBe(400);
    expect(patch.body.fields[0].path).toBe('permitDate');
    expect((await adviser.get(`/api/v1/participants/${p.id}`)).body).toMatchObject({ permitDate: null, version: p.version });
  });

  it('the permit date on the settlement day itself is fine', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const res = await adviser.post('/api/v1/participants', { ...base, familyName: 'Sammedag', permitDate: base.settlementDate });
    expect(res.status).toBe(201);
    expect(res.body.guidanceRightBasis).toMatchObject({ provisional: false, age: 18 });
  });

  it.each([
    ['collective protection settled during chapter 6A: right, no duty', { residenceBasis: 'collective-protection', birthDate: '1990-01-01', permitDate: '2024-04-01', settlementDate: '2024-05-01' }, 'right'],
    ['collective protection settled after chapter 6A lapsed: right and duty', { residenceBasis: 'collective-protection', birthDate: '1990-01-01', permitDate: '2026-07-20', settlementDate: '2026-08-01' }, 'right-and-duty'],
    ['collective protection settled before chapter 6A: right and duty', { residenceBasis: 'collective-protection', birthDate: '1990-01-01', permitDate: '2022-04-01', settlementDate: '2022-05-01' }, 'right-and-duty'],
    ['permit before 1 January 2021: introduksjonsloven', { birthDate: '1990-01-01', permitDate: '2020-12-20', settlementDate: '2021-02-01' }, 'none'],
    ['programme request more than two years after settlement', { birthDate: '1990-01-01', permitDate: '2022-01-01', settlementDate: '2022-02-01', programmeRequestDate: '2024-03-01' }, 'none'],
  ])('%s', async (_label, dates, right) => {
    const adviser = await t.as('radgiver@bergen.demo');
    const res = await adviser.post('/api/v1/participants', { ...base, familyName: 'Lov', ...dates });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.guidanceRight).toBe(right);
    if (right === 'none') expect(res.body.deadlines.decision).toBeNull();
  });

  it('the competence-mapping import carries the permit date (CSV and JSON); a date after settlement rejects the whole file', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...base, familyName: 'Import' })).body;
    const csv = 'item,field,value,mapped_on\nparticipant,permitDate,2026-01-15,2026-03-01\nwishes,wishes,Sykepleier,2026-03-01\n';
    const res = await adviser.post(`/api/v1/participants/${p.id}/brief/import`, { format: 'csv', content: csv });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.permitDate).toBe('2026-01-15');
    expect((await adviser.get(`/api/v1/participants/${p.id}`)).body).toMatchObject({
      permitDate: '2026-01-15', guidanceRight: 'none', guidanceRightBasis: { provisional: false, age: 17 },
    });

    const q = (await adviser.post('/api/v1/participants', { ...base, familyName: 'ImportFeil' })).body;
    const late = JSON.stringify({ mappedOn: '2026-03-01', permitDate: '2026-03-20', items: [{ item: 'wishes', value: { wishes: 'Lærer' } }] });
    const bad = await adviser.post(`/api/v1/participants/${q.id}/brief/import`, { format: 'json', content: late });
    expect(bad.status).toBe(400);
    expect(bad.body.rows).toEqual([{ line: 1, reason: expect.stringContaining('bosettingen kommer etter vedtaket') }]);
    expect((await adviser.get(`/api/v1/participants/${q.id}`)).body).toMatchObject({ permitDate: null, version: q.version });
    const brief = (await adviser.get(`/api/v1/participants/${q.id}/brief`)).body;
    expect(JSON.stringify(brief)).not.toContain('Lærer');
  });
});

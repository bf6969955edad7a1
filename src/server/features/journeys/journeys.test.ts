import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { auditEvents, journeyPlans } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { journeys } from '../../../content/journeys/index.ts';
import { answerRequiredBrief } from '../../test/fixtures.ts';

const today = todayInOslo();
const newcomer = (familyName: string) => ({
  givenName: 'Reise', familyName, birthDate: '1986-05-01', residenceBasis: 'refugee', settlementDate: addDays(today, -60), preferredLanguage: 'ar',
});
const steps = [
  { id: 'a1', offerId: 'introduksjonsprogram', text: null, startMonth: 0, durationMonths: 24 },
  { id: 'a2', offerId: 'introduksjonsstonad', text: null, startMonth: 0, durationMonths: 24 },
  { id: 'a3', offerId: 'hoyere-utdanning', text: null, startMonth: 27, durationMonths: null },
  { id: 'a4', offerId: null, text: 'Førerkort', startMonth: null, durationMonths: 2 },
];

describe.each(databaseKinds)('journeys API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;

  it('publishes the example journeys without sign-in, with time to goal, gaps and hand-overs', async () => {
    const res = await t.client().get('/api/v1/map/journeys');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(journeys.length);
    expect(res.body.planning).toHaveLength(43);
    const mulu = (await t.client().get('/api/v1/map/journeys/mulu-svak-norsk-etter-programmet')).body;
    expect(mulu.persona).toMatchObject({ name: 'Mulu', fictional: true });
    expect(mulu.steps[0]).toMatchObject({ offerId: 'introduksjonsprogram', startMonth: 0, durationMonths: 24 });
    expect(mulu.summary.totalMonths).toBe(44);
    expect(mulu.summary.gaps).toEqual([{ from: 24, to: 26 }]);
    expect(mulu.summary.transitions).toContainEqual(expect.objectContaining({ fromActor: 'municipality', toActor: 'nav', month: 26, gapMonths: 2 }));
    expect((await t.client().get('/api/v1/map/journeys/finnes-ikke')).status).toBe(404);
  });

  it('lets the adviser and the counsellor with an order build Plan A; the centre lead reads it; versions guard writes; every access is audited', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Planlegger'))).body;
    // The handover brief feeds the profile used for eligibility flags.
    expect((await adviser.patch(`/api/v1/participants/${p.id}/brief`, {
      items: [
        { key: 'schooling', value: { years: 9, completedLevels: ['primary'] }, source: 'participant' },
        { key: 'norwegian', value: { level: 'A2' }, source: 'mapping' },
      ],
    })).status).toBe(200);

    const empty = await adviser.get(`/api/v1/participants/${p.id}/journey-plans`);
    expect(empty.status).toBe(200);
    expect(empty.body.profile).toEqual({ age: expect.any(Number), residenceBasis: 'refugee', schooling: 'primary', norwegianLevel: 'A2' });
    expect(empty.body.mayEdit).toBe(true);
    expect(empty.body.plans.map((x: { plan: string; version: number }) => [x.plan, x.version])).toEqual([['A', 0], ['B', 0]]);

    const saved = await adviser.put(`/api/v1/participants/${p.id}/journey-plans/A`, { version: 0, goal: 'Sykepleier', startDate: '2026-01-01', steps });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ plan: 'A', version: 1, goal: 'Sykepleier', updatedBy: { name: expect.any(String) } });
    // Higher education's default (36 months) and the free-text step (2 months, after the step before it).
    expect(saved.body.summary.totalMonths).toBe(65);
    expect(saved.body.summary.gaps).toEqual([{ from: 24, to: 65 }]);
    expect(saved.body.summary.transitions).toContainEqual(expect.objectContaining({ fromActor: 'municipality', toActor: 'state-agency', gapMonths: 3 }));

    // Creating again with version 0 is stale; so is an old version. Nothing changes.
    expect((await adviser.put(`/api/v1/participants/${p.id}/journey-plans/A`, { version: 0, goal: 'x', startDate: '2026-01-01', steps: [] })).status).toBe(409);
    expect((await adviser.put(`/api/v1/participants/${p.id}/journey-plans/B`, { version: 3, goal: 'x', startDate: '2026-01-01', steps: [] })).status).toBe(409);

    // The centre sees the participant only once an order is sent; then its counsellor may edit and its lead only read.
    const counsellor = await t.as('veileder@vestland.demo');
    expect((await counsellor.get(`/api/v1/participants/${p.id}/journey-plans`)).status).toBe(404);
    const order = (await adviser.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'ar', mode: 'in-person', message: 'Reise' })).body;
    await answerRequiredBrief(adviser, p.id);
    expect((await adviser.post(`/api/v1/orders/${order.id}/transitions`, { to: 'sent', version: order.version })).status).toBe(200);
    const seen = await counsellor.get(`/api/v1/participants/${p.id}/journey-plans/A`);
    expect(seen.body).toMatchObject({ version: 1, goal: 'Sykepleier' });
    const moved = await counsellor.put(`/api/v1/participants/${p.id}/journey-plans/A`, {
      version: 1, goal: 'Sykepleier', startDate: '2026-01-01', steps: [...steps.slice(0, 3), { ...steps[3]!, startMonth: 1 }],
    });
    expect(moved.status).toBe(200);
    expect(moved.body.version).toBe(2);
    const lead = await t.as('leder@vestland.demo');
    expect((await lead.get(`/api/v1/participants/${p.id}/journey-plans`)).body.mayEdit).toBe(false);
    expect((await lead.put(`/api/v1/participants/${p.id}/journey-plans/A`, { version: 2, goal: 'x', startDate: '2026-01-01', steps: [] })).status).toBe(403);
    expect((await (await t.as('radgiver@drammen.demo')).get(`/api/v1/participants/${p.id}/journey-plans`)).status).toBe(404);

    const events = await db().select({ type: auditEvents.type, data: auditEvents.data }).from(auditEvents)
      .where(eq(auditEvents.participantId, p.id)).orderBy(asc(auditEvents.id));
    const updates = events.filter((e) => e.type === 'journey-plan.updated');
    expect(updates).toHaveLength(2);
    expect(updates[1]!.data).toMatchObject({ plan: 'A', changedFields: ['steps'] });
    expect(events.filter((e) => e.type === 'journey-plan.viewed').length).toBeGreaterThanOrEqual(3);
    // Audit holds names, never values.
    expect(JSON.stringify(events)).not.toContain('Sykepleier');
    expect(JSON.stringify(events)).not.toContain('Førerkort');
  });

  it('refuses unknown offers, empty steps, duplicate ids and plans over ten years, naming the field, and changes nothing', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    adviser.lang = 'en';
    const p = (await adviser.post('/api/v1/participants', newcomer('Feilsen'))).body;
    const put = (body: unknown) => adviser.put(`/api/v1/participants/${p.id}/journey-plans/A`, body);
    const base = { version: 0, goal: '', startDate: '2026-01-01' };
    const cases: [unknown, string][] = [
      [{ ...base, steps: [{ ...steps[0], offerId: 'finnes-ikke' }] }, 'steps.0.offerId'],
      [{ ...base, steps: [{ ...steps[0], offerId: null, text: null }] }, 'steps.0.text'],
      [{ ...base, steps: [steps[0], { ...steps[1], id: 'a1' }] }, 'steps.1.id'],
      [{ ...base, steps: [{ ...steps[0], startMonth: 100, durationMonths: 30 }] }, 'steps'],
      [{ ...base, steps: [{ ...steps[0], durationMonths: 0 }] }, 'steps.0.durationMonths'],
      [{ ...base, startDate: '2026-02-30', steps: [] }, 'startDate'],
    ];
    for (const [body, field] of cases) {
      const res = await put(body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(field);
      expect(res.body.fields[0].message).toMatch(/[a-z]/);
    }
    expect((await put({ ...base, steps: [], extra: 1 })).status).toBe(400);
    expect((await adviser.put(`/api/v1/participants/${p.id}/journey-plans/C`, { ...base, steps: [] })).status).toBe(400);
    const rows = await db().select().from(journeyPlans).where(and(eq(journeyPlans.participantId, p.id)));
    expect(rows).toHaveLength(0);
  });
});

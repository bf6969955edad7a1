import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { answerRequiredBrief } from '../../test/fixtures.ts';

const newcomer = {
  givenName: 'Test', familyName: 'Ordre', birthDate: '1990-05-01', residenceBasis: 'refugee',
  settlementDate: '2026-09-10', preferredLanguage: 'ti', interpreterLanguage: 'ti',
};
const order = { format: 'individual', language: 'ti', interpreterLanguage: 'ti', mode: 'in-person', message: 'Ønsker utdanning', preferredFrom: '2026-11-25', preferredTo: '2026-12-10' };

describe.each(databaseKinds)('guidance orders on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('goes from the adviser to the counsellor and back: draft → sent → accepted → scheduled → completed', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer)).body;
    const created = await adviser.post(`/api/v1/participants/${p.id}/orders`, order);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', careerCentre: { name: 'Karriere Vestland' }, municipality: { name: 'Bergen kommune' } });

    const counsellor = await t.as('veileder@vestland.demo');
    // A draft is the municipality's own business: the centre cannot see it yet.
    expect((await counsellor.get(`/api/v1/orders/${created.body.id}`)).status).toBe(404);

    await answerRequiredBrief(adviser, p.id);
    const sent = await adviser.post(`/api/v1/orders/${created.body.id}/transitions`, { to: 'sent', version: created.body.version });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');

    const queue = (await counsellor.get('/api/v1/orders?status=sent&limit=100')).body.items;
    expect(queue.map((o: { id: string }) => o.id)).toContain(created.body.id);
    const deadlines = queue.map((o: { participant: { decisionDeadline: string } }) => o.participant.decisionDeadline);
    expect(deadlines).toEqual([...deadlines].sort());

    const accepted = await counsellor.post(`/api/v1/orders/${created.body.id}/transitions`, { to: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.assignedCounsellor.name).toBe('Vilde Veileder');
    expect((await counsellor.post(`/api/v1/orders/${created.body.id}/transitions`, { to: 'scheduled' })).status).toBe(200);
    const done = await counsellor.post(`/api/v1/orders/${created.body.id}/transitions`, { to: 'completed' });
    expect(done.body.history.map((h: { to: string }) => h.to)).toEqual(['sent', 'accepted', 'scheduled', 'completed']);
    expect(done.body.history[1].by.name).toBe('Vilde Veileder');

    const after = (await adviser.get(`/api/v1/participants/${p.id}`)).body;
    expect(after.deadlines.status).toBe('met');
    expect(after.latestOrder).toEqual({ id: created.body.id, status: 'completed' });
    expect(after.version).toBe(p.version + 1);
  });

  it('requires a reason to reject, and a lead must name a counsellor of the centre', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Avvist' })).body;
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, order)).body;
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    const lead = await t.as('leder@vestland.demo');

    const noReason = await lead.post(`/api/v1/orders/${o.id}/transitions`, { to: 'rejected', reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields).toEqual([{ path: 'reason', message: 'Du må oppgi en begrunnelse.' }]);

    const noCounsellor = await lead.post(`/api/v1/orders/${o.id}/transitions`, { to: 'accepted' });
    expect(noCounsellor.status).toBe(400);
    const buskerudCounsellor = (await (await t.as('admin@veivalg.demo')).get('/api/v1/admin/users')).body.items
      .find((u: { email: string }) => u.email === 'veileder@buskerud.demo');
    const otherCentre = await lead.post(`/api/v1/orders/${o.id}/transitions`, { to: 'accepted', counsellorId: buskerudCounsellor.id });
    expect(otherCentre.status).toBe(400);

    const rejected = await lead.post(`/api/v1/orders/${o.id}/transitions`, { to: 'rejected', reason: 'Allerede veiledet' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Allerede veiledet' });
    expect((await adviser.get(`/api/v1/orders/${o.id}`)).body.history.at(-1)).toMatchObject({ to: 'rejected', reason: 'Allerede veiledet' });
    // A rejected order is closed, so the adviser may order again.
    expect((await adviser.post(`/api/v1/participants/${p.id}/orders`, order)).status).toBe(201);
  });

  it('refuses illegal transitions, the other side\'s transitions, stale versions and a second open order', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const counsellor = await t.as('veileder@vestland.demo');
    const p = (await adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Ulovlig' })).body;
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, order)).body;

    const skip = await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'completed' });
    expect(skip.status).toBe(409);
    expect(skip.body.message).toContain('«draft» til «completed»');
    expect((await adviser.post(`/api/v1/participants/${p.id}/orders`, order)).status).toBe(409);

    await answerRequiredBrief(adviser, p.id);
    const sent = (await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent', version: o.version })).body;
    const stale = await counsellor.post(`/api/v1/orders/${o.id}/transitions`, { to: 'accepted', version: o.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    const adviserAccepts = await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'accepted', version: sent.version });
    expect(adviserAccepts.status).toBe(403);
    const unchanged = (await adviser.get(`/api/v1/orders/${o.id}`)).body;
    expect(unchanged).toMatchObject({ status: 'sent', version: sent.version });
    expect(unchanged.history).toHaveLength(1);
  });

  it('cancels with a reason from either side', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Avlyst' })).body;
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, order)).body;
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    expect((await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'cancelled' })).status).toBe(400);
    const cancelled = await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'cancelled', reason: 'Flyttet' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Flyttet' });
  });

  it('another municipality and another centre see nothing of the order', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Skjult' })).body;
    const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, order)).body;
    await answerRequiredBrief(adviser, p.id);
    await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent' });
    const drammen = await t.as('radgiver@drammen.demo');
    const buskerud = await t.as('veileder@buskerud.demo');
    for (const c of [drammen, buskerud]) {
      expect((await c.get(`/api/v1/orders/${o.id}`)).status).toBe(404);
      expect((await c.post(`/api/v1/orders/${o.id}/transitions`, { to: 'cancelled', reason: 'x' })).status).toBe(404);
      expect((await c.get('/api/v1/orders?limit=100')).body.items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    }
  });
});

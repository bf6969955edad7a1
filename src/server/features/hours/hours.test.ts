import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { osloAt, participantWithOrder } from '../../test/fixtures.ts';

describe.each(databaseKinds)('guidance hours on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('counts held and broken-off individual time and attended group time against 90 + 90 minutes', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Timesen' });
    const counsellor = await t.as('veileder@vestland.demo');
    const book = async (days: number, hhmm: string, minutes: number) => (await counsellor.post(`/api/v1/orders/${orderId}/sessions`, {
      kind: 'individual', mode: 'phone', phone: '+4799999999', startsAt: osloAt(days, hhmm), durationMinutes: minutes,
    })).body;
    const held = await book(-10, '09:00', 90);
    const broken = await book(-9, '09:00', 60);
    const missed = await book(-8, '09:00', 60);
    expect((await counsellor.post(`/api/v1/sessions/${held.id}/outcome`, { outcome: 'held', minutesUsed: 80, version: held.version })).status).toBe(200);
    expect((await counsellor.post(`/api/v1/sessions/${broken.id}/outcome`, { outcome: 'broken-off', reason: 'Deltakeren ble syk', minutesUsed: 25, version: broken.version })).status).toBe(200);
    expect((await counsellor.post(`/api/v1/sessions/${missed.id}/outcome`, { outcome: 'no-show', version: missed.version })).status).toBe(200);

    const g = (await counsellor.post('/api/v1/group-sessions', {
      title: 'Gruppe', language: 'ar', mode: 'in-person', place: 'Bergen', startsAt: osloAt(3, '13:00'), durationMinutes: 120,
    })).body;
    const adviser = await t.as('radgiver@bergen.demo');
    const reg = (await adviser.post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId })).body.registrations[0];
    const moved = await counsellor.patch(`/api/v1/group-sessions/${g.id}`, { startsAt: osloAt(-1, '13:00'), version: (await counsellor.get(`/api/v1/group-sessions/${g.id}`)).body.version });
    expect(moved.status).toBe(200);
    expect((await counsellor.post(`/api/v1/group-sessions/${g.id}/attendance`, { items: [{ registrationId: reg.id, attended: true, version: reg.version }] })).status).toBe(200);

    const hours = await adviser.get(`/api/v1/participants/${participantId}/hours`);
    expect(hours.status).toBe(200);
    expect(hours.body).toMatchObject({
      individual: { usedMinutes: 105, estimateMinutes: 90, remainingMinutes: 0, overEstimate: true },
      group: { usedMinutes: 120, estimateMinutes: 90, overEstimate: true },
      source: { law: expect.stringContaining('§ 11'), effectiveFrom: '2021-01-01' },
    });
    expect(hours.body.source.seed).toContain('1,5 time individuell veiledning og 1,5 time gruppeveiledning');
    expect((await counsellor.get(`/api/v1/participants/${participantId}/hours`)).body.individual.usedMinutes).toBe(105);

    const lead = await t.as('leder@vestland.demo');
    const centre = await lead.get('/api/v1/career-centre/hours');
    expect(centre.status).toBe(200);
    const mine = centre.body.items.find((i: { participant: { id: string } }) => i.participant.id === participantId);
    expect(mine).toMatchObject({ participant: { familyName: 'Timesen' }, municipality: { name: 'Bergen kommune' }, individual: { usedMinutes: 105 }, group: { usedMinutes: 120 } });
    expect(centre.body.totals.participants).toBe(centre.body.items.length);
    expect(centre.body.items.every((i: { municipality: { name: string } }) => i.municipality.name !== 'Drammen kommune')).toBe(true);
  });

  it('is for the centre lead, and out of scope is 404', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent');
    for (const email of ['veileder@vestland.demo', 'radgiver@bergen.demo', 'admin@veivalg.demo']) {
      expect((await (await t.as(email)).get('/api/v1/career-centre/hours')).status).toBe(403);
    }
    for (const email of ['radgiver@drammen.demo', 'veileder@buskerud.demo']) {
      expect((await (await t.as(email)).get(`/api/v1/participants/${participantId}/hours`)).status).toBe(404);
    }
    expect((await (await t.as('leder@vestland.demo')).get(`/api/v1/participants/${participantId}/hours`)).body).toMatchObject({
      individual: { usedMinutes: 0, remainingMinutes: 90 }, group: { usedMinutes: 0 },
    });
  });
});

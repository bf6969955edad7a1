import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder, sides } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import { auditEvents, orderTalks, users } from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';

const today = todayInOslo();
const talk = (extra: Record<string, unknown> = {}) => ({
  kind: 'pre-talk', heldOn: today, forCounsellor: 'Har kort skolegang, ønsker å bli helsefagarbeider.', nextSteps: 'Veileder ringer tolk.', ...extra,
});

/** The pre-talk and the follow-up talk on an order (issue 13 item 4): both sides, scoped, audited, soft-deleted. */
describe.each(databaseKinds)('talks before and after on %s', (kind) => {
  let t: TestApp;
  let adviser: ApiClient;
  let counsellor: ApiClient;
  let centreLead: ApiClient;
  const user: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    adviser = await t.as(sides.bergen.adviser);
    counsellor = await t.as(sides.bergen.counsellor);
    centreLead = await t.as('leder@vestland.demo');
    for (const u of await t.database.db.select({ id: users.id, email: users.email }).from(users)) user[u.email] = u.id;
  });
  afterAll(async () => { await t?.close(); });
  const events = (type: string, talkId?: string) => t.database.db.select().from(auditEvents)
    .where(and(eq(auditEvents.type, type))).orderBy(asc(auditEvents.id)).then((rows) => rows.filter((e) => !talkId || (e.data as any).talkId === talkId));
  const rows = async () => (await t.database.db.select({ n: count() }).from(orderTalks))[0]!.n;

  it('the adviser records a pre-talk; the counsellor sees it on the order with who took part; both are audited', async () => {
    const { orderId, participantId } = await participantWithOrder(t, 'bergen', 'accepted');
    const made = await adviser.post(`/api/v1/orders/${orderId}/talks`, talk());
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // Defaults: the adviser recording it, and the order's assigned counsellor on the other side.
    expect(made.body).toMatchObject({
      kind: 'pre-talk', heldOn: today, adviser: { name: 'Ragnhild Rådgiver' }, counsellor: { name: 'Vilde Veileder' },
      recordedBy: { id: user[sides.bergen.adviser] }, mayEdit: true, version: 1,
    });
    const seen = await counsellor.get(`/api/v1/orders/${orderId}/talks`);
    expect(seen.status).toBe(200);
    expect(seen.body.items).toHaveLength(1);
    expect(seen.body.items[0]).toMatchObject({ forCounsellor: talk().forCounsellor, nextSteps: talk().nextSteps, mayEdit: false });
    expect(seen.body.people.advisers.map((p: { name: string }) => p.name)).toContain('Ragnhild Rådgiver');
    expect(seen.body.people.counsellors.map((p: { name: string }) => p.name)).toContain('Vilde Veileder');
    const [recorded] = await events('talk.recorded', made.body.id);
    expect(recorded).toMatchObject({ participantId, orderId, actorUserId: user[sides.bergen.adviser] });
    expect(JSON.stringify(recorded!.data)).not.toContain('helsefagarbeider'); // ids and codes only, never the text
    expect((await events('talk.listed')).some((e) => e.orderId === orderId && e.actorUserId === user[sides.bergen.counsellor])).toBe(true);
    // The counsellor records the follow-up talk with the way forward.
    const after = await counsellor.post(`/api/v1/orders/${orderId}/talks`, { kind: 'follow-up-talk', heldOn: today, wayForward: 'Norsk til B1, så fagbrev.' });
    expect(after.status, JSON.stringify(after.body)).toBe(201);
    expect(after.body).toMatchObject({ counsellor: { name: 'Vilde Veileder' }, adviser: { name: 'Ragnhild Rådgiver' } });
  });

  it('another organisation gets 404 for the order and the talk; a centre that lost access too', async () => {
    const { orderId } = await participantWithOrder(t, 'bergen', 'sent');
    const made = (await adviser.post(`/api/v1/orders/${orderId}/talks`, talk())).body;
    const before = await rows();
    for (const email of [sides.drammen.adviser, sides.drammen.counsellor, 'admin@veivalg.demo', 'statistikk@veivalg.demo']) {
      const c = await t.as(email);
      expect((await c.get(`/api/v1/orders/${orderId}/talks`)).status, email).toBe(404);
      expect((await c.post(`/api/v1/orders/${orderId}/talks`, talk())).status, email).toBe(404);
      expect((await c.patch(`/api/v1/talks/${made.id}`, { nextSteps: 'x', version: 1 })).status, email).toBe(404);
      expect((await c.post(`/api/v1/talks/${made.id}/remove`, { version: 1 })).status, email).toBe(404);
    }
    // The centre rejects the order: it no longer sees the participant (src/domain/centre-access.ts), nor the talks.
    expect((await centreLead.post(`/api/v1/orders/${orderId}/transitions`, { to: 'rejected', reason: 'Feil senter' })).status).toBe(200);
    expect((await counsellor.get(`/api/v1/orders/${orderId}/talks`)).status).toBe(404);
    // The municipality still sees them, but a rejected order takes no new talk.
    expect((await adviser.get(`/api/v1/orders/${orderId}/talks`)).body.items).toHaveLength(1);
    const closed = await adviser.post(`/api/v1/orders/${orderId}/talks`, talk());
    expect(closed.status).toBe(409);
    expect(closed.body.error).toBe('talk.order-closed');
    // A draft is the municipality's own: the centre cannot reach it.
    const draft = await participantWithOrder(t, 'bergen', 'draft');
    expect((await counsellor.post(`/api/v1/orders/${draft.orderId}/talks`, talk())).status).toBe(404);
    expect(await rows()).toBe(before);
  });

  it('only the side that recorded a talk changes it; a stale version is 409; deleting is soft and in the trail', async () => {
    const { orderId, participantId } = await participantWithOrder(t, 'bergen', 'accepted');
    const made = (await adviser.post(`/api/v1/orders/${orderId}/talks`, talk())).body;
    expect((await counsellor.patch(`/api/v1/talks/${made.id}`, { nextSteps: 'Endret', version: made.version })).status).toBe(403);
    expect((await counsellor.post(`/api/v1/talks/${made.id}/remove`, { version: made.version })).status).toBe(403);
    const changed = await adviser.patch(`/api/v1/talks/${made.id}`, { nextSteps: 'Tolk bestilt.', version: made.version });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ nextSteps: 'Tolk bestilt.', version: 2 });
    expect((await events('talk.updated', made.id))[0]!.data).toMatchObject({ changedFields: ['nextSteps'] });
    const stale = await adviser.patch(`/api/v1/talks/${made.id}`, { nextSteps: 'For sent', version: made.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    expect((await adviser.post(`/api/v1/talks/${made.id}/remove`, { version: made.version })).status).toBe(409);
    const [kept] = await t.database.db.select().from(orderTalks).where(eq(orderTalks.id, made.id));
    expect(kept).toMatchObject({ nextSteps: 'Tolk bestilt.', version: 2, removedAt: null });

    expect((await adviser.post(`/api/v1/talks/${made.id}/remove`, { version: 2 })).status).toBe(204);
    const [removed] = await t.database.db.select().from(orderTalks).where(eq(orderTalks.id, made.id));
    expect(removed!.removedAt).not.toBeNull();
    expect(removed!.removedBy).toBe(user[sides.bergen.adviser]);
    expect(await events('talk.removed', made.id)).toHaveLength(1);
    expect((await adviser.get(`/api/v1/orders/${orderId}/talks`)).body.items).toEqual([]);
    expect((await adviser.patch(`/api/v1/talks/${made.id}`, { nextSteps: 'x', version: 3 })).status).toBe(404);
    // The participant's export still holds it (it was held about the person), with its removal.
    const exported = await (await t.as('leder@bergen.demo')).get(`/api/v1/participants/${participantId}/export`);
    expect(exported.body.sections.order_talks.map((r: { id: string; removedAt: string | null }) => [r.id, r.removedAt !== null])).toEqual([[made.id, true]]);
  });

  it('refuses bad input with a clear message per field, and changes nothing', async () => {
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const before = await rows();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [talk({ forCounsellor: 'x'.repeat(2001) }), 'forCounsellor', /høyst 2000 tegn/],
      [talk({ nextSteps: 'x'.repeat(100_000) }), 'nextSteps', /høyst 2000 tegn/],
      [talk({ wayForward: 'x'.repeat(2001) }), 'wayForward', /høyst 2000 tegn/],
      [talk({ forCounsellor: '   ', nextSteps: '' }), 'forCounsellor', /minst ett av punktene/],
      [talk({ heldOn: addDays(today, 1) }), 'heldOn', /fram i tid/],
      [talk({ heldOn: '2026-02-30' }), 'heldOn', /Ugyldig dato/],
      [talk({ kind: 'lunsj' }), 'kind', /Ugyldig valg/],
      [talk({ adviserId: user[sides.drammen.adviser] }), 'adviserId', /rådgiver i kommunen/],
      [talk({ counsellorId: user[sides.drammen.counsellor] }), 'counsellorId', /veileder ved karrieresenteret/],
      [talk({ counsellorId: user[sides.bergen.adviser] }), 'counsellorId', /veileder ved karrieresenteret/],
      [talk({ adviserId: 'ikke-en-id' }), 'adviserId', /Ugyldig id/],
      [talk({ extra: true }), 'extra', /Ukjent felt/],
    ];
    for (const [body, field, message] of cases) {
      const res = await adviser.post(`/api/v1/orders/${orderId}/talks`, body);
      expect(res.status, field).toBe(400);
      expect(res.body.fields[0].path, JSON.stringify(res.body)).toBe(field);
      expect(res.body.fields[0].message).toMatch(message);
    }
    expect(await rows()).toBe(before);
    expect((await adviser.post('/api/v1/orders/00000000-0000-4000-8000-000000000000/talks', talk())).status).toBe(404);
  });

  it('marks missing talks in the queue once the centre lead expects them, and the mark goes when they are recorded', async () => {
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const queued = async (client: ApiClient) => {
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: any = (await client.get(`/api/v1/orders?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
        const found = page.items.find((o: { id: string }) => o.id === orderId);
        if (found) return found.talks;
        cursor = page.nextCursor;
      }
      throw new Error('order not in the queue');
    };
    expect(await queued(counsellor)).toEqual({ expected: false, missing: [] });
    // Only the centre lead changes the setting; the municipality's field is not the centre's.
    const settings = (await centreLead.get('/api/v1/talk-settings')).body;
    expect(settings).toMatchObject({ kind: 'career-centre', version: 0, talksExpected: false });
    expect((await counsellor.put('/api/v1/talk-settings', { version: 0, talksExpected: true })).status).toBe(403);
    const theirs = await centreLead.put('/api/v1/talk-settings', { version: 0, followUpProposalMonths: 3 });
    expect(theirs.status).toBe(400);
    expect(theirs.body.fields[0].path).toBe('followUpProposalMonths');
    const saved = await centreLead.put('/api/v1/talk-settings', { version: 0, talksExpected: true });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ talksExpected: true, version: 1 });
    expect((await centreLead.put('/api/v1/talk-settings', { version: 0, talksExpected: false })).status).toBe(409);
    expect((await events('talk-settings.updated')).at(-1)!.data).toMatchObject({ changedFields: ['talksExpected'] });

    expect(await queued(counsellor)).toEqual({ expected: true, missing: ['pre-talk'] });
    // The municipality sees the same mark on its list (the centre's expectation).
    expect(await queued(adviser)).toEqual({ expected: true, missing: ['pre-talk'] });
    expect((await adviser.post(`/api/v1/orders/${orderId}/talks`, talk())).status).toBe(201);
    expect(await queued(counsellor)).toEqual({ expected: true, missing: [] });
    for (const to of ['scheduled', 'completed']) expect((await counsellor.post(`/api/v1/orders/${orderId}/transitions`, { to })).status).toBe(200);
    expect(await queued(counsellor)).toEqual({ expected: true, missing: ['follow-up-talk'] });
    expect((await counsellor.post(`/api/v1/orders/${orderId}/talks`, { kind: 'follow-up-talk', heldOn: today, wayForward: 'Fagbrev' })).status).toBe(201);
    expect(await queued(counsellor)).toEqual({ expected: true, missing: [] });
    expect((await centreLead.put('/api/v1/talk-settings', { version: 1, talksExpected: false })).status).toBe(200);
  });
});

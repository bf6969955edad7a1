import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder, sides } from '../../test/fixtures.ts';
import {
  auditEvents, guidanceNoteFeedback, guidanceNotes, guidanceOrders, organisations, participantPageLinks, participants,
} from '../../db/schema.ts';
import { addDays, centreAccess, todayInOslo } from '../../../domain/index.ts';
import { centreSeesParticipant } from './policy.ts';
import { accessFactsOf } from './access.ts';
import type { ApiClient } from '../../test/client.ts';

/**
 * Issue 15, findings 1 and 2: a centre sees a participant only through an order sent to it that is open, or completed
 * and within the municipality's period after the feedback. Everything else answers 404, as for a stranger.
 */
describe.each(databaseKinds)('career centre access on %s', (kind) => {
  let t: TestApp;
  let counsellor: ApiClient;
  let adviser: ApiClient;
  let lead: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(kind);
    counsellor = await t.as(sides.bergen.counsellor);
    adviser = await t.as(sides.bergen.adviser);
    lead = await t.as('leder@bergen.demo');
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  /** Every read of a participant's records the centre has, and making a page link. */
  async function centreAnswers(participantId: string, orderId: string) {
    return {
      participant: (await counsellor.get(`/api/v1/participants/${participantId}`)).status,
      brief: (await counsellor.get(`/api/v1/participants/${participantId}/brief`)).status,
      orders: (await counsellor.get(`/api/v1/participants/${participantId}/orders`)).status,
      order: (await counsellor.get(`/api/v1/orders/${orderId}`)).status,
      sessions: (await counsellor.get(`/api/v1/orders/${orderId}/sessions`)).status,
      journeyPlans: (await counsellor.get(`/api/v1/participants/${participantId}/journey-plans`)).status,
      pageLinks: (await counsellor.get(`/api/v1/participants/${participantId}/page-links`)).status,
      pageResources: (await counsellor.get(`/api/v1/participants/${participantId}/page-resources`)).status,
      newPageLink: (await counsellor.post(`/api/v1/participants/${participantId}/page-links`, { language: 'ar', background: 'primary' })).status,
    };
  }
  const all404 = { participant: 404, brief: 404, orders: 404, order: 404, sessions: 404, journeyPlans: 404, pageLinks: 404, pageResources: 404, newPageLink: 404 };

  async function inCentreLists(participantId: string, orderId: string) {
    const participantsList = await counsellor.get('/api/v1/participants?limit=100');
    const ordersList = await counsellor.get('/api/v1/orders?limit=100');
    return {
      participant: participantsList.body.items.some((p: { id: string }) => p.id === participantId),
      order: ordersList.body.items.some((o: { id: string }) => o.id === orderId),
    };
  }

  it('finding 1: an order cancelled before it was sent gives the centre nothing', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'draft');
    const draft = await adviser.get(`/api/v1/orders/${orderId}`);
    const cancelled = await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'cancelled', reason: 'Flyttet', version: draft.body.version });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(await centreAnswers(participantId, orderId)).toEqual(all404);
    expect(await inCentreLists(participantId, orderId)).toEqual({ participant: false, order: false });
    const links = await t.database.db.select({ id: participantPageLinks.id }).from(participantPageLinks).where(eq(participantPageLinks.participantId, participantId));
    expect(links).toHaveLength(0);
  });

  it('finding 2: the centre loses access when it rejects the order', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'sent');
    expect((await counsellor.get(`/api/v1/participants/${participantId}`)).status).toBe(200);
    const rejected = await counsellor.post(`/api/v1/orders/${orderId}/transitions`, { to: 'rejected', reason: 'Ikke vårt fylke' });
    // The answer to its own step is the order as it now is; every later request is 404.
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect(await centreAnswers(participantId, orderId)).toEqual(all404);
    expect(await inCentreLists(participantId, orderId)).toEqual({ participant: false, order: false });
    // The municipality still sees it all.
    expect((await adviser.get(`/api/v1/orders/${orderId}`)).status).toBe(200);
  });

  it('finding 2: the centre loses access when the municipality cancels a sent or accepted order', async () => {
    for (const status of ['sent', 'accepted'] as const) {
      const { participantId, orderId } = await participantWithOrder(t, 'bergen', status);
      const current = await adviser.get(`/api/v1/orders/${orderId}`);
      const cancelled = await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'cancelled', reason: 'Flyttet', version: current.body.version });
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      expect(await centreAnswers(participantId, orderId), status).toEqual(all404);
    }
  });

  it('a new order sent after a rejection gives access again', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'sent');
    await counsellor.post(`/api/v1/orders/${orderId}/transitions`, { to: 'rejected', reason: 'Mangler tolk' });
    const again = await adviser.post(`/api/v1/participants/${participantId}/orders`, { format: 'individual', language: 'ar', interpreterLanguage: 'ar', mode: 'in-person' });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect((await counsellor.get(`/api/v1/participants/${participantId}`)).status).toBe(404);
    await adviser.post(`/api/v1/orders/${again.body.id}/transitions`, { to: 'sent', version: again.body.version });
    expect((await counsellor.get(`/api/v1/participants/${participantId}`)).status).toBe(200);
    // The rejected order is history the centre may read again while the new one is open.
    expect((await counsellor.get(`/api/v1/orders/${orderId}`)).status).toBe(200);
  });

  it('a completed order gives access until the feedback plus the municipality\'s days, then 404', async () => {
    const db = t.database.db;
    const [bergen] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Bergen kommune'));
    // The seeded Bergen participant whose completed order has a sent note with feedback three days ago.
    const [done] = await db.select({ participantId: guidanceNotes.participantId, orderId: guidanceNotes.orderId, noteId: guidanceNotes.id })
      .from(guidanceNotes).innerJoin(guidanceNoteFeedback, eq(guidanceNoteFeedback.noteId, guidanceNotes.id))
      .innerJoin(guidanceOrders, eq(guidanceOrders.id, guidanceNotes.orderId))
      .where(and(eq(guidanceNotes.municipalityId, bergen!.id), eq(guidanceOrders.status, 'completed')));
    expect(done).toBeDefined();
    const { participantId, orderId, noteId } = done!;
    const open = await centreAnswers(participantId, orderId);
    expect(open).toMatchObject({ participant: 200, brief: 200, orders: 200, order: 200, sessions: 200, journeyPlans: 200, pageLinks: 200, newPageLink: 201 });
    expect((await counsellor.get(`/api/v1/orders/${orderId}/note`)).status).toBe(200);
    expect(JSON.stringify((await (await t.as('leder@vestland.demo')).get('/api/v1/career-centre/hours')).body)).toContain(participantId);

    // Feedback 91 days ago (Oslo days): one day past the default 90.
    const feedbackAt = (daysAgo: number) => new Date(`${addDays(todayInOslo(), -daysAgo)}T10:00:00Z`);
    await db.update(guidanceNoteFeedback).set({ createdAt: feedbackAt(91) }).where(eq(guidanceNoteFeedback.noteId, noteId));
    expect(await centreAnswers(participantId, orderId)).toEqual(all404);
    expect((await counsellor.get(`/api/v1/orders/${orderId}/note`)).status).toBe(404);
    expect((await counsellor.get(`/api/v1/notes/${noteId}`)).status).toBe(404);
    expect(await inCentreLists(participantId, orderId)).toEqual({ participant: false, order: false });
    const hours = await (await t.as('leder@vestland.demo')).get('/api/v1/career-centre/hours');
    expect(hours.status).toBe(200);
    expect(JSON.stringify(hours.body)).not.toContain(participantId);

    // The municipality lead lengthens the period: access is back, and the access list says why and until when.
    const settings = await lead.get('/api/v1/note-settings');
    const saved = await lead.put('/api/v1/note-settings', { version: settings.body.version, centreAccessDays: 120 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.centreAccessDays).toBe(120);
    expect((await counsellor.get(`/api/v1/participants/${participantId}`)).status).toBe(200);
    const access = await lead.get(`/api/v1/participants/${participantId}/access`);
    expect(access.status).toBe(200);
    expect(access.body.centreAccessDays).toBe(120);
    expect(access.body.items.map((i: { kind: string; reason: string; until: string | null }) => [i.kind, i.reason, i.until])).toEqual([
      ['municipality', 'registered-here', null],
      ['career-centre', 'completed-within-period', addDays(addDays(todayInOslo(), -91), 120)],
    ]);

    // Back to the default for the rest of the file.
    await lead.put('/api/v1/note-settings', { version: saved.body.version, centreAccessDays: 90 });
    expect((await counsellor.get(`/api/v1/participants/${participantId}`)).status).toBe(404);
    const after = await lead.get(`/api/v1/participants/${participantId}/access`);
    expect(after.body.items.map((i: { kind: string }) => i.kind)).toEqual(['municipality']);
  });

  it('the access list: lead only, in scope, audited; bad settings are refused with a field message', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'accepted');
    const res = await lead.get(`/api/v1/participants/${participantId}/access`);
    expect(res.status).toBe(200);
    expect(res.body.items[1]).toMatchObject({ kind: 'career-centre', organisationName: 'Karriere Vestland', reason: 'open-order', until: null });
    expect(res.body.items[1].orders).toHaveLength(1);
    const [event] = await t.database.db.select().from(auditEvents)
      .where(and(eq(auditEvents.type, 'participant.access-viewed'), eq(auditEvents.participantId, participantId))).orderBy(asc(auditEvents.id));
    expect(event).toBeDefined();
    expect((await adviser.get(`/api/v1/participants/${participantId}/access`)).status).toBe(403);
    // The centre sees the participant (an open order), so its roles get 403; another municipality 404.
    expect((await counsellor.get(`/api/v1/participants/${participantId}/access`)).status).toBe(403);
    expect((await (await t.as('leder@vestland.demo')).get(`/api/v1/participants/${participantId}/access`)).status).toBe(403);
    expect((await (await t.as(sides.drammen.adviser)).get(`/api/v1/participants/${participantId}/access`)).status).toBe(404);
    expect((await lead.get('/api/v1/participants/00000000-0000-4000-8000-000000000000/access')).status).toBe(404);
    expect((await lead.get('/api/v1/participants/not-a-uuid/access')).status).toBe(400);

    const settings = await lead.get('/api/v1/note-settings');
    for (const bad of [-1, 731, 1.5, '90', null]) {
      const r = await lead.put('/api/v1/note-settings', { version: settings.body.version, centreAccessDays: bad });
      expect(r.status, String(bad)).toBe(400);
      expect(r.body.fields?.[0]?.path ?? r.body.fields?.[0]?.field, String(bad)).toBe('centreAccessDays');
    }
    expect((await lead.get('/api/v1/note-settings')).body.version).toBe(settings.body.version);
    // A centre lead may not set the municipality's period.
    const centreLead = await t.as('leder@vestland.demo');
    const theirs = await centreLead.get('/api/v1/note-settings');
    expect((await centreLead.put('/api/v1/note-settings', { version: theirs.body.version, centreAccessDays: 5 })).status).toBe(400);
  });

  it('the SQL scope agrees with the pure rule for every centre and participant, on several days', async () => {
    const db = t.database.db;
    const centres = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, 'career-centre'));
    const people = await db.select({ id: participants.id, municipalityId: participants.municipalityId }).from(participants);
    const today = todayInOslo();
    let granted = 0;
    for (const day of [today, addDays(today, 60), addDays(today, 100)]) {
      for (const c of centres) {
        const seen = new Set((await db.select({ id: participants.id }).from(participants)
          .where(centreSeesParticipant(participants.id, c.id, day))).map((r) => r.id));
        for (const p of people) {
          const facts = (await accessFactsOf(db, p.id)).filter((f) => f.centreId === c.id);
          const expected = centreAccess(facts, day, 90).access;
          expect(seen.has(p.id), `${p.id} at ${c.id} on ${day}`).toBe(expected);
          if (expected) granted++;
        }
      }
    }
    expect(granted).toBeGreaterThan(0);
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { newcomer, participantWithOrder, sides } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import { auditEvents, guidanceNoteFeedback, guidanceNotes, guidanceOrders, journeyPlans } from '../../db/schema.ts';
import { addCalendarMonths, addDays, todayInOslo } from '../../../domain/index.ts';

const today = todayInOslo();
const followUp = { format: 'individual', language: 'ar', mode: 'digital', kind: 'follow-up', purpose: 'end-of-programme' };

/** Later conversations and the hand-over to NAV (issue 13 item 5). */
describe.each(databaseKinds)('follow-up conversations and the NAV hand-over on %s', (kind) => {
  let t: TestApp;
  let adviser: ApiClient;
  let counsellor: ApiClient;
  let mLead: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(kind);
    adviser = await t.as(sides.bergen.adviser);
    counsellor = await t.as(sides.bergen.counsellor);
    mLead = await t.as('leder@bergen.demo');
  });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;

  /** A participant whose first guidance was held (the order completed), with a programme end date. */
  async function guided(programmeEndDate: string | null) {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'accepted', { participant: { programmeEndDate } });
    for (const to of ['scheduled', 'completed']) expect((await counsellor.post(`/api/v1/orders/${orderId}/transitions`, { to })).status).toBe(200);
    return { participantId, orderId };
  }

  it('the programme end date is an optional field of the participant: form, API and validation', async () => {
    const end = addCalendarMonths(today, 20);
    const p = await adviser.post('/api/v1/participants', newcomer('Sluttdato', { programmeEndDate: end }));
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    expect(p.body.programmeEndDate).toBe(end);
    const before = await adviser.post('/api/v1/participants', newcomer('Sluttdato', { programmeEndDate: addDays(today, -400) }));
    expect(before.status).toBe(400);
    expect(before.body.fields).toEqual([{ path: 'programmeEndDate', message: 'Programmet kan ikke slutte før bosettingsdatoen.' }]);
    const bad = await adviser.patch(`/api/v1/participants/${p.body.id}`, { programmeEndDate: '2027-02-30', version: p.body.version });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('programmeEndDate');
    const cleared = await adviser.patch(`/api/v1/participants/${p.body.id}`, { programmeEndDate: null, version: p.body.version });
    expect(cleared.body.programmeEndDate).toBeNull();
    const [event] = (await db().select().from(auditEvents).where(and(eq(auditEvents.type, 'participant.updated'), eq(auditEvents.participantId, p.body.id))).orderBy(asc(auditEvents.id)));
    expect(event!.data).toMatchObject({ changedFields: ['programmeEndDate'] });
  });

  it('proposes a follow-up conversation when the programme ends within the municipality\'s months, and not otherwise', async () => {
    const near = await guided(addCalendarMonths(today, 4));
    const far = await guided(addCalendarMonths(today, 10));
    const none = await guided(null);
    const proposal = async (id: string) => (await adviser.get(`/api/v1/participants/${id}/follow-up-proposal`)).body;
    expect(await proposal(near.participantId)).toMatchObject({ proposed: true, reason: 'end-of-programme', months: 6, from: addCalendarMonths(addCalendarMonths(today, 4), -6) });
    expect(await proposal(far.participantId)).toMatchObject({ proposed: false, reason: 'not-yet' });
    expect(await proposal(none.participantId)).toMatchObject({ proposed: false, reason: 'no-end-date', from: null });
    // The municipality lead sets 12 months: now the far one is proposed too. The centre's field is not the municipality's.
    const settings = (await mLead.get('/api/v1/talk-settings')).body;
    expect(settings).toMatchObject({ kind: 'municipality', followUpProposalMonths: 6, defaultFollowUpProposalMonths: 6 });
    expect(settings.followUpSource.seed).toContain('mot slutten av perioden');
    expect((await mLead.put('/api/v1/talk-settings', { version: 0, talksExpected: true })).status).toBe(400);
    for (const months of [0, 25, 1.5]) {
      const res = await mLead.put('/api/v1/talk-settings', { version: 0, followUpProposalMonths: months });
      expect(res.status, String(months)).toBe(400);
      expect(res.body.fields[0].path).toBe('followUpProposalMonths');
    }
    expect((await adviser.put('/api/v1/talk-settings', { version: 0, followUpProposalMonths: 12 })).status).toBe(403);
    expect((await mLead.put('/api/v1/talk-settings', { version: 0, followUpProposalMonths: 12 })).status).toBe(200);
    expect(await proposal(far.participantId)).toMatchObject({ proposed: true, months: 12 });
    // Rights: the centre sees the participant but the proposal is the municipality's; another municipality gets 404.
    expect((await counsellor.get(`/api/v1/participants/${near.participantId}/follow-up-proposal`)).status).toBe(403);
    expect((await (await t.as(sides.drammen.adviser)).get(`/api/v1/participants/${near.participantId}/follow-up-proposal`)).status).toBe(404);
    expect((await mLead.put('/api/v1/talk-settings', { version: 1, followUpProposalMonths: 6 })).status).toBe(200);
  });

  it('a follow-up order has a purpose and no § 11 deadline, is shown as a follow-up in every list, and is refused before guidance', async () => {
    const fresh = await participantWithOrder(t, 'bergen', 'draft');
    await adviser.post(`/api/v1/orders/${fresh.orderId}/transitions`, { to: 'cancelled', reason: 'Test' });
    const early = await adviser.post(`/api/v1/participants/${fresh.participantId}/orders`, followUp);
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('order.follow-up-needs-guidance');

    const { participantId } = await guided(addCalendarMonths(today, 3));
    const before = (await db().select({ n: count() }).from(guidanceOrders))[0]!.n;
    const bad: [Record<string, unknown>, string][] = [
      [{ ...followUp, purpose: undefined }, 'purpose'],
      [{ ...followUp, purpose: 'other' }, 'purposeText'],
      [{ ...followUp, purpose: 'holiday' }, 'purpose'],
      [{ ...followUp, purpose: 'other', purposeText: 'x'.repeat(501) }, 'purposeText'],
      [{ ...followUp, kind: 'second' }, 'kind'],
      [{ ...followUp, kind: undefined }, 'purpose'],
    ];
    for (const [body, field] of bad) {
      const res = await adviser.post(`/api/v1/participants/${participantId}/orders`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.fields[0].path, JSON.stringify(res.body)).toBe(field);
      expect(res.body.fields[0].message).toMatch(/\S/);
    }
    expect((await db().select({ n: count() }).from(guidanceOrders))[0]!.n).toBe(before);

    const proposed = (await adviser.get(`/api/v1/participants/${participantId}/follow-up-proposal`)).body;
    expect(proposed.proposed).toBe(true);
    const made = await adviser.post(`/api/v1/participants/${participantId}/orders`, { ...followUp, preferredTo: addDays(today, 40) });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ kind: 'follow-up', purpose: 'end-of-programme', participant: { decisionDeadline: null, deadlineStatus: 'no-deadline' } });
    // One open order at a time, as for first orders; the proposal steps back once one is ordered.
    expect((await adviser.post(`/api/v1/participants/${participantId}/orders`, followUp)).status).toBe(409);
    expect((await adviser.get(`/api/v1/participants/${participantId}/follow-up-proposal`)).body).toMatchObject({ proposed: false, reason: 'already-ordered' });
    const sent = await adviser.post(`/api/v1/orders/${made.body.id}/transitions`, { to: 'sent', version: made.body.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    // The queue sorts it by the wished-for date, not by the old § 12 deadline; an edit of the settlement date leaves it.
    const [row] = await db().select({ d: guidanceOrders.decisionDeadline }).from(guidanceOrders).where(eq(guidanceOrders.id, made.body.id));
    expect(row!.d).toBe(addDays(today, 40));
    const p = (await adviser.get(`/api/v1/participants/${participantId}`)).body;
    expect((await adviser.patch(`/api/v1/participants/${participantId}`, { settlementDate: addDays(today, -10), version: p.version })).status).toBe(200);
    expect((await db().select({ d: guidanceOrders.decisionDeadline }).from(guidanceOrders).where(eq(guidanceOrders.id, made.body.id)))[0]!.d).toBe(addDays(today, 40));
    // The centre's queue, the order itself and the participant's orders all say follow-up, without a deadline.
    const inQueue = async () => {
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: any = (await counsellor.get(`/api/v1/orders?status=sent&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
        const found = page.items.find((o: { id: string }) => o.id === made.body.id);
        if (found) return found;
        cursor = page.nextCursor;
      }
      return null;
    };
    expect(await inQueue()).toMatchObject({ kind: 'follow-up', purpose: 'end-of-programme', participant: { decisionDeadline: null } });
    expect((await counsellor.get(`/api/v1/orders/${made.body.id}`)).body.kind).toBe('follow-up');
    const list = (await adviser.get(`/api/v1/participants/${participantId}/orders`)).body.items;
    expect(list.map((o: { kind: string }) => o.kind)).toEqual(['first', 'follow-up']);
    // A first order with a purpose is a contradiction.
    const other = await participantWithOrder(t, 'bergen', 'draft');
    await adviser.post(`/api/v1/orders/${other.orderId}/transitions`, { to: 'cancelled', reason: 'Test' });
    const contradiction = await adviser.post(`/api/v1/participants/${other.participantId}/orders`, { format: 'individual', language: 'ar', mode: 'digital', purpose: 'change-of-plan' });
    expect(contradiction.status).toBe(400);
    expect(contradiction.body.fields[0].path).toBe('purpose');
  });

  it('prepares the NAV hand-over with only the ticked parts, audited; municipality only, in scope', async () => {
    // The demo's Bergen participant with a sent note, feedback and journey plans.
    const [seeded] = await db().select({ participantId: guidanceNotes.participantId }).from(guidanceNotes)
      .innerJoin(guidanceNoteFeedback, eq(guidanceNoteFeedback.noteId, guidanceNotes.id))
      .innerJoin(journeyPlans, eq(journeyPlans.participantId, guidanceNotes.participantId)).limit(1);
    const id = seeded!.participantId;
    const sources = await adviser.get(`/api/v1/participants/${id}/nav-handover`);
    expect(sources.status, JSON.stringify(sources.body)).toBe(200);
    expect(sources.body.available).toEqual({ recommendation: true, journeyPlan: true, endGoal: true });
    expect(sources.body.endGoal).toMatchObject({ code: 'upper-secondary' });

    const doc = await adviser.post(`/api/v1/participants/${id}/nav-handover`, { include: ['recommendation', 'endGoal'], format: 'print' });
    expect(doc.status, JSON.stringify(doc.body)).toBe(200);
    expect(doc.body.included).toEqual(['recommendation', 'endGoal']);
    expect(doc.body.recommendation.kind).toBeTruthy();
    expect(doc.body).not.toHaveProperty('journeyPlan');
    expect(JSON.stringify(doc.body)).not.toContain(sources.body.journeyPlan[0].goal);
    const exported = await adviser.post(`/api/v1/participants/${id}/nav-handover`, { include: ['journeyPlan'], format: 'json' });
    expect(Object.keys(exported.body).filter((k) => ['recommendation', 'journeyPlan', 'endGoal'].includes(k))).toEqual(['journeyPlan']);
    const trail = await db().select().from(auditEvents).where(and(eq(auditEvents.type, 'nav-handover.prepared'), eq(auditEvents.participantId, id))).orderBy(asc(auditEvents.id));
    expect(trail.map((e) => e.data)).toEqual([
      { participantId: id, included: ['recommendation', 'endGoal'], format: 'print' },
      { participantId: id, included: ['journeyPlan'], format: 'json' },
    ]);

    const count0 = trail.length;
    for (const [body, field] of [[{ include: [] }, 'include'], [{ include: ['diagnosis'] }, 'include.0'], [{ include: ['endGoal'], format: 'pdf' }, 'format'], [{ include: ['endGoal'], extra: 1 }, 'extra']] as const) {
      const res = await adviser.post(`/api/v1/participants/${id}/nav-handover`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.fields[0].path).toBe(field);
    }
    // A part that does not exist is refused, not printed empty.
    const { participantId: bare } = await guided(null);
    const missing = await adviser.post(`/api/v1/participants/${bare}/nav-handover`, { include: ['recommendation'] });
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].message).toMatch(/finnes ikke/);
    expect((await db().select().from(auditEvents).where(and(eq(auditEvents.type, 'nav-handover.prepared'), eq(auditEvents.participantId, id))).orderBy(asc(auditEvents.id))).length).toBe(count0);
    // The centre and other organisations.
    expect((await counsellor.get(`/api/v1/participants/${bare}/nav-handover`)).status).toBe(403);
    expect((await counsellor.post(`/api/v1/participants/${bare}/nav-handover`, { include: ['endGoal'] })).status).toBe(403);
    expect((await (await t.as(sides.drammen.adviser)).post(`/api/v1/participants/${id}/nav-handover`, { include: ['endGoal'] })).status).toBe(404);
    expect((await (await t.as('admin@veivalg.demo')).get(`/api/v1/participants/${id}/nav-handover`)).status).toBe(404);
  });
});

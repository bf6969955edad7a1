import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { auditEvents, guidanceOrders, participants } from '../../db/schema.ts';
import { RULE_SET_VERSION, addDays, todayInOslo } from '../../../domain/index.ts';
import { answerRequiredBrief } from '../../test/fixtures.ts';
import { recomputeStoredRuleResults } from './sync.ts';

const END_6A = 'integreringsloven-6a-collective-protection:ends';
const ukrainian = {
  givenName: 'Olena', familyName: 'Etter-6A', birthDate: '1990-01-01', nationalId: null, residenceBasis: 'collective-protection',
  permitDate: '2026-07-20', settlementDate: '2026-08-01', programmeRequestDate: null, preferredLanguage: 'uk', interpreterLanguage: 'uk',
};
type Change = { id: string; date: string; timing: string; affectedCount: number; affected: { id: string; before: string; after: string }[] };

describe.each(databaseKinds)('Regelendringer (rule changes and whom they affect) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('the municipality lead sees the end of chapter 6A with the participants it changed from "right" to "right and duty"', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', ukrainian)).body;
    expect(p.guidanceRight).toBe('right-and-duty');
    const lead = await t.as('leder@bergen.demo');
    const res = await lead.get('/api/v1/rules/changes');
    expect(res.status).toBe(200);
    const end = (res.body.changes as Change[]).find((c) => c.id === END_6A)!;
    expect(end).toMatchObject({ date: '2026-07-01', timing: 'past' });
    expect(end.affected).toContainEqual(expect.objectContaining({ id: p.id, before: 'right', after: 'right-and-duty' }));
    expect(end.affectedCount).toBeGreaterThanOrEqual(end.affected.length);
    const rule = res.body.rules.find((r: { id: string }) => r.id === 'integreringsloven-6a-collective-protection');
    expect(rule).toMatchObject({ effectiveFrom: '2022-06-15', effectiveUntil: '2026-07-01', law: expect.stringContaining('§ 37 b') });
  });

  it('the centre lead sees only participants with an order sent to the centre; an adviser is refused; the administrator sees rules, no people', async () => {
    const centreLead = await t.as('leder@vestland.demo');
    const res = await centreLead.get('/api/v1/rules/changes');
    expect(res.status).toBe(200);
    const names = (res.body.changes as Change[]).flatMap((c) => c.affected.map((a) => (a as unknown as { familyName: string }).familyName));
    expect(names).not.toContain('Etter-6A');
    expect((await (await t.as('radgiver@bergen.demo')).get('/api/v1/rules/changes')).status).toBe(403);
    const admin = await t.as('admin@veivalg.demo');
    const adminView = await admin.get('/api/v1/rules/changes');
    expect(adminView.status).toBe(200);
    expect((adminView.body.changes as Change[]).every((c) => c.affectedCount === 0 && c.affected.length === 0)).toBe(true);
    expect((await t.client().get('/api/v1/rules/changes')).status).toBe(401);
  });

  it('rows stored by another rule-set version are recomputed in audited batches, and every queue then agrees with the page', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const counsellor = await t.as('veileder@vestland.demo');
    const db = t.database.db;
    const today = todayInOslo();
    // A: settled 200 days ago, no guidance: overdue on the page. B: chapter 6A after its end. C: a correct participant.
    const a = (await adviser.post('/api/v1/participants', { ...ukrainian, residenceBasis: 'refugee', familyName: 'Foreldet', permitDate: addDays(today, -230), settlementDate: addDays(today, -200) })).body;
    const b = (await adviser.post('/api/v1/participants', { ...ukrainian, familyName: 'Lagret' })).body;
    const c = (await adviser.post('/api/v1/participants', { ...ukrainian, residenceBasis: 'refugee', familyName: 'Riktig', permitDate: addDays(today, -40), settlementDate: addDays(today, -10) })).body;
    const sendOrder = async (p: { id: string }) => {
      await answerRequiredBrief(adviser, p.id);
      const o = (await adviser.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'uk', mode: 'in-person' })).body;
      expect((await adviser.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent', version: o.version })).status).toBe(200);
      return o.id as string;
    };
    const orderA = await sendOrder(a);
    const orderC = await sendOrder(c);
    // As if an older release (version 0, rules that gave other answers) wrote them: A's deadline two months ahead
    // (on its order too), B's answer "right" (chapter 6A without an end), C's order with a stale copy of the deadline.
    const wrong = addDays(today, 60);
    await db.update(participants).set({ decisionDeadline: wrong, rulesVersion: 0 }).where(eq(participants.id, a.id));
    await db.update(guidanceOrders).set({ decisionDeadline: wrong, rulesVersion: 0 }).where(eq(guidanceOrders.id, orderA));
    await db.update(participants).set({ guidanceRight: 'right', guidanceRightChange: null, rulesVersion: 0 }).where(eq(participants.id, b.id));
    await db.update(guidanceOrders).set({ decisionDeadline: wrong, rulesVersion: 0 }).where(eq(guidanceOrders.id, orderC));

    const agreement = async () => {
      const page = (id: string) => adviser.get(`/api/v1/participants/${id}`).then((r) => r.body as { id: string; deadlines: { decision: string | null; status: string } });
      const list = (await adviser.get('/api/v1/participants?limit=100')).body.items as { id: string; deadlines: { decision: string | null; status: string } }[];
      const overdue = (await adviser.get('/api/v1/participants?status=overdue&limit=100')).body.items as { id: string }[];
      const start = (await adviser.get('/api/v1/start')).body.counts as { deadlineOverdue: number; deadlineDueSoon: number };
      const queue = (await counsellor.get('/api/v1/orders?status=sent&limit=100')).body.items as { id: string; kind: string; participant: { id: string; decisionDeadline: string | null } }[];
      const pages = await Promise.all([a, b, c].map((p) => page(p.id)));
      const firsts = queue.filter((o) => o.kind === 'first' && o.participant.decisionDeadline);
      return {
        // The list is sorted by the stored deadline; the dates it shows are the page's.
        listSorted: list.every((p, i) => i === 0 || !p.deadlines.decision || !list[i - 1]!.deadlines.decision || list[i - 1]!.deadlines.decision! <= p.deadlines.decision),
        overdueFilter: overdue.map((p) => p.id).sort(),
        overdueOnPages: list.filter((p) => p.deadlines.status === 'overdue').map((p) => p.id).sort(),
        startOverdue: start.deadlineOverdue,
        startDueSoon: start.deadlineDueSoon,
        dueSoonOnPages: list.filter((p) => p.deadlines.status === 'due-soon').length,
        // The centre's queue is sorted by the order's copy and shows the participant's stored deadline.
        queueSorted: firsts.every((o, i) => i === 0 || firsts[i - 1]!.participant.decisionDeadline! <= o.participant.decisionDeadline!),
        queueShows: [orderA, orderC].map((id) => queue.find((o) => o.id === id)?.participant.decisionDeadline),
        pages: [pages[0]!.deadlines.decision, pages[2]!.deadlines.decision],
        pageA: pages[0]!,
      };
    };
    const before = await agreement();
    // The stale rows make the queues disagree with the page (the check below can fail).
    expect(before.pageA.deadlines.status).toBe('overdue');
    expect(before.overdueFilter).not.toContain(a.id);
    expect(before.startOverdue).toBe(before.overdueOnPages.length - 1);

    const lastAudit = (await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!.id;
    const result = await recomputeStoredRuleResults(db, { batchSize: 1 });
    expect(result).toEqual({
      participants: { examined: 2, deadlinesChanged: 1, rightsChanged: 1, batches: 2 },
      orders: { examined: 1, deadlinesChanged: 1, batches: 1 },
    });
    // One audit event per batch, counts only: no participant, no order, no names.
    const batches = await db.select().from(auditEvents).where(and(gt(auditEvents.id, lastAudit), eq(auditEvents.type, 'rules.recomputed'))).orderBy(auditEvents.id);
    // (Batches go by participant id, so A and B come in either order.)
    const key = (d: unknown) => { const e = d as Record<string, number | string>; return `${e['table']}${e['deadlinesChanged']}${e['rightsChanged']}`; };
    expect(batches.map((e) => e.data).sort((x, y) => key(x).localeCompare(key(y)))).toEqual([
      { table: 'orders', rulesVersion: RULE_SET_VERSION, examined: 1, deadlinesChanged: 1, rightsChanged: 0 },
      { table: 'participants', rulesVersion: RULE_SET_VERSION, examined: 1, deadlinesChanged: 0, rightsChanged: 1 },
      { table: 'participants', rulesVersion: RULE_SET_VERSION, examined: 1, deadlinesChanged: 1, rightsChanged: 0 },
    ]);
    expect(batches.every((e) => e.participantId === null && e.orderId === null && e.actorUserId === null)).toBe(true);

    const after = await agreement();
    expect(after.overdueFilter).toEqual(after.overdueOnPages);
    expect(after.overdueFilter).toContain(a.id);
    expect(after.startOverdue).toBe(after.overdueOnPages.length);
    expect(after.startDueSoon).toBe(after.dueSoonOnPages);
    expect(after.listSorted).toBe(true);
    expect(after.queueSorted).toBe(true);
    expect(after.queueShows).toEqual(after.pages);
    const orders = await db.select({ id: guidanceOrders.id, d: guidanceOrders.decisionDeadline, v: guidanceOrders.rulesVersion }).from(guidanceOrders).where(inArray(guidanceOrders.id, [orderA, orderC]));
    expect(orders.map((o) => [o.id, o.d, o.v]).sort()).toEqual([[orderA, after.pages[0], RULE_SET_VERSION], [orderC, after.pages[1], RULE_SET_VERSION]].sort());
    // B: the changed answer is recorded on the participant and in their trail, as before.
    const pb = (await adviser.get(`/api/v1/participants/${b.id}`)).body;
    expect(pb.guidanceRightChange).toMatchObject({ from: 'right', to: 'right-and-duty', cause: 'rules' });
    const trail = (await (await t.as('leder@bergen.demo')).get(`/api/v1/participants/${b.id}/audit`)).body.items;
    expect(trail).toContainEqual(expect.objectContaining({ type: 'participant.guidance-right-changed' }));
    // Nothing left for this version: a second run (another instance, the daily job) changes and audits nothing.
    expect(await recomputeStoredRuleResults(db)).toEqual({
      participants: { examined: 0, deadlinesChanged: 0, rightsChanged: 0, batches: 0 }, orders: { examined: 0, deadlinesChanged: 0, batches: 0 },
    });
  });
});

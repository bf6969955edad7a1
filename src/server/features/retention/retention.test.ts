import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder, sides } from '../../test/fixtures.ts';
import { tablesReferencingParticipants } from '../../db/participant-tables.ts';
import { auditEvents, handoverBriefItems, participants } from '../../db/schema.ts';
import { addCalendarMonths, addDays, retentionDue, retentionRules, todayInOslo } from '../../../domain/index.ts';
import { runDailyJobs } from '../../jobs/daily.ts';
import { runRetention } from './index.ts';
import type { ApiClient } from '../../test/client.ts';

describe('the retention rule', () => {
  const today = '2026-06-01';
  it.each([
    ['closed, last activity 3 years and a day ago', { lastActivityOn: '2023-05-31', caseOpen: false, anonymised: false }, true],
    ['closed, last activity exactly 3 years ago', { lastActivityOn: '2023-06-01', caseOpen: false, anonymised: false }, false],
    ['closed, last activity a year ago', { lastActivityOn: '2025-06-01', caseOpen: false, anonymised: false }, false],
    ['old but still open', { lastActivityOn: '2019-01-01', caseOpen: true, anonymised: false }, false],
    ['already anonymised', { lastActivityOn: '2019-01-01', caseOpen: false, anonymised: true }, false],
  ])('%s', (_label, p, due) => {
    expect(retentionDue(p, today, 3)).toBe(due);
  });

  it('has a rule for every table that references a participant', () => {
    expect(tablesReferencingParticipants()).toEqual(expect.arrayContaining(['guidance_orders', 'journey_plans', 'notifications', 'postponements']));
    const ruled = retentionRules.map((r) => r.table);
    expect(tablesReferencingParticipants().filter((t) => !ruled.includes(t))).toEqual([]);
  });
});

describe.each(databaseKinds)('running retention on %s', (kind) => {
  let t: TestApp;
  let lead: ApiClient;
  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.as('leder@bergen.demo');
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  /** Moves every timestamp of a participant's records back, as if the case had been quiet since then. */
  async function quietSince(participantId: string, at: string) {
    const db = t.database.db;
    const when = sql`${`${at}T12:00:00Z`}::timestamptz`;
    await db.execute(sql`update participants set updated_at = ${when} where id = ${participantId}`);
    await db.execute(sql`update guidance_orders set updated_at = ${when} where participant_id = ${participantId}`);
    await db.execute(sql`update handover_brief_items set updated_at = ${when} where participant_id = ${participantId}`);
  }

  async function closedCase(familyName: string): Promise<string> {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'sent', { familyName });
    const adviser = await t.as(sides.bergen.adviser);
    const order = await adviser.get(`/api/v1/orders/${orderId}`);
    const res = await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'cancelled', reason: 'Flyttet fra kommunen', version: order.body.version });
    expect(res.status).toBe(200);
    return participantId;
  }

  it('anonymises closed cases past the limit, keeps the rest, audits it, and the statistics stay the same', async () => {
    const db = t.database.db;
    const today = todayInOslo();
    const old = await closedCase('Gammel');
    const recent = await closedCase('Nylig');
    const { participantId: openOld } = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Åpen' });
    await quietSince(old, addCalendarMonths(today, -37));
    await quietSince(recent, addCalendarMonths(today, -35));
    await quietSince(openOld, addCalendarMonths(today, -60));

    const from = addCalendarMonths(today, -12);
    const stats = async () => {
      const d = await lead.get(`/api/v1/statistics/dashboard?from=${from}&to=${today}`);
      expect(d.status).toBe(200);
      const f = await lead.get(`/api/v1/statistics/fact-sheet`);
      return { dashboard: d.body, factSheet: f.status === 200 ? f.body : f.status };
    };
    const before = await stats();

    const result = await runRetention(t.database, today);
    expect(result.anonymised).toEqual([old]);

    const rows = await db.select().from(participants).where(inArray(participants.id, [old, recent, openOld]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(old)).toMatchObject({ givenName: 'Anonymisert', familyName: 'Anonymisert', nationalId: null });
    expect(byId.get(old)!.anonymisedAt).not.toBeNull();
    expect(byId.get(old)!.birthDate).toBe('1990-01-01');
    expect(byId.get(recent)).toMatchObject({ familyName: 'Nylig', anonymisedAt: null });
    expect(byId.get(openOld)).toMatchObject({ familyName: 'Åpen', anonymisedAt: null });
    // Only the schooling levels are left of the brief.
    const brief = await db.select({ key: handoverBriefItems.itemKey }).from(handoverBriefItems).where(eq(handoverBriefItems.participantId, old));
    expect(brief.every((b) => b.key === 'schooling')).toBe(true);
    const orderRows = await db.execute(sql`select message, cancellation_reason from guidance_orders where participant_id = ${old}`);
    expect((orderRows as unknown as { rows: unknown[] }).rows).toEqual([{ message: '', cancellation_reason: null }]);

    // Gone for the municipality, as for anyone (404).
    expect((await lead.get(`/api/v1/participants/${old}`)).status).toBe(404);
    expect((await lead.get(`/api/v1/participants/${recent}`)).status).toBe(200);

    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.type, 'participant.anonymised'), eq(auditEvents.participantId, old))).orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(1);
    expect(events[0]!.actorUserId).toBeNull();
    expect(events[0]!.data).toMatchObject({ cause: 'retention', tables: expect.arrayContaining(['participants', 'guidance_orders', 'order_transitions']) });
    const runs = await db.select().from(auditEvents).where(eq(auditEvents.type, 'retention.run')).orderBy(asc(auditEvents.id));
    expect(runs.at(-1)!.data).toMatchObject({ today, anonymised: 1 });

    expect(await stats()).toEqual(before);

    // Again: nothing more to do.
    expect((await runRetention(t.database, today)).anonymised).toEqual([]);
  }, 120_000);

  it('follows the municipality\'s setting: a shorter period reaches the recent case', async () => {
    const settings = await lead.get('/api/v1/note-settings');
    expect(settings.body.retentionYears).toBe(3);
    for (const bad of [0, 11, 2.5, 'x']) {
      const r = await lead.put('/api/v1/note-settings', { version: settings.body.version, retentionYears: bad });
      expect(r.status, String(bad)).toBe(400);
    }
    const saved = await lead.put('/api/v1/note-settings', { version: settings.body.version, retentionYears: 2 });
    expect(saved.status).toBe(200);
    const [recent] = await t.database.db.select({ id: participants.id }).from(participants).where(eq(participants.familyName, 'Nylig'));
    const result = await runRetention(t.database, todayInOslo());
    expect(result.anonymised).toEqual([recent!.id]);
  }, 120_000);

  it('the registered daily jobs carry it out: a case past the limit is anonymised and audited without anyone running the command', async () => {
    const db = t.database.db;
    const old = await closedCase('Dagligjobb');
    // A day no other run has claimed (the app's own scheduler may have run today's jobs at start).
    const day = addDays(todayInOslo(), 1);
    await quietSince(old, addCalendarMonths(day, -49));
    const ran = await runDailyJobs(t.database, day);
    expect(ran).toContain('retention');
    const [row] = await db.select().from(participants).where(eq(participants.id, old));
    expect(row).toMatchObject({ familyName: 'Anonymisert', nationalId: null });
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.type, 'participant.anonymised'), eq(auditEvents.participantId, old))).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ cause: 'retention' })]);
    const runs = await db.select().from(auditEvents).where(eq(auditEvents.type, 'retention.run')).orderBy(asc(auditEvents.id));
    expect(runs.at(-1)!.data).toMatchObject({ today: day });
  }, 120_000);
});

/**
 * The summary kept current on write (db/statistics-summary.ts) against the full recount over the source tables
 * (service.ts recountFigures), on seeded random data: participants registered, edited and erased through the API,
 * postponements through the API, orders, sessions, group attendance, notes and feedback written as rows (the
 * triggers see every write path alike), then edited and deleted. After each phase every dashboard (country, county,
 * centre, municipality exact and suppressed) for several periods (whole months, parts of months, one day, 1,200
 * days, the default) must be the same, table for table and in CSV, and the rollup must equal one rebuilt from scratch;
 * and so must the county fact sheet (the country, a county; last year, this year with a group session not started yet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import {
  groupRegistrations, groupSessions, guidanceNoteFeedback, handoverBriefItems, guidanceNotes, guidanceOrders, guidanceSessions, organisations, participants, users,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { addDays, emptyNoteContent, todayInOslo } from '../../../domain/index.ts';
import { dashboard, factSheet, tablesToCsv } from './service.ts';
import type { ApiClient } from '../../test/client.ts';

const today = todayInOslo();

/** A small seeded generator (LCG), so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

describe.each(databaseKinds)('statistics summary on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('gives the same figures as a full recount on random data, after edits and deletions too, at every level', async () => {
    const db = t.database.db;
    const rnd = prng(19);
    const one = async <T>(q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: T[] }).rows[0]!;
    const bergen = (await db.select().from(organisations).where(eq(organisations.name, 'Bergen kommune')))[0]!;
    const voss = (await db.select().from(organisations).where(eq(organisations.name, 'Voss herad')))[0]
      ?? (await db.select().from(organisations).where(eq(organisations.servedByCareerCentreId, bergen.servedByCareerCentreId!)))
        .find((o) => o.id !== bergen.id)!;
    const centreId = bergen.servedByCareerCentreId!;
    const countyId = bergen.countyId!;
    const counsellor = (await db.select().from(users).where(eq(users.email, 'veileder@vestland.demo')))[0]!;
    const lead = (await db.select().from(users).where(eq(users.email, 'leder@bergen.demo')))[0]!;
    const adviser = await t.as('radgiver@bergen.demo');
    const actorOf = async (email: string): Promise<Actor> => {
      const u = await one<{ id: string; name: string; email: string; role: Actor['role']; organisation_id: string | null; kind: Actor['organisationKind']; org: string | null }>(
        sql`select u.id, u.name, u.email, u.role, u.organisation_id, o.kind, o.name org from users u left join organisations o on o.id = u.organisation_id where u.email = ${email}`);
      return { userId: u.id, name: u.name, email: u.email, role: u.role, organisationId: u.organisation_id, organisationKind: u.kind, organisationName: u.org, sessionTokenHash: 'test' };
    };
    const ids = (list: string[]) => sql.join(list.map((id) => sql`${id}::uuid`), sql`, `);
    const clients = new Map<string, ApiClient>();
    const client = async (email: string) => clients.get(email) ?? clients.set(email, await t.as(email)).get(email)!;

    // Every level, exact and suppressed, over periods that need the rollup, the edge days, both, or one day only.
    const monthStart = (d: string) => `${d.slice(0, 8)}01`;
    const periods: { from?: string; to?: string }[] = [
      {}, { from: addDays(today, -1200), to: today },
      { from: monthStart(addDays(today, -200)), to: addDays(monthStart(addDays(today, -40)), -1) },
      { from: addDays(today, -75), to: addDays(today, -20) }, { from: addDays(today, -50), to: addDays(today, -50) },
      { from: addDays(today, -400), to: addDays(today, -100) },
    ];
    const views: { email: string; q: Record<string, string> }[] = [
      { email: 'statistikk@veivalg.demo', q: {} },
      { email: 'statistikk@veivalg.demo', q: { level: 'county', countyId } },
      { email: 'statistikk@veivalg.demo', q: { level: 'centre', organisationId: centreId } },
      { email: 'statistikk@veivalg.demo', q: { level: 'municipality', organisationId: voss.id } },
      { email: 'veileder@vestland.demo', q: {} },
      { email: 'veileder@vestland.demo', q: { level: 'municipality', organisationId: bergen.id } },
      { email: 'leder@bergen.demo', q: {} },
    ];
    const compareAll = async (phase: string) => {
      for (const v of views) {
        const actor = await actorOf(v.email);
        const c = await client(v.email);
        for (const p of periods) {
          const q = { ...v.q, ...p };
          const qs = new URLSearchParams(q as Record<string, string>).toString();
          const fast = await c.get(`/api/v1/statistics/dashboard?${qs}`);
          expect(fast.status, `${phase} ${v.email} ${qs}`).toBe(200);
          const recount = await dashboard(db, actor, q, 'json', 'recount');
          expect(fast.body.tables, `${phase} ${v.email} ${qs}`).toEqual(recount.tables);
          const csv = await c.get(`/api/v1/statistics/dashboard.csv?${qs}`);
          // (fetch's text() drops the byte-order mark)
          expect(csv.body, `${phase} CSV ${v.email} ${qs}`).toBe(tablesToCsv(recount.tables).replace(/^\uFEFF/, ''));
        }
      }
      const year = Number(today.slice(0, 4));
      for (const v of [{ email: 'statistikk@veivalg.demo', q: {} }, { email: 'statistikk@veivalg.demo', q: { countyId } }, { email: 'veileder@vestland.demo', q: {} }]) {
        const actor = await actorOf(v.email);
        const c = await client(v.email);
        for (const y of [year - 2, year - 1, year]) {
          const q = { ...v.q, year: y };
          const qs = new URLSearchParams(Object.entries(q).map(([k, x]) => [k, String(x)])).toString();
          const fast = await c.get(`/api/v1/statistics/fact-sheet?${qs}`);
          expect(fast.status, `${phase} ${v.email} ${qs}`).toBe(200);
          const recount = await factSheet(db, actor, q, 'json', 'recount');
          expect(fast.body.tables, `${phase} fact sheet ${v.email} ${qs}`).toEqual(recount.tables);
        }
      }
      // The rollup as kept on write equals the rollup rebuilt from the source tables, unit by unit and month by month.
      const rebuilt = sql`select u.unit, date_trunc('month', v.settlement_date)::date as month, i ->> 0 as fig, i ->> 1 as key, sum((i ->> 2)::float8) as n
        from statistics_participant_items v join organisations o on o.id = v.municipality_id, jsonb_array_elements(v.items) i,
          unnest(statistics_units(o.id, o.county_id, o.served_by_career_centre_id)) u(unit) group by 1, 2, 3, 4`;
      const kept = sql`select unit, month, fig, key, n from statistics_rollup`;
      const diff = await one<{ n: number }>(sql`select (select count(*) from ((${rebuilt}) except all (${kept})) a)::int
        + (select count(*) from ((${kept}) except all (${rebuilt})) b)::int as n`);
      expect(diff.n, `${phase}: rollup rows that differ from a rebuild`).toBe(0);
      const facts = await one<{ n: number }>(sql`select count(*)::int n from statistics_participant_items v
        full join statistics_participant_facts f on f.participant_id = v.participant_id
        where f.participant_id is null or v.participant_id is null or f.items <> v.items or f.settlement_date <> v.settlement_date or f.municipality_id <> v.municipality_id`);
      expect(facts.n, `${phase}: participant rows that differ from a rebuild`).toBe(0);
    };

    // Phase 1: 36 participants through the API, over 15 months, of every residence basis and age; then their records.
    const bases = ['refugee', 'refugee-family-reunification', 'collective-protection', 'other'] as const;
    const created: { id: string; version: number; settled: string; deadline: string; municipalityId: string; held?: boolean }[] = [];
    for (let i = 0; i < 36; i++) {
      const settled = addDays(today, -rnd.int(460));
      const res = await adviser.post('/api/v1/participants', {
        givenName: 'Tilfeldig', familyName: `Deltaker${i}`, birthDate: addDays(settled, -(365 * (15 + rnd.int(45)) + rnd.int(365))),
        residenceBasis: rnd.pick(bases), settlementDate: settled, preferredLanguage: 'ar',
        gender: rnd.pick(['female', 'male', 'other', null] as const), countryBackground: rnd.pick(['SY', 'UA', 'ER', null]),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      created.push({ id: res.body.id, version: res.body.version, settled, deadline: res.body.deadlines.decision ?? addDays(settled, 90), municipalityId: bergen.id });
    }
    // A third of them moved to Voss (another municipality of the same centre) directly: the trigger follows the move.
    for (const p of created.filter((_, i) => i % 3 === 0)) {
      await db.update(participants).set({ municipalityId: voss.id }).where(eq(participants.id, p.id));
      p.municipalityId = voss.id;
    }
    for (const p of created.filter(() => rnd.chance(0.4))) {
      const held = addDays(p.settled, 5 + rnd.int(150));
      if (held <= today) {
        await db.update(participants).set({ guidanceHeldOn: held }).where(eq(participants.id, p.id));
        p.held = true;
      }
    }
    const [group] = await db.insert(groupSessions).values({
      reference: `SUMG-${kind}`, careerCentreId: centreId, title: 'Gruppe', language: 'ar', mode: 'in-person', startsAt: new Date(`${addDays(today, -30)}T10:00:00Z`),
      durationMinutes: 90, capacity: 40, leadCounsellorId: counsellor.id,
    }).returning();
    // Group sessions last year, and one not started yet (attendance on it must not count until it starts).
    const [lastYear, future] = await db.insert(groupSessions).values([
      { reference: `SUMG2-${kind}`, startsAt: new Date(`${addDays(today, -400)}T10:00:00Z`) },
      { reference: `SUMG3-${kind}`, startsAt: new Date(Date.now() + 20 * 86_400_000) },
    ].map((g) => ({ ...g, careerCentreId: centreId, title: 'Gruppe', language: 'ar', mode: 'in-person' as const, durationMinutes: 120, capacity: 40, leadCounsellorId: counsellor.id }))).returning();
    const groupsAll = [group!, lastYear!, future!];
    let ref = 0;
    const orderIds: string[] = [];
    for (const p of created) {
      for (let k = rnd.int(3); k > 0; k--) {
        const [o] = await db.insert(guidanceOrders).values({
          participantId: p.id, municipalityId: p.municipalityId, careerCentreId: centreId, status: rnd.pick(['draft', 'sent', 'completed'] as const),
          format: rnd.pick(['individual', 'group'] as const), language: 'ar', mode: 'in-person', decisionDeadline: p.deadline, createdBy: lead.id,
        }).returning();
        orderIds.push(o!.id);
        for (let s = rnd.int(4); s > 0; s--) {
          await db.insert(guidanceSessions).values({
            reference: `SUM-${kind}-${++ref}`, orderId: o!.id, participantId: p.id, municipalityId: p.municipalityId, careerCentreId: centreId,
            kind: 'individual', mode: 'in-person', startsAt: new Date(`${addDays(today, -rnd.int(300))}T09:00:00Z`), durationMinutes: rnd.pick([45, 60, 90]),
            leadCounsellorId: counsellor.id, adviserRole: 'absent', outcome: rnd.pick(['held', 'held', 'no-show', 'broken-off', 'cancelled', null] as const),
            minutesUsed: rnd.chance(0.5) ? 10 + rnd.int(100) : null, interpreterLanguage: rnd.pick(['ar', 'ti', null]), interpreterTookPart: rnd.pick([true, false, null]),
          });
        }
        if (rnd.chance(0.6)) {
          const sent = new Date(Date.now() - (1 + rnd.int(200)) * 86_400_000 - rnd.int(86_400_000));
          const [n] = await db.insert(guidanceNotes).values({
            orderId: o!.id, participantId: p.id, municipalityId: p.municipalityId, careerCentreId: centreId, authorId: counsellor.id,
            status: 'sent', content: emptyNoteContent(), recommendationKind: 'work', firstSentAt: sent, lastSentAt: sent, sentNumber: 1,
            firstReadAt: rnd.chance(0.7) ? new Date(sent.getTime() + rnd.int(20 * 86_400_000)) : null,
          }).returning();
          if (rnd.chance(0.5)) {
            await db.insert(guidanceNoteFeedback).values({
              noteId: n!.id, recommendationUse: rnd.pick(['followed', 'partly', 'not-followed'] as const), integrationPlanChanged: false, endGoal: 'work', givenBy: lead.id,
            });
          }
        }
      }
      for (const g of groupsAll.filter(() => rnd.chance(0.4))) {
        await db.insert(groupRegistrations).values({
          groupSessionId: g.id, participantId: p.id, municipalityId: p.municipalityId, registeredBy: lead.id, attendance: rnd.pick(['attended', 'attended', 'absent', null] as const),
        });
      }
      if (rnd.chance(0.5)) {
        await db.insert(handoverBriefItems).values({
          participantId: p.id, itemKey: 'schooling', value: { completedLevels: rnd.pick([['primary'], ['primary', 'upper-secondary'], ['higher'], []]) },
          source: 'adviser', verifiedBy: lead.id, verifiedOn: today, unknown: rnd.chance(0.1),
        });
      }
    }
    for (const p of created.filter((x) => x.municipalityId === bergen.id && !x.held && rnd.chance(0.4))) {
      const current = await adviser.get(`/api/v1/participants/${p.id}`);
      const res = await adviser.post(`/api/v1/participants/${p.id}/postponements`, {
        reason: rnd.pick(['health', 'family-situation', 'participant-wish'] as const), justification: 'Tilfeldig.', expectedDate: addDays(today, 30),
        decidedWith: 'adviser-alone', version: current.body.version,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    await compareAll('after creation');

    // Phase 2: edits through the API (settlement date, birth date, residence basis) and as rows.
    for (const p of created.filter((x) => x.municipalityId === bergen.id && rnd.chance(0.5))) {
      const current = await adviser.get(`/api/v1/participants/${p.id}`);
      const settled = addDays(today, -rnd.int(460));
      const res = await adviser.patch(`/api/v1/participants/${p.id}`, {
        settlementDate: settled, birthDate: addDays(settled, -(365 * (16 + rnd.int(42)))), residenceBasis: rnd.pick(bases), version: current.body.version,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await db.execute(sql`update guidance_sessions set outcome = case when outcome = 'held' then 'no-show' else 'held' end, minutes_used = 75
      where reference like ${`SUM-${kind}-%`} and right(reference, 1) in ('1', '4', '7')`);
    await db.execute(sql`update guidance_orders set status = 'completed' where id in (select id from guidance_orders where status = 'draft' and id in (${ids(orderIds)}) limit 5)`);
    await db.execute(sql`update guidance_notes set first_read_at = first_sent_at + interval '3 days 4 hours' where order_id in (${ids(orderIds)}) and first_read_at is null`);
    await db.execute(sql`update guidance_note_feedback set recommendation_use = 'not-followed' where recommendation_use = 'followed'`);
    await db.update(groupSessions).set({ durationMinutes: 150 }).where(eq(groupSessions.id, group!.id));
    await db.execute(sql`update group_registrations set attendance = 'attended' where group_session_id = ${group!.id} and attendance is null`);
    await db.execute(sql`update participants set guidance_held_on = null where id in (${ids(created.filter((_, i) => i % 5 === 1).map((p) => p.id))})`);
    await db.execute(sql`update handover_brief_items set value = '{"completedLevels": ["higher"]}'::jsonb
      where item_key = 'schooling' and participant_id in (${ids(created.filter((_, i) => i % 4 === 0).map((p) => p.id))})`);
    await db.update(groupSessions).set({ cancellationReason: 'Avlyst.' }).where(eq(groupSessions.id, lastYear!.id));
    await db.update(groupSessions).set({ startsAt: new Date(`${Number(today.slice(0, 4)) - 1}-12-31T23:30:00Z`) }).where(eq(groupSessions.id, group!.id));
    await db.execute(sql`update participants set gender = 'other', country_background = 'AF' where id in (${ids(created.filter((_, i) => i % 6 === 5).map((p) => p.id))})`);
    // Voss moves to another career centre and back: its participants move between the centres' rollups.
    const otherCentre = (await db.select().from(organisations).where(eq(organisations.kind, 'career-centre'))).find((o) => o.id !== centreId)!;
    await db.update(organisations).set({ servedByCareerCentreId: otherCentre.id }).where(eq(organisations.id, voss.id));
    await db.update(organisations).set({ servedByCareerCentreId: centreId }).where(eq(organisations.id, voss.id));
    await compareAll('after edits');

    // Phase 3: deletions: sessions, notes (their feedback with them), registrations, orders, whole participants; and erasure through the API.
    await db.execute(sql`delete from guidance_sessions where reference like ${`SUM-${kind}-%`} and right(reference, 1) in ('2', '5')`);
    const someNotes = await db.select({ id: guidanceNotes.id }).from(guidanceNotes).where(sql`${guidanceNotes.orderId} in (${ids(orderIds)})`);
    for (const n of someNotes.filter(() => rnd.chance(0.3))) {
      await db.delete(guidanceNoteFeedback).where(eq(guidanceNoteFeedback.noteId, n.id));
      await db.delete(guidanceNotes).where(eq(guidanceNotes.id, n.id));
    }
    await db.execute(sql`delete from group_registrations where group_session_id = ${group!.id} and attendance = 'absent'`);
    await db.execute(sql`delete from postponements where participant_id = ${created[3]!.id}`);
    await db.execute(sql`delete from handover_brief_items where item_key = 'schooling' and participant_id in (${ids(created.filter((_, i) => i % 4 === 1).map((p) => p.id))})`);
    await db.execute(sql`delete from group_registrations where group_session_id = ${future!.id}`);
    await db.delete(groupSessions).where(eq(groupSessions.id, future!.id));
    for (const p of created.filter((_, i) => i % 7 === 2)) {
      await db.execute(sql`delete from guidance_note_feedback where note_id in (select id from guidance_notes where participant_id = ${p.id})`);
      for (const table of ['guidance_notes', 'guidance_sessions', 'group_registrations', 'postponements', 'guidance_orders', 'handover_brief_items']) {
        await db.execute(sql`delete from ${sql.identifier(table)} where participant_id = ${p.id}`);
      }
      await db.execute(sql`delete from participants where id = ${p.id}`);
    }
    expect((await one<{ n: number }>(sql`select count(*)::int n from statistics_participant_facts where participant_id = ${created[2]!.id}`)).n).toBe(0);
    const leadClient = await client('leder@bergen.demo');
    for (const p of created.filter((x, i) => x.municipalityId === bergen.id && i % 7 === 4)) {
      // Erasure needs a closed case: its orders completed and its postponement ended (rows the summary counts too).
      await db.execute(sql`update guidance_orders set status = 'completed' where participant_id = ${p.id}`);
      await db.execute(sql`update postponements set ended_at = now() where participant_id = ${p.id} and ended_at is null`);
      const current = await leadClient.get(`/api/v1/participants/${p.id}`);
      const res = await leadClient.post(`/api/v1/participants/${p.id}/erase`, { version: current.body.version, reason: 'data-subject-request' });
      expect(res.status, JSON.stringify(res.body)).toBe(204);
    }
    await compareAll('after deletions');
  }, 240_000);
});

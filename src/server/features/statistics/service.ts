/**
 * Statistics (issue 8): dashboards for a municipality, a career centre, a county and the country, and the county
 * fact sheet. Every answer is counts and aggregates only, never a person-level row. Outside the reader's own
 * organisation every count from 1 to 4 shows as "under-5" (src/domain/statistics.ts); in a breakdown that adds up
 * to a total, the small cells and the smallest other cell show as "hidden" (secondary suppression).
 *
 * Who sees what (the reach is policy.ts's statisticsReach):
 * - municipality roles: their own municipality, exact.
 * - career-centre roles: their own centre (the municipalities it serves, together), exact; one served municipality
 *   at a time, suppressed (it is another organisation's data); the fact sheet of their own county, exact.
 * - statistics reader and administrator: every level and the fact sheet of any county or the country, suppressed.
 * - anyone else: 403. Asking for an organisation outside your scope answers 404, as for records.
 *
 * The dashboard follows a cohort: the participants SETTLED in [from, to] in the chosen municipalities, and what
 * happened to them (orders, sessions, postponements, notes), whenever it happened. The fact sheet counts the work of
 * the county's career centres in a calendar year (Europe/Oslo), as HK-dir's table does.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { counties, organisations } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  ageBands, genders, hoursEstimateOn, postponementReasonCodes, recommendationUses, schoolingLevels, sessionOutcomes, shownOver, shownShare,
  suppress, suppressGroup, addDays, addCalendarMonths, medianOfCounts, todayInOslo,
} from '../../../domain/index.ts';
import { fieldError, forbidden, notFound } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { ageBandSql, highestSchoolingSql, sessionMinutesSql } from './sql.ts';
import { statisticsReach } from './policy.ts';
import type { DashboardJson, DashboardQuery, FactSheetJson, FactSheetQuery, StatisticsLevel, StatRow, StatTable } from './schemas.ts';

type Ref = { id: string; name: string };

/** Rows of a raw query on either driver; numbers are cast to int/float8 in SQL so both give JS numbers. */
async function rows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const res = await db.execute(query);
  return (res as unknown as { rows: T[] }).rows;
}

async function orgRef(db: Db, id: string, kind: 'municipality' | 'career-centre'): Promise<(Ref & { countyId: string | null; servedBy: string | null }) | null> {
  const [o] = await db.select({ id: organisations.id, name: organisations.name, countyId: organisations.countyId, servedBy: organisations.servedByCareerCentreId })
    .from(organisations).where(and(eq(organisations.id, id), eq(organisations.kind, kind))).limit(1);
  return o ?? null;
}

async function countyRef(db: Db, id: string): Promise<Ref | null> {
  const [c] = await db.select({ id: counties.id, name: counties.name }).from(counties).where(eq(counties.id, id)).limit(1);
  return c ?? null;
}

interface Scope {
  level: StatisticsLevel;
  organisation: Ref | null;
  county: Ref | null;
  exact: boolean;
  /** Condition on a participants row aliased `p` (or a statistics_participant_facts row: it has the municipality too). */
  participants: SQL;
  /** The statistics_rollup unit holding this scope's monthly sums (db/statistics-summary.ts). */
  unit: string;
}

/** The level and organisation the actor asked for, checked against what they may see (403 / 404 as above). */
async function dashboardScope(db: Db, actor: Actor, q: DashboardQuery): Promise<Scope> {
  const reach = statisticsReach(actor);
  if (reach?.kind === 'municipality') {
    const own = reach.organisationId;
    const level = q.level ?? 'municipality';
    if (level !== 'municipality') throw forbidden();
    if (q.organisationId && q.organisationId !== own) throw notFound();
    const org = await orgRef(db, own, 'municipality');
    if (!org) throw notFound();
    return { level, organisation: org, county: null, exact: true, participants: sql`p.municipality_id = ${own}`, unit: `m:${own}` };
  }
  if (reach?.kind === 'career-centre') {
    const own = reach.organisationId;
    const level = q.level ?? 'centre';
    if (level === 'centre') {
      if (q.organisationId && q.organisationId !== own) throw notFound();
      const org = await orgRef(db, own, 'career-centre');
      if (!org) throw notFound();
      return { level, organisation: org, county: null, exact: true, participants: servedBy(own), unit: `s:${own}` };
    }
    if (level === 'municipality') {
      if (!q.organisationId) throw fieldError('organisationId', 'statistics.level-needs-organisation');
      const org = await orgRef(db, q.organisationId, 'municipality');
      if (!org || org.servedBy !== own) throw notFound();
      return { level, organisation: org, county: null, exact: false, participants: sql`p.municipality_id = ${org.id}`, unit: `m:${org.id}` };
    }
    throw forbidden();
  }
  if (reach?.kind === 'national') {
    const level = q.level ?? 'national';
    if (level === 'national') return { level, organisation: null, county: null, exact: false, participants: sql`true`, unit: 'n' };
    if (level === 'county') {
      if (!q.countyId) throw fieldError('countyId', 'statistics.level-needs-county');
      const county = await countyRef(db, q.countyId);
      if (!county) throw notFound();
      return {
        level, organisation: null, county, exact: false,
        participants: sql`p.municipality_id in (select o.id from ${organisations} o where o.kind = 'municipality' and o.county_id = ${county.id})`,
        unit: `c:${county.id}`,
      };
    }
    if (!q.organisationId) throw fieldError('organisationId', 'statistics.level-needs-organisation');
    const org = await orgRef(db, q.organisationId, level === 'centre' ? 'career-centre' : 'municipality');
    if (!org) throw notFound();
    return {
      level, organisation: { id: org.id, name: org.name }, county: null, exact: false,
      participants: level === 'centre' ? servedBy(org.id) : sql`p.municipality_id = ${org.id}`,
      unit: level === 'centre' ? `s:${org.id}` : `m:${org.id}`,
    };
  }
  throw forbidden();
}

const servedBy = (centreId: string) =>
  sql`p.municipality_id in (select o.id from ${organisations} o where o.served_by_career_centre_id = ${centreId})`;

/** What the actor may pick in the dashboard filters (organisation names are not personal data). */
async function dashboardOptions(db: Db, actor: Actor): Promise<DashboardJson['options']> {
  const list = (where: SQL | undefined) => db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(where).orderBy(asc(organisations.name));
  const reach = statisticsReach(actor);
  if (reach?.kind === 'municipality') return { municipalities: await list(eq(organisations.id, reach.organisationId)), centres: [], counties: [] };
  if (reach?.kind === 'career-centre') {
    return {
      municipalities: await list(and(eq(organisations.kind, 'municipality'), eq(organisations.servedByCareerCentreId, reach.organisationId))),
      centres: await list(eq(organisations.id, reach.organisationId)),
      counties: [],
    };
  }
  return {
    municipalities: await list(eq(organisations.kind, 'municipality')),
    centres: await list(eq(organisations.kind, 'career-centre')),
    counties: await db.select({ id: counties.id, name: counties.name }).from(counties).orderBy(asc(counties.name)),
  };
}

const count = (key: string, n: number, exact: boolean): StatRow => ({ key, unit: 'count', value: suppress(n, exact) });

/** Counts that add up to a published total (a breakdown): suppressed together, so no cell follows by subtraction. */
function group(cells: { key: string; n: number }[], exact: boolean): StatRow[] {
  const shown = suppressGroup(cells.map((c) => c.n), exact);
  return cells.map((c, i) => ({ key: c.key, unit: 'count', value: shown[i]! }));
}

/** A table of counts by code: every known code gets a row (0 included), then codes seen in the data but not known. */
function byCode(id: string, known: readonly string[], found: { key: string | null; n: number }[], exact: boolean, unknownKey = 'unknown'): StatTable {
  const m = new Map<string, number>();
  for (const r of found) m.set(r.key ?? unknownKey, (m.get(r.key ?? unknownKey) ?? 0) + r.n);
  const keys = [...known, ...[...m.keys()].filter((k) => !known.includes(k)).sort()];
  return { id, rows: group(keys.map((k) => ({ key: k, n: m.get(k) ?? 0 })), exact) };
}

/**
 * The dashboard's cohort, computed once per request: the participants in scope SETTLED in [from, to], as a temporary
 * table dropped at commit. A table, not a CTE, so that ANALYZE gives the planner its size and that ids are unique:
 * behind a CTE it hashed the 1.5 M sessions instead of the cohort, or probed an index once per participant.
 */
export function cohortTableSql(participantsInScope: SQL, from: string, to: string): SQL {
  return sql`create temporary table statistics_cohort on commit drop as
    select p.id, p.guidance_right, p.settlement_date, p.decision_deadline, p.guidance_held_on from participants p
    where ${participantsInScope} and p.settlement_date between ${from}::date and ${to}::date`;
}

/**
 * THE FULL RECOUNT (the reference since issue 19: dashboards read the summary, summaryFigures; the tests and the bench
 * compare the two). Every dashboard figure in ONE statement, as long rows (fig, key, n): fig 'scalar' for the single numbers, otherwise
 * the table a code row belongs to. It reads the cohort table (cohortTableSql), and each big table once:
 * - participants: once, into the cohort; the funnel is aggregated from the cohort table;
 * - guidance_orders: one pass for "ordered" (distinct entitled participants with an order past draft) and the formats;
 * - guidance_sessions: one pass, counted by GROUPING SETS per outcome, per interpreter language (held or broken off,
 *   interpreter not marked absent) and per participant (minutes by the domain rule, for the hours);
 * - group_registrations: one pass, per attendance (registered) and per participant (attended minutes);
 * - guidance_notes with their feedback (one per note, its primary key): one pass.
 * Hours: a participant with no session minutes and no group minutes adds to no hours figure, so the per-participant
 * sums are joined to each other (full join), not to the whole cohort. Figures are the same as counting each table
 * against the cohort separately (statistics.test.ts checks each on a known dataset, on PGlite and PostgreSQL).
 */
export function dashboardFiguresSql(today: string, estimate: { individualMinutes: number; groupMinutes: number }): SQL {
  const entitled = sql`c.guidance_right in ('right-and-duty', 'right')`;
  const interpreterUsed = sql`s.interpreter_language is not null and s.outcome in ('held', 'broken-off') and s.interpreter_took_part is not false`;
  return sql`with funnel as (
      select count(*) "participants",
        count(*) filter (where c.guidance_right = 'right-and-duty') "right-and-duty",
        count(*) filter (where c.guidance_right = 'right') "right-only",
        count(*) filter (where ${entitled} and c.guidance_held_on is not null) "completed",
        count(*) filter (where ${entitled} and (c.guidance_held_on is not null or c.decision_deadline < ${today}::date)) "due",
        count(*) filter (where ${entitled} and c.guidance_held_on <= c.decision_deadline) "in-time",
        percentile_cont(0.5) within group (order by (c.guidance_held_on - c.settlement_date)) filter (where ${entitled} and c.guidance_held_on is not null) "median-days"
      from statistics_cohort c),
    orders as (
      select count(distinct o.participant_id) filter (where ${entitled}) "ordered",
        count(*) filter (where o.format = 'individual') "individual-orders",
        count(*) filter (where o.format = 'group') "group-orders"
      from guidance_orders o join statistics_cohort c on c.id = o.participant_id where o.status <> 'draft'),
    session_sets as (
      select grouping(s.participant_id) by_participant, grouping(s.outcome) by_outcome, s.participant_id, s.outcome, x.lang,
        count(*) n, sum(x.minutes) minutes
      from guidance_sessions s join statistics_cohort c on c.id = s.participant_id
        cross join lateral (select case when ${interpreterUsed} then s.interpreter_language end lang, ${sessionMinutesSql()} minutes) x
      group by grouping sets ((s.participant_id), (s.outcome), (x.lang))),
    registration_sets as (
      select grouping(r.participant_id) by_participant, r.participant_id, r.attendance,
        count(*) filter (where r.status = 'registered') n, sum(g.duration_minutes) filter (where r.attendance = 'attended') minutes
      from group_registrations r join statistics_cohort c on c.id = r.participant_id join group_sessions g on g.id = r.group_session_id
      group by grouping sets ((r.participant_id), (r.attendance))),
    per as (
      select coalesce(i.minutes, 0) ind, coalesce(gr.minutes, 0) grp
      from (select participant_id, minutes from session_sets where by_participant = 0) i
      full join (select participant_id, minutes from registration_sets where by_participant = 0 and minutes is not null) gr
        on gr.participant_id = i.participant_id),
    hours as (
      select count(*) filter (where ind > 0 or grp > 0) "guided",
        avg(ind) filter (where ind > 0 or grp > 0) "avg-individual",
        avg(grp) filter (where ind > 0 or grp > 0) "avg-group",
        count(*) filter (where ind > ${estimate.individualMinutes}) "over-individual",
        count(*) filter (where grp > ${estimate.groupMinutes}) "over-group"
      from per),
    notes as materialized (
      select n.first_sent_at, n.first_read_at, fb.recommendation_use
      from guidance_notes n join statistics_cohort c on c.id = n.participant_id left join guidance_note_feedback fb on fb.note_id = n.id),
    note_figures as (
      select count(*) filter (where first_sent_at is not null) "sent",
        count(*) filter (where first_sent_at is not null and first_read_at is not null) "read",
        percentile_cont(0.5) within group (order by extract(epoch from (first_read_at - first_sent_at)) / 86400.0)
          filter (where first_sent_at is not null and first_read_at is not null) "median"
      from notes)
    select 'scalar' fig, v.key, v.n from funnel f, orders o, hours h, note_figures nf, lateral (values
      ('participants', f."participants"::float8), ('right-and-duty', f."right-and-duty"::float8), ('right-only', f."right-only"::float8),
      ('ordered', o."ordered"::float8), ('completed', f."completed"::float8), ('due', f."due"::float8), ('in-time', f."in-time"::float8),
      ('median-days', f."median-days"::float8), ('held-n', f."completed"::float8),
      ('individual-orders', o."individual-orders"::float8), ('group-orders', o."group-orders"::float8),
      ('guided', h."guided"::float8), ('avg-individual', h."avg-individual"::float8), ('avg-group', h."avg-group"::float8),
      ('over-individual', h."over-individual"::float8), ('over-group', h."over-group"::float8),
      ('notes-sent', nf."sent"::float8), ('notes-read', nf."read"::float8), ('median-days-to-read', nf."median"::float8)) v(key, n)
    union all
    select 'postponed', pp.reason, count(distinct pp.participant_id)::float8 from postponements pp join statistics_cohort c on c.id = pp.participant_id group by pp.reason
    union all
    select 'outcome', outcome, n::float8 from session_sets where by_participant = 1 and by_outcome = 0
    union all
    select 'interpreter', lang, n::float8 from session_sets where by_participant = 1 and by_outcome = 1 and lang is not null
    union all
    select 'attendance', attendance, n::float8 from registration_sets where by_participant = 1 and n > 0
    union all
    select 'feedback', recommendation_use, count(*)::float8 from notes where recommendation_use is not null group by recommendation_use`;
}

type FigureRow = { fig: string; key: string | null; n: number | null };

/**
 * The cohort table and every figure in one transaction (one snapshot; it writes only its own temporary table), without JIT: the planner's cost estimates
 * for these joins cross jit_above_cost and compiling took longer than running (bench/README.md). work_mem is raised
 * for this transaction only: the hash joins on the national cohort and the per-participant sums need about 60 MB,
 * and spill to disk in batches with the default 4 MB. With `explain`, the plan (EXPLAIN ANALYZE, BUFFERS) as rows
 * instead (bench/statistics.ts --explain).
 */
export async function dashboardFigureRows(db: Db, participantsInScope: SQL, from: string, to: string, today: string,
  estimate: { individualMinutes: number; groupMinutes: number }, explain = false): Promise<FigureRow[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(cohortTableSql(participantsInScope, from, to));
    await tx.execute(sql`analyze statistics_cohort`);
    const figures = dashboardFiguresSql(today, estimate);
    return rows<FigureRow>(tx, explain ? sql`explain (analyze, buffers) ${figures}` : figures);
  });
}

/** Every figure of a dashboard before suppression, from either source (the summary, or the full recount). */
export interface DashboardFigures {
  funnel: {
    participants: number; rightAndDuty: number; rightOnly: number; ordered: number; completed: number; due: number; inTime: number;
    medianDays: number | null; heldN: number; individualOrders: number; groupOrders: number;
  };
  postponed: { key: string; n: number }[];
  outcomes: { key: string | null; n: number }[];
  attendance: { key: string | null; n: number }[];
  interpreters: { key: string; n: number }[];
  hours: { guided: number; avgIndividual: number | null; avgGroup: number | null; overIndividual: number; overGroup: number };
  notes: { sent: number; read: number; medianDaysToRead: number | null };
  feedback: { key: string; n: number }[];
}

/** The figures by the full recount over the source tables (dashboardFigureRows): the reference the summary is tested against. */
export async function recountFigures(db: Db, participantsInScope: SQL, from: string, to: string, today: string,
  estimate: { individualMinutes: number; groupMinutes: number }): Promise<DashboardFigures> {
  const figureRows = await dashboardFigureRows(db, participantsInScope, from, to, today, estimate);
  const scalars = new Map(figureRows.filter((r) => r.fig === 'scalar').map((r) => [r.key!, r.n]));
  const num = (key: string) => scalars.get(key) ?? 0;
  const codes = (fig: string) => figureRows.filter((r) => r.fig === fig).map((r) => ({ key: r.key, n: r.n ?? 0 }));
  return {
    funnel: {
      participants: num('participants'), rightAndDuty: num('right-and-duty'), rightOnly: num('right-only'), ordered: num('ordered'),
      completed: num('completed'), due: num('due'), inTime: num('in-time'), medianDays: scalars.get('median-days') ?? null, heldN: num('held-n'),
      individualOrders: num('individual-orders'), groupOrders: num('group-orders'),
    },
    postponed: codes('postponed').map((r) => ({ key: r.key!, n: r.n })),
    outcomes: codes('outcome'),
    attendance: codes('attendance'),
    interpreters: codes('interpreter').map((r) => ({ key: r.key!, n: r.n })),
    hours: {
      guided: num('guided'), avgIndividual: scalars.get('avg-individual') ?? null, avgGroup: scalars.get('avg-group') ?? null,
      overIndividual: num('over-individual'), overGroup: num('over-group'),
    },
    notes: { sent: num('notes-sent'), read: num('notes-read'), medianDaysToRead: scalars.get('median-days-to-read') ?? null },
    feedback: codes('feedback').map((r) => ({ key: r.key!, n: r.n })),
  };
}

const firstOfMonth = (d: string) => `${d.slice(0, 8)}01`;
const nextMonth = (d: string) => addCalendarMonths(firstOfMonth(d), 1);

/**
 * The settlement period split for the summary: whole calendar months inside [from, to] come from statistics_rollup
 * (one row per unit, month, figure and key), the days before the first and after the last whole month from the
 * per-participant rows (statistics_participant_facts). Null months: no whole month lies inside.
 */
export function periodParts(from: string, to: string): { months: [string, string] | null; edges: [string, string][] } {
  const first = from.endsWith('-01') ? from : nextMonth(from);
  const lastStart = addDays(to, 1).endsWith('-01') ? firstOfMonth(to) : addCalendarMonths(firstOfMonth(to), -1);
  if (first > lastStart) return { months: null, edges: [[from, to]] };
  const edges: [string, string][] = [];
  if (from < first) edges.push([from, addDays(first, -1)]);
  const afterLast = nextMonth(lastStart);
  if (afterLast <= to) edges.push([afterLast, to]);
  return { months: [first, lastStart], edges };
}

/**
 * The figures from the summary kept current on write (db/statistics-summary.ts): one grouped read over the rollup
 * months and the edge days' participant rows gives counts per [figure, key]; what depends on the date of reading is
 * computed here from keys: due = guided or past its decision deadline today; over the hours estimate in force today;
 * the medians from the counts per value (as percentile_cont).
 */
export async function summaryFigures(db: Db, scope: Pick<Scope, 'participants' | 'unit'>, from: string, to: string, today: string,
  estimate: { individualMinutes: number; groupMinutes: number }): Promise<DashboardFigures> {
  const { months, edges } = periodParts(from, to);
  const parts: SQL[] = [];
  if (months) {
    parts.push(sql`select r.fig, r.key, r.n from statistics_rollup r where r.unit = ${scope.unit} and r.month between ${months[0]}::date and ${months[1]}::date`);
  }
  if (edges.length) {
    const inEdges = sql.join(edges.map(([a, b]) => sql`p.settlement_date between ${a}::date and ${b}::date`), sql` or `);
    parts.push(sql`select i ->> 0, i ->> 1, (i ->> 2)::float8 from statistics_participant_facts p, jsonb_array_elements(p.items) i
      where (${scope.participants}) and (${inEdges})`);
  }
  const found = await rows<{ fig: string; key: string; n: number }>(db,
    sql`select fig, key, sum(n)::float8 n from (${sql.join(parts, sql` union all `)}) x(fig, key, n) group by fig, key`);
  const by = new Map<string, { key: string; n: number }[]>();
  for (const r of found) {
    if (r.n === 0) continue;
    const list = by.get(r.fig) ?? [];
    list.push({ key: r.key, n: r.n });
    by.set(r.fig, list);
  }
  const list = (fig: string) => by.get(fig) ?? [];
  const total = (fig: string, where: (key: string) => boolean = () => true) => list(fig).filter((r) => where(r.key)).reduce((s, r) => s + r.n, 0);
  const one = (fig: string, key: string) => total(fig, (k) => k === key);
  const nullable = (fig: string) => list(fig).map((r) => ({ key: r.key === '~' ? null : r.key, n: r.n }));
  const values = (fig: string) => list(fig).map((r) => ({ value: Number(r.key), n: r.n }));
  const guided = total('guided');
  const weighted = (fig: string) => list(fig).reduce((s, r) => s + Number(r.key) * r.n, 0);
  const completed = total('held-days');
  return {
    funnel: {
      participants: total('participants'), rightAndDuty: one('right', 'right-and-duty'), rightOnly: one('right', 'right'),
      ordered: total('ordered'), completed, due: completed + total('open-deadline', (deadline) => deadline < today),
      inTime: total('in-time'), medianDays: medianOfCounts(values('held-days')), heldN: completed,
      individualOrders: one('orders', 'individual'), groupOrders: one('orders', 'group'),
    },
    postponed: list('postponed'),
    outcomes: nullable('outcome'),
    attendance: nullable('attendance'),
    interpreters: list('interpreter'),
    hours: {
      guided,
      avgIndividual: guided ? weighted('ind-minutes') / guided : null,
      avgGroup: guided ? weighted('grp-minutes') / guided : null,
      overIndividual: total('ind-minutes', (m) => Number(m) > estimate.individualMinutes),
      overGroup: total('grp-minutes', (m) => Number(m) > estimate.groupMinutes),
    },
    notes: { sent: total('notes-sent'), read: total('notes-read'), medianDaysToRead: medianOfCounts(values('read-days')) },
    feedback: list('feedback'),
  };
}

/**
 * The dashboard of the scope the actor asked for. Figures come from the summary kept current on write; `source:
 * 'recount'` computes them over the source tables instead (the tests compare the two; the bench times both).
 */
export async function dashboard(db: Db, actor: Actor, q: DashboardQuery, format: 'json' | 'csv' = 'json',
  source: 'summary' | 'recount' = 'summary'): Promise<DashboardJson> {
  const today = todayInOslo();
  const from = q.from ?? addDays(today, -364);
  const to = q.to ?? today;
  if (to < from) throw fieldError('to', 'date.range');
  const scope = await dashboardScope(db, actor, q);
  const { exact } = scope;
  const estimate = hoursEstimateOn(today);
  const figures = source === 'summary'
    ? await summaryFigures(db, scope, from, to, today, estimate)
    : await recountFigures(db, scope.participants, from, to, today, estimate);
  const { postponed, outcomes, attendance, interpreters, feedback } = figures;
  const f = figures.funnel;
  const entitledN = f.rightAndDuty + f.rightOnly;
  const h = figures.hours;
  const nt = figures.notes;
  const tables: StatTable[] = [
    {
      id: 'overview', rows: [
        count('participants', f.participants, exact),
        count('entitled', entitledN, exact),
        count('ordered', f.ordered, exact),
        count('completed', f.completed, exact),
        count('deadline-due', f.due, exact),
        count('held-before-deadline', f.inTime, exact),
        { key: 'held-before-deadline-share', unit: 'percent', value: shownShare(f.inTime, f.due, exact) },
        { key: 'median-days-to-guidance', unit: 'days', value: shownOver(f.medianDays, f.heldN, exact) },
      ],
    },
    { id: 'right', rows: group([{ key: 'right-and-duty', n: f.rightAndDuty }, { key: 'right-only', n: f.rightOnly }], exact) },
    byCode('postponements', postponementReasonCodes, postponed, exact),
    {
      id: 'sessions', rows: [
        ...byCode('', [...sessionOutcomes], outcomes, exact, 'not-recorded').rows,
        count('group-attended', attendance.filter((a) => a.key === 'attended').reduce((n, a) => n + a.n, 0), exact),
        count('group-absent', attendance.filter((a) => a.key === 'absent').reduce((n, a) => n + a.n, 0), exact),
      ],
    },
    byCode('interpreters', [], interpreters, exact),
    {
      id: 'hours', rows: [
        count('guided', h.guided, exact),
        { key: 'individual-average', unit: 'minutes', value: shownOver(h.avgIndividual, h.guided, exact) },
        { key: 'individual-estimate', unit: 'minutes', value: estimate.individualMinutes },
        count('over-individual-estimate', h.overIndividual, exact),
        { key: 'group-average', unit: 'minutes', value: shownOver(h.avgGroup, h.guided, exact) },
        { key: 'group-estimate', unit: 'minutes', value: estimate.groupMinutes },
        count('over-group-estimate', h.overGroup, exact),
      ],
    },
    {
      id: 'notes', rows: [
        count('sent', nt.sent, exact),
        count('read', nt.read, exact),
        { key: 'median-days-to-read', unit: 'days', value: shownOver(nt.medianDaysToRead, nt.read, exact) },
      ],
    },
    byCode('recommendations', recommendationUses, feedback, exact),
    { id: 'format', rows: group([{ key: 'individual', n: f.individualOrders }, { key: 'group', n: f.groupOrders }], exact) },
  ];
  await recordAudit(db, actor, {
    type: 'statistics.viewed', report: 'dashboard', level: scope.level,
    organisationId: scope.organisation?.id ?? null, countyId: scope.county?.id ?? null, format,
  });
  return {
    level: scope.level, organisation: scope.organisation ? { id: scope.organisation.id, name: scope.organisation.name } : null,
    county: scope.county, from, to, exact, tables, options: await dashboardOptions(db, actor),
  };
}

/** The fact sheet's county and whether the reader sees exact numbers (a centre role, its own county). */
async function factSheetScope(db: Db, actor: Actor, countyId: string | undefined): Promise<{ county: Ref | null; exact: boolean }> {
  const reach = statisticsReach(actor);
  if (reach?.kind === 'career-centre') {
    const centre = await orgRef(db, reach.organisationId, 'career-centre');
    if (!centre?.countyId || (countyId && countyId !== centre.countyId)) throw notFound();
    return { county: await countyRef(db, centre.countyId), exact: true };
  }
  if (reach?.kind === 'national') {
    if (!countyId) return { county: null, exact: false };
    const county = await countyRef(db, countyId);
    if (!county) throw notFound();
    return { county, exact: false };
  }
  throw forbidden();
}

type FactSheetFigures = {
  totals: { users: number; sessions: number; groups: number };
  ages: { key: string; n: number }[];
  genderRows: { key: string | null; n: number }[];
  education: { key: string | null; n: number }[];
  countries: { key: string | null; n: number }[];
};

/**
 * The fact sheet's figures from the summary kept current on write (db/statistics-summary.ts, statistics_yearly_*):
 * one read of the unit's year. A user or group session whose key holds a start time counts once that start has
 * passed (only group sessions that have started count, as in the recount).
 */
async function factSheetSummary(db: Db, county: Ref | null, year: number): Promise<FactSheetFigures> {
  const unit = county ? `c:${county.id}` : 'n';
  const found = await rows<{ fig: string; key: string; n: number }>(db, sql`select r.fig, regexp_replace(r.key, '[|][^|]*$', '') as key, sum(r.n)::float8 n
    from statistics_yearly_rollup r where r.unit = ${unit} and r.year = ${year}
      and (split_part(r.key, '|', 5) = '' or to_timestamp(split_part(r.key, '|', 5)::float8) <= now())
    group by 1, 2`);
  const total = (fig: string) => found.filter((r) => r.fig === fig).reduce((n, r) => n + r.n, 0);
  const dim = (i: number) => {
    const m = new Map<string | null, number>();
    for (const r of found.filter((x) => x.fig === 'fs-user')) {
      const part = r.key.split('|')[i]!;
      const key = part === '~' ? null : part;
      m.set(key, (m.get(key) ?? 0) + r.n);
    }
    return [...m].filter(([, n]) => n > 0).map(([key, n]) => ({ key, n }));
  };
  return {
    totals: { users: total('fs-user'), sessions: total('fs-sessions'), groups: total('fs-groups') },
    ages: dim(0).map((r) => ({ key: r.key!, n: r.n })), genderRows: dim(1), education: dim(2), countries: dim(3),
  };
}

/** The fact sheet; `source: 'recount'` computes it over the source tables instead (the tests compare the two). */
export async function factSheet(db: Db, actor: Actor, q: FactSheetQuery, format: 'json' | 'csv' = 'json',
  source: 'summary' | 'recount' = 'summary'): Promise<FactSheetJson> {
  const year = q.year ?? Number(todayInOslo().slice(0, 4));
  const { county, exact } = await factSheetScope(db, actor, q.countyId);
  const figures = source === 'summary' ? await factSheetSummary(db, county, year) : await factSheetRecount(db, county, year);
  const { totals, ages, genderRows, education, countries } = figures;
  const t = totals;
  const tables: StatTable[] = [
    { id: 'totals', rows: [count('unique-users', t.users, exact), count('sessions', t.sessions, exact), count('group-sessions', t.groups, exact)] },
    byCode('age-bands', ageBands.map((b) => b.key), ages, exact),
    byCode('gender', [...genders, 'unknown'], genderRows, exact),
    byCode('education', [...schoolingLevels, 'unknown'], education, exact),
    byCode('country-background', [], countries, exact),
  ];
  await recordAudit(db, actor, {
    type: 'statistics.viewed', report: 'fact-sheet', level: county ? 'county' : 'national', organisationId: null, countyId: county?.id ?? null, format,
  });
  const options = statisticsReach(actor)?.kind === 'national'
    ? { counties: await db.select({ id: counties.id, name: counties.name }).from(counties).orderBy(asc(counties.name)) }
    : { counties: county ? [county] : [] };
  return { county, year, exact, tables, options };
}

/** The fact sheet's figures by the full recount over sessions, group sessions and participants (the reference). */
async function factSheetRecount(db: Db, county: Ref | null, year: number): Promise<FactSheetFigures> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const centres = county
    ? sql`(select o.id from ${organisations} o where o.kind = 'career-centre' and o.county_id = ${county.id})`
    : sql`(select o.id from ${organisations} o where o.kind = 'career-centre')`;
  // The year's bounds as instants in Norwegian time, so the (centre, starts_at) indexes can be used.
  const inYear = (col: SQL) => sql`${col} >= (${first}::date::timestamp at time zone 'Europe/Oslo')
    and ${col} < ((${last}::date + 1)::timestamp at time zone 'Europe/Oslo')`;
  // Held individual sessions and group sessions that took place (not cancelled, started) in the year, by the county's centres.
  const base = sql`with held as (
      select s.participant_id from guidance_sessions s
      where s.career_centre_id in ${centres} and s.outcome = 'held' and ${inYear(sql`s.starts_at`)}),
    groups as (
      select g.id from group_sessions g
      where g.career_centre_id in ${centres} and g.cancellation_reason is null and g.starts_at <= now() and ${inYear(sql`g.starts_at`)}),
    users as (
      select participant_id from held
      union select r.participant_id from group_registrations r join groups g on g.id = r.group_session_id where r.attendance = 'attended')`;
  // As the dashboard: one snapshot, no JIT.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    const [totals] = await rows<{ users: number; sessions: number; groups: number }>(tx, sql`${base}
      select (select count(*) from users)::int "users", (select count(*) from held)::int "sessions", (select count(*) from groups)::int "groups"`);
    // One pass over the year's users, counted by each dimension (GROUPING SETS), instead of one query per table.
    const dims = await rows<{ dim: 'age' | 'gender' | 'schooling' | 'country'; key: string | null; n: number }>(tx, sql`${base}, people as (
        select ${ageBandSql(sql`extract(year from age(${last}::date, p.birth_date))::int`)} as age_band, p.gender, p.country_background,
          (select ${highestSchoolingSql(sql`b.value`)} from handover_brief_items b
            where b.participant_id = p.id and b.item_key = 'schooling' and not b.unknown) as schooling
        from users u join participants p on p.id = u.participant_id)
      select case when grouping(age_band) = 0 then 'age' when grouping(gender) = 0 then 'gender' when grouping(schooling) = 0 then 'schooling' else 'country' end as dim,
        coalesce(age_band, gender, schooling, country_background) as "key", count(*)::int n
      from people group by grouping sets ((age_band), (gender), (schooling), (country_background))
      order by n desc, 2`);
    const of = (dim: string) => dims.filter((d) => d.dim === dim).map(({ key, n }) => ({ key, n }));
    const ages = of('age').map((r) => ({ key: r.key!, n: r.n }));
    const genderRows = of('gender');
    const education = of('schooling');
    const countries = of('country');
    return { totals: totals!, ages, genderRows, education, countries };
  });
}

/** Quotes a CSV cell; a cell a spreadsheet would run as a formula gets a leading apostrophe (as the postponement export). */
function cell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The tables as one CSV (long format: table, row, unit, value); "under 5" as text, a hidden figure empty. */
export function tablesToCsv(tables: StatTable[], only?: string): string {
  if (only && !tables.some((t) => t.id === only)) throw fieldError('table', 'invalid_choice');
  const lines = ['table,row,unit,value'];
  for (const t of tables) {
    if (only && t.id !== only) continue;
    for (const r of t.rows) lines.push([t.id, r.key, r.unit, r.value === 'under-5' ? 'under 5' : r.value === 'hidden' ? 'hidden' : r.value === null ? '' : String(r.value)].map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

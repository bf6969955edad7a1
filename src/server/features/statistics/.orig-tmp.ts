/**
 * Statistics (issue 8): dashboards for a municipality, a career centre, a county and the country, and the county
 * fact sheet. Every answer is counts and aggregates only, never a person-level row. Outside the reader's own
 * organisation every count from 1 to 4 shows as "under-5" (src/domain/statistics.ts).
 *
 * Who sees what:
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
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import {
  ageBands, genders, hoursEstimateOn, postponementReasonCodes, recommendationUses, schoolingLevels, sessionOutcomes, shownOver, shownShare,
  suppress, addDays, todayInOslo,
} from '../../../domain/index.ts';
import { fieldError, forbidden, notFound } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { ageBandSql, highestSchoolingSql, sessionMinutesSql } from './sql.ts';
import type { DashboardJson, DashboardQuery, FactSheetJson, FactSheetQuery, StatisticsLevel, StatRow, StatTable } from './schemas.ts';

type Ref = { id: string; name: string };
const nationalReaders = ['statistics-reader', 'administrator'] as const;
const isNationalReader = (a: Actor) => (nationalReaders as readonly string[]).includes(a.role);

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
  /** Condition on a participants row aliased `p`. */
  participants: SQL;
}

/** The level and organisation the actor asked for, checked against what they may see (403 / 404 as above). */
async function dashboardScope(db: Db, actor: Actor, q: DashboardQuery): Promise<Scope> {
  const own = actor.organisationId;
  if (isMunicipalityRole(actor) && own) {
    const level = q.level ?? 'municipality';
    if (level !== 'municipality') throw forbidden();
    if (q.organisationId && q.organisationId !== own) throw notFound();
    const org = await orgRef(db, own, 'municipality');
    if (!org) throw notFound();
    return { level, organisation: org, county: null, exact: true, participants: sql`p.municipality_id = ${own}` };
  }
  if (isCareerCentreRole(actor) && own) {
    const level = q.level ?? 'centre';
    if (level === 'centre') {
      if (q.organisationId && q.organisationId !== own) throw notFound();
      const org = await orgRef(db, own, 'career-centre');
      if (!org) throw notFound();
      return { level, organisation: org, county: null, exact: true, participants: servedBy(own) };
    }
    if (level === 'municipality') {
      if (!q.organisationId) throw fieldError('organisationId', 'statistics.level-needs-organisation');
      const org = await orgRef(db, q.organisationId, 'municipality');
      if (!org || org.servedBy !== own) throw notFound();
      return { level, organisation: org, county: null, exact: false, participants: sql`p.municipality_id = ${org.id}` };
    }
    throw forbidden();
  }
  if (isNationalReader(actor)) {
    const level = q.level ?? 'national';
    if (level === 'national') return { level, organisation: null, county: null, exact: false, participants: sql`true` };
    if (level === 'county') {
      if (!q.countyId) throw fieldError('countyId', 'statistics.level-needs-county');
      const county = await countyRef(db, q.countyId);
      if (!county) throw notFound();
      return {
        level, organisation: null, county, exact: false,
        participants: sql`p.municipality_id in (select o.id from ${organisations} o where o.kind = 'municipality' and o.county_id = ${county.id})`,
      };
    }
    if (!q.organisationId) throw fieldError('organisationId', 'statistics.level-needs-organisation');
    const org = await orgRef(db, q.organisationId, level === 'centre' ? 'career-centre' : 'municipality');
    if (!org) throw notFound();
    return {
      level, organisation: { id: org.id, name: org.name }, county: null, exact: false,
      participants: level === 'centre' ? servedBy(org.id) : sql`p.municipality_id = ${org.id}`,
    };
  }
  throw forbidden();
}

const servedBy = (centreId: string) =>
  sql`p.municipality_id in (select o.id from ${organisations} o where o.served_by_career_centre_id = ${centreId})`;

/** What the actor may pick in the dashboard filters (organisation names are not personal data). */
async function dashboardOptions(db: Db, actor: Actor): Promise<DashboardJson['options']> {
  const list = (where: SQL | undefined) => db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(where).orderBy(asc(organisations.name));
  const own = actor.organisationId;
  if (isMunicipalityRole(actor) && own) return { municipalities: await list(eq(organisations.id, own)), centres: [], counties: [] };
  if (isCareerCentreRole(actor) && own) {
    return {
      municipalities: await list(and(eq(organisations.kind, 'municipality'), eq(organisations.servedByCareerCentreId, own))),
      centres: await list(eq(organisations.id, own)),
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

/** A table of counts by code: every known code gets a row (0 included), then codes seen in the data but not known. */
function byCode(id: string, known: readonly string[], found: { key: string | null; n: number }[], exact: boolean, unknownKey = 'unknown'): StatTable {
  const m = new Map<string, number>();
  for (const r of found) m.set(r.key ?? unknownKey, (m.get(r.key ?? unknownKey) ?? 0) + r.n);
  const keys = [...known, ...[...m.keys()].filter((k) => !known.includes(k)).sort()];
  return { id, rows: keys.map((k) => count(k, m.get(k) ?? 0, exact)) };
}

export async function dashboard(db: Db, actor: Actor, q: DashboardQuery, format: 'json' | 'csv' = 'json'): Promise<DashboardJson> {
  const today = todayInOslo();
  const from = q.from ?? addDays(today, -364);
  const to = q.to ?? today;
  if (to < from) throw fieldError('to', 'date.range');
  const scope = await dashboardScope(db, actor, q);
  const { exact } = scope;
  // The cohort, as a CTE every figure starts from. The scope condition is built above from the actor, never from input alone.
  const cohort = sql`with cohort as materialized (
    select p.id, p.guidance_right, p.settlement_date, p.decision_deadline, p.guidance_held_on from participants p
    where ${scope.participants} and p.settlement_date between ${from}::date and ${to}::date)`;
  const entitled = sql`c.guidance_right in ('right-and-duty', 'right')`;

  // One read transaction: a consistent snapshot for all figures, and no JIT. The planner cannot see into the cohort
  // CTE, over-estimates the joins and then spends longer compiling (JIT) than running; bench/statistics.ts showed it.
  const estimate = hoursEstimateOn(today);
  const figures = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    const [funnel] = await rows<{
      participants: number; rightAndDuty: number; rightOnly: number; ordered: number; completed: number; due: number; inTime: number;
      medianDays: number | null; heldN: number; individualOrders: number; groupOrders: number;
    }>(tx, sql`${cohort}, ordered as (
        select distinct o.participant_id from guidance_orders o join cohort c on c.id = o.participant_id where o.status <> 'draft'),
      formats as (
        select o.format, count(*)::int n from guidance_orders o join cohort c on c.id = o.participant_id where o.status <> 'draft' group by o.format)
      select count(*)::int "participants",
        count(*) filter (where c.guidance_right = 'right-and-duty')::int "rightAndDuty",
        count(*) filter (where c.guidance_right = 'right')::int "rightOnly",
        count(*) filter (where ${entitled} and od.participant_id is not null)::int "ordered",
        count(*) filter (where ${entitled} and c.guidance_held_on is not null)::int "completed",
        count(*) filter (where ${entitled} and (c.guidance_held_on is not null or c.decision_deadline < ${today}::date))::int "due",
        count(*) filter (where ${entitled} and c.guidance_held_on <= c.decision_deadline)::int "inTime",
        (percentile_cont(0.5) within group (order by (c.guidance_held_on - c.settlement_date)) filter (where ${entitled} and c.guidance_held_on is not null))::float8 "medianDays",
        count(*) filter (where ${entitled} and c.guidance_held_on is not null)::int "heldN",
        coalesce((select n from formats where format = 'individual'), 0)::int "individualOrders",
        coalesce((select n from formats where format = 'group'), 0)::int "groupOrders"
      from cohort c left join ordered od on od.participant_id = c.id`);

    const postponed = await rows<{ key: string; n: number }>(tx, sql`${cohort}
      select pp.reason "key", count(distinct pp.participant_id)::int n from postponements pp join cohort c on c.id = pp.participant_id group by pp.reason`);
    const outcomes = await rows<{ key: string | null; n: number }>(tx, sql`${cohort}
      select s.outcome "key", count(*)::int n from guidance_sessions s join cohort c on c.id = s.participant_id group by s.outcome`);
    const attendance = await rows<{ key: string | null; n: number }>(tx, sql`${cohort}
      select r.attendance "key", count(*)::int n from group_registrations r join cohort c on c.id = r.participant_id
      where r.status = 'registered' group by r.attendance`);
    // Interpreter use: individual and three-party sessions held or broken off with an interpreter booked in a language.
    const interpreters = await rows<{ key: string; n: number }>(tx, sql`${cohort}
      select s.interpreter_language "key", count(*)::int n from guidance_sessions s join cohort c on c.id = s.participant_id
      where s.interpreter_language is not null and s.outcome in ('held', 'broken-off') and s.interpreter_took_part is not false
      group by s.interpreter_language order by n desc, 1`);
    const [hours] = await rows<{ guided: number; avgIndividual: number | null; avgGroup: number | null; overIndividual: number; overGroup: number }>(tx, sql`${cohort},
      ind as (select s.participant_id, sum(${sessionMinutesSql()})::int m from guidance_sessions s join cohort c on c.id = s.participant_id group by s.participant_id),
      grp as (select r.participant_id, sum(g.duration_minutes)::int m from group_registrations r join cohort c on c.id = r.participant_id
        join group_sessions g on g.id = r.group_session_id where r.attendance = 'attended' group by r.participant_id),
      per as (select coalesce(ind.m, 0) ind, coalesce(grp.m, 0) grp from cohort c left join ind on ind.participant_id = c.id left join grp on grp.participant_id = c.id)
      select count(*) filter (where ind > 0 or grp > 0)::int "guided",
        (avg(ind) filter (where ind > 0 or grp > 0))::float8 "avgIndividual",
        (avg(grp) filter (where ind > 0 or grp > 0))::float8 "avgGroup",
        count(*) filter (where ind > ${estimate.individualMinutes})::int "overIndividual",
        count(*) filter (where grp > ${estimate.groupMinutes})::int "overGroup"
      from per`);
    const [notes] = await rows<{ sent: number; read: number; medianDaysToRead: number | null }>(tx, sql`${cohort}
      select count(*) filter (where n.first_sent_at is not null)::int "sent",
        count(*) filter (where n.first_sent_at is not null and n.first_read_at is not null)::int "read",
        (percentile_cont(0.5) within group (order by extract(epoch from (n.first_read_at - n.first_sent_at)) / 86400.0)
          filter (where n.first_sent_at is not null and n.first_read_at is not null))::float8 "medianDaysToRead"
      from guidance_notes n join cohort c on c.id = n.participant_id`);
    const feedback = await rows<{ key: string; n: number }>(tx, sql`${cohort}
      select fb.recommendation_use "key", count(*)::int n from guidance_note_feedback fb join guidance_notes n on n.id = fb.note_id
      join cohort c on c.id = n.participant_id group by fb.recommendation_use`);

    return { funnel: funnel!, postponed, outcomes, attendance, interpreters, hours: hours!, notes: notes!, feedback };
  });
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
    { id: 'right', rows: [count('right-and-duty', f.rightAndDuty, exact), count('right-only', f.rightOnly, exact)] },
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
    { id: 'format', rows: [count('individual', f.individualOrders, exact), count('group', f.groupOrders, exact)] },
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
  if (isCareerCentreRole(actor) && actor.organisationId) {
    const centre = await orgRef(db, actor.organisationId, 'career-centre');
    if (!centre?.countyId || (countyId && countyId !== centre.countyId)) throw notFound();
    return { county: await countyRef(db, centre.countyId), exact: true };
  }
  if (isNationalReader(actor)) {
    if (!countyId) return { county: null, exact: false };
    const county = await countyRef(db, countyId);
    if (!county) throw notFound();
    return { county, exact: false };
  }
  throw forbidden();
}

export async function factSheet(db: Db, actor: Actor, q: FactSheetQuery, format: 'json' | 'csv' = 'json'): Promise<FactSheetJson> {
  const year = q.year ?? Number(todayInOslo().slice(0, 4));
  const { county, exact } = await factSheetScope(db, actor, q.countyId);
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
  const { totals, ages, genderRows, education, countries } = await db.transaction(async (tx) => {
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
  const options = isNationalReader(actor)
    ? { counties: await db.select({ id: counties.id, name: counties.name }).from(counties).orderBy(asc(counties.name)) }
    : { counties: county ? [county] : [] };
  return { county, year, exact, tables, options };
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
    for (const r of t.rows) lines.push([t.id, r.key, r.unit, r.value === 'under-5' ? 'under 5' : r.value === null ? '' : String(r.value)].map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

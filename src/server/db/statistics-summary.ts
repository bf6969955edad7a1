/**
 * The statistics summary (schema-statistics-summary.ts), kept current on write: row triggers on every table a
 * dashboard figure reads call statistics_refresh(participant), which recomputes what that participant contributes
 * (the view statistics_participant_items, the same rules as the full recount in features/statistics/service.ts),
 * subtracts the old contribution from statistics_rollup and adds the new one, in the same transaction as the write.
 * So no write path can forget it: services, retention, erasure, the seed and direct SQL all go through the triggers.
 *
 * The SQL is built here at start-up, not frozen in a migration, because it is built from the domain rules (the
 * minutes a session counts for, src/domain/guidance-hours.ts via sessionMinutesSql). Its hash is stored: when the
 * SQL changes (a rule changed), the functions are replaced and both tables are refilled from the source tables in
 * one transaction, under an advisory lock so that several instances starting at once do it once. The same refill
 * fills the tables for data written before the migration.
 *
 * Concurrency: a refresh locks the participant's facts row first, so two transactions writing about one participant
 * take turns and the second recomputes from what the first committed; rollup rows are upserted in key order.
 * Limits: TRUNCATE of a source table fires no row trigger (only tests and the bench do that; call
 * statistics_rebuild() after); a bulk load may disable the triggers and call statistics_rebuild() (the bench does).
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { ageBandSql, highestSchoolingSql, sessionMinutesSql } from '../features/statistics/sql.ts';

/** Serialises the install between instances (any fixed number; "stat" in ASCII). */
const INSTALL_LOCK = 0x73746174;

const text = (q: ReturnType<typeof sql>) => new PgDialect().sqlToQuery(q).sql;
const minutes = text(sessionMinutesSql());
const ageBandAtYearEnd = text(ageBandSql(sql.raw('extract(year from age(make_date(a.year, 12, 31), p.birth_date))::int')));
const schooling = text(highestSchoolingSql(sql.raw('b.value')));
const entitled = `p.guidance_right in ('right-and-duty', 'right')`;
const interpreterUsed = `s.interpreter_language is not null and s.outcome in ('held', 'broken-off') and s.interpreter_took_part is not false`;

/**
 * What each participant contributes, as [figure, key, count]. Keys that are dates or amounts (the decision
 * deadline of those not yet guided, the days to guidance, minutes, days to read) stay keys, so figures measured
 * against today's date or today's hours estimate are computed when read (service.ts, figuresFromSummary).
 * A null code is stored as '~' (keys are part of the rollup's primary key).
 */
const itemsView = `create or replace view statistics_participant_items as
select p.id as participant_id, p.municipality_id, p.settlement_date, coalesce((
  select jsonb_agg(jsonb_build_array(i.fig, i.key, i.n) order by i.fig, i.key) from (
    select 'participants' as fig, '' as key, 1::float8 as n
    union all select 'right', p.guidance_right, 1 where ${entitled}
    union all select 'held-days', (p.guidance_held_on - p.settlement_date)::text, 1 where ${entitled} and p.guidance_held_on is not null
    union all select 'in-time', '', 1 where ${entitled} and p.guidance_held_on <= p.decision_deadline
    union all select 'open-deadline', to_char(p.decision_deadline, 'YYYY-MM-DD'), 1 where ${entitled} and p.guidance_held_on is null
    union all select 'ordered', '', 1 where ${entitled} and exists (select 1 from guidance_orders o where o.participant_id = p.id and o.status <> 'draft')
    union all select 'orders', o.format, count(*) from guidance_orders o where o.participant_id = p.id and o.status <> 'draft' group by o.format
    union all select 'postponed', pp.reason, 1 from postponements pp where pp.participant_id = p.id group by pp.reason
    union all select 'outcome', coalesce(s.outcome, '~'), count(*) from guidance_sessions s where s.participant_id = p.id group by s.outcome
    union all select 'interpreter', s.interpreter_language, count(*) from guidance_sessions s
      where s.participant_id = p.id and ${interpreterUsed} group by s.interpreter_language
    union all select 'attendance', coalesce(r.attendance, '~'), count(*) from group_registrations r
      where r.participant_id = p.id and r.status = 'registered' group by r.attendance
    union all select m.fig, m.key, 1 from (select
        coalesce((select sum(${minutes}) from guidance_sessions s where s.participant_id = p.id), 0) as ind,
        coalesce((select sum(g.duration_minutes) from group_registrations r join group_sessions g on g.id = r.group_session_id
          where r.participant_id = p.id and r.attendance = 'attended'), 0) as grp) x
      cross join lateral (values ('guided', ''), ('ind-minutes', x.ind::text), ('grp-minutes', x.grp::text)) m(fig, key)
      where x.ind > 0 or x.grp > 0
    union all select v.fig, v.key, v.n from (select count(*) filter (where n.first_sent_at is not null) as sent,
        count(*) filter (where n.first_sent_at is not null and n.first_read_at is not null) as rd
        from guidance_notes n where n.participant_id = p.id) c
      cross join lateral (values ('notes-sent', '', c.sent::float8), ('notes-read', '', c.rd::float8)) v(fig, key, n) where v.n > 0
    union all select 'read-days', (extract(epoch from (n.first_read_at - n.first_sent_at)) / 86400.0)::text, count(*) from guidance_notes n
      where n.participant_id = p.id and n.first_sent_at is not null and n.first_read_at is not null group by 2
    union all select 'feedback', fb.recommendation_use, count(*) from guidance_notes n join guidance_note_feedback fb on fb.note_id = n.id
      where n.participant_id = p.id and fb.recommendation_use is not null group by fb.recommendation_use
  ) i), '[]'::jsonb) as items
from participants p`;

/**
 * The fact sheet's part (statistics_yearly_*): for each participant, per unit (the country, the county of the
 * centre) and calendar year (Europe/Oslo): their held individual sessions ('fs-sessions'), and once, as a user
 * ('fs-user'), keyed by age band on 31 December, gender, schooling, country and since (see the schema). A user
 * only by group sessions that had not started when this was written keeps the earliest start, checked when read.
 */
const participantYearlyView = `create or replace view statistics_participant_yearly_items as
select p.id as owner_id, coalesce((
  select jsonb_agg(jsonb_build_array(x.unit, x.year, x.fig, x.key, x.n) order by x.unit, x.year, x.fig, x.key) from (
    select a.unit, a.year, 'fs-sessions' as fig, '' as key, a.sessions::float8 as n from (
        select u.unit, act.year, count(*) filter (where act.held) as sessions from (
          select o.county_id, extract(year from s.starts_at at time zone 'Europe/Oslo')::int as year, true as held, null::timestamptz as since
          from guidance_sessions s join organisations o on o.id = s.career_centre_id where s.participant_id = p.id and s.outcome = 'held') act
        cross join lateral (values ('n'), ('c:' || act.county_id)) u(unit) where u.unit is not null group by u.unit, act.year) a
    union all
    select a.unit, a.year, 'fs-user', concat_ws('|', ${ageBandAtYearEnd}, coalesce(p.gender, '~'),
        coalesce((select ${schooling} from handover_brief_items b where b.participant_id = p.id and b.item_key = 'schooling' and not b.unknown), '~'),
        coalesce(p.country_background, '~'), case when a.any_held or a.since <= now() then '' else extract(epoch from a.since)::text end), 1
    from (
      select u.unit, act.year, bool_or(act.held) as any_held, min(act.since) as since from (
          select o.county_id, extract(year from s.starts_at at time zone 'Europe/Oslo')::int as year, true as held, null::timestamptz as since
          from guidance_sessions s join organisations o on o.id = s.career_centre_id where s.participant_id = p.id and s.outcome = 'held'
          union all
          select o.county_id, extract(year from g.starts_at at time zone 'Europe/Oslo')::int, false, g.starts_at
          from group_registrations r join group_sessions g on g.id = r.group_session_id join organisations o on o.id = g.career_centre_id
          where r.participant_id = p.id and r.attendance = 'attended' and g.cancellation_reason is null) act
        cross join lateral (values ('n'), ('c:' || act.county_id)) u(unit) where u.unit is not null group by u.unit, act.year) a
  ) x), '[]'::jsonb) as items
from participants p`;

/** A group session that is not cancelled counts once for its centre's county and the country, in its year ('fs-groups'); key as a user's (since last). */
const groupYearlyView = `create or replace view statistics_group_yearly_items as
select g.id as owner_id, coalesce((
  select jsonb_agg(jsonb_build_array(u.unit, extract(year from g.starts_at at time zone 'Europe/Oslo')::int, 'fs-groups',
    case when g.starts_at <= now() then '' else '||||' || extract(epoch from g.starts_at)::text end, 1) order by u.unit)
  from organisations o cross join lateral (values ('n'), ('c:' || o.county_id)) u(unit)
  where o.id = g.career_centre_id and u.unit is not null and g.cancellation_reason is null), '[]'::jsonb) as items
from group_sessions g`;

export const statisticsSummaryStatements = [
  itemsView,
  participantYearlyView,
  groupYearlyView,
  // Replaces an owner's yearly items, applying the difference to the yearly rollup (the caller holds the owner's lock).
  `create or replace function statistics_yearly_set(owner uuid, items jsonb) returns void language plpgsql as $$
    declare
      before jsonb;
    begin
      select f.items into before from statistics_yearly_facts f where f.owner_id = owner for update;
      if coalesce(before, '[]'::jsonb) = coalesce(items, '[]'::jsonb) then return; end if;
      insert into statistics_yearly_rollup as r (unit, year, fig, key, n)
      select x ->> 0, (x ->> 1)::int, x ->> 2, x ->> 3, sum(y.sign * (x ->> 4)::float8) from (
          select x, -1 as sign from jsonb_array_elements(coalesce(before, '[]'::jsonb)) x
          union all select x, 1 from jsonb_array_elements(coalesce(items, '[]'::jsonb)) x) y
      group by 1, 2, 3, 4 having sum(y.sign * (x ->> 4)::float8) <> 0 order by 1, 2, 3, 4
      on conflict (unit, year, fig, key) do update set n = r.n + excluded.n;
      delete from statistics_yearly_rollup r where r.n = 0 and (r.unit, r.year, r.fig, r.key) in (
        select x ->> 0, (x ->> 1)::int, x ->> 2, x ->> 3 from jsonb_array_elements(coalesce(before, '[]'::jsonb)) x);
      if coalesce(items, '[]'::jsonb) = '[]'::jsonb then
        delete from statistics_yearly_facts where owner_id = owner;
      else
        insert into statistics_yearly_facts (owner_id, items) values (owner, items)
        on conflict (owner_id) do update set items = excluded.items;
      end if;
    end $$`,
  // The rollup units a municipality's participants count in: the country, the county, the serving centre, itself.
  `create or replace function statistics_units(m uuid, county uuid, centre uuid) returns text[] language sql immutable as $$
    select array_remove(array['n', 'm:' || m, 'c:' || county, 's:' || centre], null) $$`,
  `create or replace function statistics_units_of(m uuid) returns text[] language sql stable as $$
    select statistics_units(o.id, o.county_id, o.served_by_career_centre_id) from organisations o where o.id = m $$`,
  // Adds (sign 1) or subtracts (-1) a contribution; rows that reach 0 go, so the rollup holds only what exists.
  `create or replace function statistics_apply(units text[], d date, items jsonb, sign int) returns void language sql as $$
    insert into statistics_rollup as r (unit, month, fig, key, n)
    select u, date_trunc('month', d)::date, i ->> 0, i ->> 1, sum(sign * (i ->> 2)::float8)
    from unnest(units) u, jsonb_array_elements(items) i group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (unit, month, fig, key) do update set n = r.n + excluded.n;
    delete from statistics_rollup r where r.unit = any(units) and r.month = date_trunc('month', d)::date and r.n = 0
      and (r.fig, r.key) in (select i ->> 0, i ->> 1 from jsonb_array_elements(items) i) $$`,
  `create or replace function statistics_refresh(pid uuid) returns void language plpgsql as $$
    declare
      old statistics_participant_facts;
      neu record;
    begin
      if pid is null then return; end if;
      select * into old from statistics_participant_facts where participant_id = pid for update;
      perform statistics_yearly_set(pid, (select y.items from statistics_participant_yearly_items y where y.owner_id = pid));
      select * into neu from statistics_participant_items where participant_id = pid;
      if old.participant_id is not null and neu.participant_id is not null and old.municipality_id = neu.municipality_id
        and old.settlement_date = neu.settlement_date and old.items = neu.items then return; end if;
      if old.participant_id is not null then
        perform statistics_apply(statistics_units_of(old.municipality_id), old.settlement_date, old.items, -1);
      end if;
      if neu.participant_id is null then
        delete from statistics_participant_facts where participant_id = pid;
      else
        perform statistics_apply(statistics_units_of(neu.municipality_id), neu.settlement_date, neu.items, 1);
        insert into statistics_participant_facts (participant_id, municipality_id, settlement_date, items)
        values (pid, neu.municipality_id, neu.settlement_date, neu.items)
        on conflict (participant_id) do update
          set municipality_id = excluded.municipality_id, settlement_date = excluded.settlement_date, items = excluded.items;
      end if;
    end $$`,
  // Row trigger: the participant named by column TG_ARGV[0] of the old and the new row.
  `create or replace function statistics_row_changed() returns trigger language plpgsql as $$
    declare
      before uuid := case when tg_op <> 'INSERT' then (to_jsonb(old) ->> tg_argv[0])::uuid end;
      after uuid := case when tg_op <> 'DELETE' then (to_jsonb(new) ->> tg_argv[0])::uuid end;
    begin
      perform statistics_refresh(before);
      if after is distinct from before then perform statistics_refresh(after); end if;
      return null;
    end $$`,
  `create or replace function statistics_feedback_changed() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then perform statistics_refresh((select n.participant_id from guidance_notes n where n.id = old.note_id)); end if;
      if tg_op <> 'DELETE' then perform statistics_refresh((select n.participant_id from guidance_notes n where n.id = new.note_id)); end if;
      return null;
    end $$`,
  // A group session counts in the fact sheet; its length is part of its attendees' minutes, its time, centre and
  // cancellation decide whether and where they are users.
  `create or replace function statistics_group_session_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        perform statistics_yearly_set(old.id, null);
        return null;
      end if;
      perform statistics_yearly_set(new.id, (select y.items from statistics_group_yearly_items y where y.owner_id = new.id));
      if tg_op = 'UPDATE' and (new.duration_minutes is distinct from old.duration_minutes or new.starts_at is distinct from old.starts_at
        or new.career_centre_id is distinct from old.career_centre_id or new.cancellation_reason is distinct from old.cancellation_reason) then
        perform statistics_refresh(r.participant_id) from group_registrations r where r.group_session_id = new.id;
      end if;
      return null;
    end $$`,
  // A municipality moved to another county or centre: its participants move between the rollup units.
  `create or replace function statistics_organisation_changed() returns trigger language plpgsql as $$
    begin
      if new.county_id is distinct from old.county_id or new.served_by_career_centre_id is distinct from old.served_by_career_centre_id then
        perform statistics_apply(statistics_units(old.id, old.county_id, old.served_by_career_centre_id), f.settlement_date, f.items, -1),
          statistics_apply(statistics_units(new.id, new.county_id, new.served_by_career_centre_id), f.settlement_date, f.items, 1)
        from statistics_participant_facts f where f.municipality_id = new.id;
      end if;
      if new.county_id is distinct from old.county_id and new.kind = 'career-centre' then
        perform statistics_refresh(x.participant_id) from (
          select s.participant_id from guidance_sessions s where s.career_centre_id = new.id
          union select r.participant_id from group_registrations r join group_sessions g on g.id = r.group_session_id where g.career_centre_id = new.id) x;
        perform statistics_yearly_set(g.id, (select y.items from statistics_group_yearly_items y where y.owner_id = g.id))
        from group_sessions g where g.career_centre_id = new.id;
      end if;
      return null;
    end $$`,
  ...([['participants', 'id'], ['guidance_orders', 'participant_id'], ['postponements', 'participant_id'], ['guidance_sessions', 'participant_id'],
    ['group_registrations', 'participant_id'], ['guidance_notes', 'participant_id'], ['handover_brief_items', 'participant_id']] as const).map(([table, column]) =>
    `create or replace trigger statistics_summary after insert or update or delete on ${table}
      for each row execute function statistics_row_changed('${column}')`),
  `create or replace trigger statistics_summary after insert or update or delete on guidance_note_feedback
    for each row execute function statistics_feedback_changed()`,
  `create or replace trigger statistics_summary after insert or update or delete on group_sessions for each row execute function statistics_group_session_changed()`,
  `create or replace trigger statistics_summary after update on organisations for each row execute function statistics_organisation_changed()`,
  // Both tables from the source tables, set-based (the install, and the bench after a bulk load without triggers).
  `create or replace function statistics_rebuild() returns void language sql as $$
    delete from statistics_rollup;
    delete from statistics_participant_facts;
    insert into statistics_participant_facts (participant_id, municipality_id, settlement_date, items)
      select participant_id, municipality_id, settlement_date, items from statistics_participant_items;
    insert into statistics_rollup (unit, month, fig, key, n)
      select u.unit, x.month, x.fig, x.key, sum(x.n) from (
        select f.municipality_id, date_trunc('month', f.settlement_date)::date as month, i ->> 0 as fig, i ->> 1 as key, sum((i ->> 2)::float8) as n
        from statistics_participant_facts f, jsonb_array_elements(f.items) i group by 1, 2, 3, 4) x
      join organisations o on o.id = x.municipality_id
      cross join lateral unnest(statistics_units(o.id, o.county_id, o.served_by_career_centre_id)) u(unit)
      group by 1, 2, 3, 4;
    delete from statistics_yearly_rollup;
    delete from statistics_yearly_facts;
    insert into statistics_yearly_facts (owner_id, items)
      select owner_id, items from statistics_participant_yearly_items where items <> '[]'::jsonb
      union all select owner_id, items from statistics_group_yearly_items where items <> '[]'::jsonb;
    insert into statistics_yearly_rollup (unit, year, fig, key, n)
      select x ->> 0, (x ->> 1)::int, x ->> 2, x ->> 3, sum((x ->> 4)::float8)
      from statistics_yearly_facts f, jsonb_array_elements(f.items) x group by 1, 2, 3, 4 $$`,
];

export const statisticsSummaryVersion = createHash('sha256').update(statisticsSummaryStatements.join('\n;\n')).digest('hex').slice(0, 16);

interface Executor { execute(query: ReturnType<typeof sql>): Promise<unknown>; transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> }

/** Installs (or replaces) the summary's view, functions and triggers and refills it when its SQL changed. Idempotent. */
export async function installStatisticsSummary(db: unknown): Promise<void> {
  const d = db as Executor;
  await d.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INSTALL_LOCK})`);
    const res = await tx.execute(sql`select version from statistics_summary_state where id = 1`) as { rows: { version: string }[] };
    if (res.rows[0]?.version === statisticsSummaryVersion) return;
    for (const s of statisticsSummaryStatements) await tx.execute(sql.raw(s));
    await tx.execute(sql`select statistics_rebuild()`);
    await tx.execute(sql`insert into statistics_summary_state (id, version) values (1, ${statisticsSummaryVersion})
      on conflict (id) do update set version = excluded.version`);
  });
}

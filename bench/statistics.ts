/**
 * Time of the statistics dashboards and the county fact sheet on a national-scale dataset in PostgreSQL, next to a
 * plain `SELECT count(*)` over the same tables as the baseline. See bench/README.md.
 *
 *   DATABASE_URL=postgres://postgres:veivalg-ci@127.0.0.1:5432/postgres npx tsx bench/statistics.ts \
 *     [--participants 500000] [--sessions 1500000] [--notes 400000] [--runs 7] [--reuse] [--keep] [--http] [--explain]
 *
 * Data is made in the server with INSERT … SELECT FROM generate_series (no rows travel through Node), into a
 * dedicated database `veivalg_bench_statistics` that is dropped at the end (--keep keeps it; --reuse uses a kept one
 * as it is). Every timing calls the real service functions (the same SQL, the same audit INSERT) or, with --http,
 * the real endpoint over HTTP on 127.0.0.1 (bounded: a handful of sequential requests).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client.ts';
import { seedDemo, DEMO_PASSWORD } from '../src/server/demo/seed.ts';
import { buildApp } from '../src/server/app.ts';
import { markRulesCurrent } from './history.ts';
import { dashboard, dashboardFigureRows, factSheet, tablesToCsv } from '../src/server/features/statistics/service.ts';
import { sql } from 'drizzle-orm';
import type { Actor } from '../src/server/auth/actor.ts';
import { decisionDeadline, guidanceRight, hoursEstimateOn, todayInOslo, addDays, type ResidenceBasis } from '../src/domain/index.ts';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '500000' },
    sessions: { type: 'string', default: '1500000' },
    notes: { type: 'string', default: '400000' },
    runs: { type: 'string', default: '7' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    http: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    recount: { type: 'boolean', default: false },
  },
});
const P = Number(args.participants);
const S = Number(args.sessions);
const N = Number(args.notes);
let RUNS = Math.max(2, Number(args.runs));
const DB_NAME = 'veivalg_bench_statistics';

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a PostgreSQL server (the user must be allowed to create databases).');
  process.exit(2);
}
const adminUrl = process.env.DATABASE_URL;
const benchUrl = (() => { const u = new URL(adminUrl); u.pathname = `/${DB_NAME}`; return u.toString(); })();

const log = (...a: unknown[]) => console.log(...a);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

async function generate(c: pg.Client) {
  const step = async (label: string, text: string) => {
    const t0 = process.hrtime.bigint();
    const r = await c.query(text);
    log(`  ${label.padEnd(44)} ${String(r.rowCount ?? '').padStart(9)} rows  ${(ms(t0) / 1000).toFixed(1)} s`);
  };
  // 11 counties with one career centre each and 32 municipalities each (about the real number), plus the demo ones.
  await step('counties', `insert into counties (name) select 'Benchfylke ' || i from generate_series(1, 11) i`);
  await step('career centres', `insert into organisations (kind, name, county_id)
    select 'career-centre', 'Karriere ' || c.name, c.id from counties c where c.name like 'Benchfylke %'`);
  await step('municipalities', `insert into organisations (kind, name, county_id, served_by_career_centre_id)
    select 'municipality', 'Benchkommune ' || c.name || ' ' || i, c.id, o.id
    from counties c join organisations o on o.county_id = c.id and o.kind = 'career-centre', generate_series(1, 32) i
    where c.name like 'Benchfylke %'`);
  await c.query(`create temporary table m as select row_number() over (order by id) - 1 as k, id, served_by_career_centre_id as centre
    from organisations where kind = 'municipality'`);
  await c.query(`create temporary table counsellor as select id from users where role = 'career-counsellor' order by email limit 1`);
  await c.query(`create temporary table lead as select id from users where role = 'municipality-lead' order by email limit 1`);
  // Participants: one in ten in Bergen (a big city), the rest spread over every municipality; settled over three years.
  await step('participants', `insert into participants (municipality_id, given_name, family_name, birth_date, preferred_language,
      residence_basis, settlement_date, decision_deadline, guidance_held_on, gender, country_background, created_by)
    select case when i % 10 = 0 then (select id from organisations where name = 'Bergen kommune') else m.id end,
      'Bench', 'Deltaker' || i, s - ((18 + (i * 7) % 45) * 365 + i % 365), (array['ar','ti','uk','so','prs','ku','fa','ps'])[1 + i % 8],
      (array['refugee','refugee','refugee-family-reunification','collective-protection','other'])[1 + i % 5], s,
      (s + interval '3 months')::date,
      case when i % 10 < 7 and s < current_date - 20 then s + (20 + i % 120) end,
      (array['female','male',null,'female','male','other'])[1 + i % 6], (array['SY','ER','UA','AF','SO',null,'IQ'])[1 + i % 7], (select id from lead)
    from generate_series(1, ${P}) i cross join (select count(*) c from m) mc join m on m.k = i % mc.c,
      lateral (select (current_date - (i % 1095))::date as s) d`);
  // guidance_right by the same backfill SQL the migration uses (itself checked against guidanceRight() in the tests).
  const backfill = readFileSync(fileURLToPath(new URL('../src/server/db/migrations/0010_statistics_guidance_right_backfill.sql', import.meta.url)), 'utf8');
  await step('guidance_right (migration backfill)', backfill.split('\n').filter((l) => !l.startsWith('--')).join('\n'));
  await c.query(`create temporary table pn as select row_number() over (order by id) as k, id, municipality_id, decision_deadline from participants`);
  await c.query(`create index on pn (k)`);
  // Orders for 84 % of participants (enough for one note per order), most of them past draft.
  const orders = Math.min(P, Math.round(Math.max(N * 1.05, P * 0.84)));
  await step('guidance_orders', `insert into guidance_orders (participant_id, municipality_id, career_centre_id, status, format, language, mode, decision_deadline, created_by)
    select pn.id, pn.municipality_id, m.centre, (array['sent','accepted','scheduled','completed','completed','completed','draft'])[1 + pn.k % 7],
      case when pn.k % 5 = 0 then 'group' else 'individual' end, 'ar', 'in-person', pn.decision_deadline, (select id from lead)
    from pn join m on m.id = pn.municipality_id where pn.k <= ${orders}`);
  // Orders without a note yet (the demo data may already have notes on its own orders).
  await c.query(`create temporary table onum as select row_number() over (order by id) as k, id, participant_id, municipality_id, career_centre_id
    from guidance_orders o where not exists (select 1 from guidance_notes n where n.order_id = o.id)`);
  await c.query(`create index on onum (k)`);
  await step('guidance_sessions', `insert into guidance_sessions (reference, order_id, participant_id, municipality_id, career_centre_id, kind, mode,
      starts_at, duration_minutes, lead_counsellor_id, adviser_role, outcome, minutes_used, interpreter_language, interpreter_took_part)
    select 'B' || i, o.id, o.participant_id, o.municipality_id, o.career_centre_id, case when i % 9 = 0 then 'three-party' else 'individual' end, 'in-person',
      now() - ((i % 1000) || ' days')::interval - ((i % 8) || ' hours')::interval, 60 + 30 * (i % 2), (select id from counsellor), 'absent',
      (array['held','held','held','held','no-show','broken-off','cancelled',null])[1 + i % 8], case when i % 3 = 0 then 45 + i % 50 end,
      case when i % 4 <> 0 then (array['ar','ti','uk','so','prs','ku','fa','ps'])[1 + i % 8] end, case when i % 4 <> 0 then i % 11 <> 0 end
    from generate_series(1, ${S}) i join onum o on o.k = 1 + (i % (select count(*) from onum))`);
  await step('group_sessions', `insert into group_sessions (reference, career_centre_id, title, language, mode, starts_at, duration_minutes, capacity, lead_counsellor_id)
    select 'BG' || i, (select id from organisations where kind = 'career-centre' order by id offset (i % 13) limit 1), 'Gruppe', 'ar', 'in-person',
      now() - ((i % 1000) || ' days')::interval, 90, 15, (select id from counsellor) from generate_series(1, ${Math.round(P / 25)}) i`);
  await c.query(`create temporary table gnum as select row_number() over (order by id) as k, id from group_sessions`);
  await step('group_registrations', `insert into group_registrations (group_session_id, participant_id, municipality_id, attendance, registered_by)
    select g.id, pn.id, pn.municipality_id, case when pn.k % 4 = 0 then 'absent' else 'attended' end, (select id from lead)
    from pn join gnum g on g.k = 1 + (pn.k % (select count(*) from gnum)) where pn.k % 5 = 0`);
  await step('postponements', `insert into postponements (participant_id, municipality_id, reason, justification, expected_date, decided_with, decided_on, created_by, ended_at)
    select pn.id, pn.municipality_id, (array['settling-in-little-schooling-long-programme','health','family-situation','awaiting-norwegian-or-life-skills','participant-wish','other'])[1 + pn.k % 6],
      'Bench', current_date + 30, 'adviser-alone', current_date - 10, (select id from lead), case when pn.k % 3 = 0 then null else now() end
    from pn where pn.k % 17 = 0`);
  await step('guidance_notes', `insert into guidance_notes (order_id, participant_id, municipality_id, career_centre_id, author_id, status, content,
      recommendation_kind, first_sent_at, last_sent_at, sent_number, first_read_at)
    select o.id, o.participant_id, o.municipality_id, o.career_centre_id, (select id from counsellor), case when o.k % 8 = 0 then 'draft' else 'sent' end, '{}'::jsonb,
      (array['work','education','combination'])[1 + o.k % 3], case when o.k % 8 <> 0 then now() - ((o.k % 600) || ' days')::interval end,
      case when o.k % 8 <> 0 then now() - ((o.k % 600) || ' days')::interval end, case when o.k % 8 <> 0 then 1 end,
      case when o.k % 8 <> 0 and o.k % 5 <> 0 then now() - ((o.k % 600) || ' days')::interval + ((o.k % 240) || ' hours')::interval end
    from onum o where o.k <= ${N}`);
  await step('guidance_note_feedback', `insert into guidance_note_feedback (note_id, recommendation_use, integration_plan_changed, end_goal, given_by)
    select n.id, (array['followed','followed','partly','not-followed'])[1 + (hashtext(n.id::text) & 3)], true, 'work', (select id from lead)
    from guidance_notes n where n.first_read_at is not null and hashtext(n.id::text) % 3 <> 0
      and not exists (select 1 from guidance_note_feedback f where f.note_id = n.id)`);
  await step('handover_brief_items (schooling)', `insert into handover_brief_items (participant_id, item_key, value, source, verified_by, verified_on)
    select pn.id, 'schooling', jsonb_build_object('years', pn.k % 16, 'completedLevels',
      (array['[]','["primary"]','["primary","upper-secondary"]','["higher"]','["some-primary"]'])[1 + pn.k % 5]::jsonb), 'adviser', (select id from lead), current_date
    from pn where pn.k % 5 <> 4 on conflict do nothing`);
  const t0 = process.hrtime.bigint();
  await c.query('vacuum (analyze)');
  log(`  ${'VACUUM (ANALYZE)'.padEnd(44)} ${''.padStart(9)}       ${(ms(t0) / 1000).toFixed(1)} s`);
}

/** The SQL dates and rules above against src/domain, on a sample: the bench measures data the app would have written. */
async function checkSample(c: pg.Client) {
  const { rows } = await c.query(`select to_char(birth_date, 'YYYY-MM-DD') b, to_char(settlement_date, 'YYYY-MM-DD') s, residence_basis r,
    to_char(decision_deadline, 'YYYY-MM-DD') d, guidance_right g from participants tablesample system (1) limit 2000`);
  let bad = 0;
  for (const r of rows) {
    if (decisionDeadline({ settlementDate: r.s }).date !== r.d) bad++;
    if (guidanceRight({ residenceBasis: r.r as ResidenceBasis, birthDate: r.b, settlementDate: r.s }).right !== r.g) bad++;
  }
  log(`  sample of ${rows.length} participants checked against src/domain: ${bad === 0 ? 'all agree' : `${bad} DISAGREE`}`);
  if (bad) process.exitCode = 1;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { median: q(0.5), p95: q(0.95), min: s[0]! };
}

const uptime = () => { try { return execSync('uptime', { encoding: 'utf8' }).trim(); } catch { return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`; } };

/**
 * The target and its baseline ALTERNATELY, run by run (baseline, target, baseline, target …), so that both see the
 * same load on a shared machine; the ratio is the median of the per-pair ratios.
 */
async function timePaired(label: string, fn: () => Promise<unknown>, baseline: () => Promise<unknown>) {
  await baseline();
  await fn();
  const a: number[] = [];
  const b: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = process.hrtime.bigint();
    await baseline();
    const bl = ms(t0);
    t0 = process.hrtime.bigint();
    await fn();
    const tg = ms(t0);
    a.push(tg); b.push(bl); r.push(tg / bl);
  }
  const st = stats(a);
  const bs = stats(b);
  log(`  ${label.padEnd(58)} median ${st.median.toFixed(1).padStart(7)} ms  p95 ${st.p95.toFixed(1).padStart(7)} ms │ baseline median ${bs.median.toFixed(1).padStart(6)} ms │ ${stats(r).median.toFixed(1).padStart(5)}× (max ${Math.max(...r).toFixed(1)}×)`);
  return st;
}

async function time(label: string, fn: () => Promise<unknown>, baselineMs?: number) {
  await fn(); // warm-up: caches and plans
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(ms(t0));
  }
  const st = stats(samples);
  const ratio = baselineMs ? `  ${(st.median / baselineMs).toFixed(1)}× baseline` : '';
  log(`  ${label.padEnd(58)} median ${st.median.toFixed(1).padStart(8)} ms   p95 ${st.p95.toFixed(1).padStart(8)} ms${ratio}`);
  return st;
}

async function main() {
  log(`Statistics benchmark · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log('The machine is shared: other work may run at the same time, so compare figures within one run.');
  const exists = await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [DB_NAME])).rowCount! > 0);
  if (exists && !args.reuse) await admin((c) => c.query(`drop database ${DB_NAME} with (force)`));
  if (!exists || !args.reuse) await admin((c) => c.query(`create database ${DB_NAME}`));

  const database = await openDatabase({ databaseUrl: benchUrl });
  const db = database.db;
  const direct = new pg.Client({ connectionString: benchUrl });
  await direct.connect();
  try {
    const already = Number((await direct.query('select count(*)::int n from participants')).rows[0].n);
    if (already < P) {
      log(`\nGenerating ${P.toLocaleString('en')} participants, ${S.toLocaleString('en')} sessions, ${N.toLocaleString('en')} notes in ${DB_NAME}:`);
      const t0 = process.hrtime.bigint();
      await seedDemo(db, { participantsPerMunicipality: 6 });
      // The bulk load skips the row triggers that keep the statistics summary (one refresh per inserted row would take
      // hours); the summary is then filled set-based, as the start-up install does (src/server/db/statistics-summary.ts).
      await direct.query('set session_replication_role = replica');
      await generate(direct);
      // Generated rows carry the domain's deadline (checkSample), so mark them as this release's rules (issue 20).
      await markRulesCurrent(async (text, params) => (await direct.query(text, params)).rows);
      await direct.query('set session_replication_role = default');
      const t1 = process.hrtime.bigint();
      await direct.query('select statistics_rebuild()');
      await direct.query('analyze statistics_participant_facts; analyze statistics_rollup');
      log(`  ${'statistics summary (statistics_rebuild)'.padEnd(44)} ${''.padStart(9)}       ${(ms(t1) / 1000).toFixed(1)} s`);
      log(`  generated in ${(ms(t0) / 1000).toFixed(0)} s`);
    } else {
      log(`\nReusing ${DB_NAME} with ${already.toLocaleString('en')} participants.`);
    }
    await checkSample(direct);
    const sizes = (await direct.query(`select relname, n_live_tup::bigint n from pg_stat_user_tables
      where relname in ('participants','guidance_orders','guidance_sessions','guidance_notes','guidance_note_feedback','postponements','group_sessions','group_registrations','handover_brief_items')
      order by relname`)).rows;
    log(`  rows: ${sizes.map((r) => `${r.relname} ${Number(r.n).toLocaleString('en')}`).join(', ')}`);

    const one = async (q: string) => (await direct.query(q)).rows[0];
    const user = async (email: string) => one(`select u.id, u.name, u.email, u.role, u.organisation_id, o.kind, o.name org from users u left join organisations o on o.id = u.organisation_id where email = '${email}'`);
    const actorOf = (u: { id: string; name: string; email: string; role: Actor['role']; organisation_id: string | null; kind: Actor['organisationKind']; org: string | null }): Actor =>
      ({ userId: u.id, name: u.name, email: u.email, role: u.role, organisationId: u.organisation_id, organisationKind: u.kind, organisationName: u.org, sessionTokenHash: 'bench' });
    const stats = actorOf(await user('statistikk@veivalg.demo'));
    const bergenLead = actorOf(await user('leder@bergen.demo'));
    const vestlandLead = actorOf(await user('leder@vestland.demo'));
    const vestland = await one(`select id from counties where name = 'Vestland fylkeskommune'`);
    const bigCounty = await one(`select c.id from counties c join organisations o on o.county_id = c.id and o.kind = 'municipality'
      join participants p on p.municipality_id = o.id group by c.id order by count(*) desc limit 1`);
    const kv = await one(`select id from organisations where name = 'Karriere Vestland'`);
    const bergen = await one(`select id, (select count(*)::int from participants p where p.municipality_id = o.id) n from organisations o where name = 'Bergen kommune'`);
    const small = await one(`select o.id, count(*)::int n from organisations o join participants p on p.municipality_id = o.id where o.name like 'Benchkommune%' group by o.id order by o.id limit 1`);
    const all = { from: addDays(todayInOslo(), -1200), to: todayInOslo() };
    const year = Number(todayInOslo().slice(0, 4)) - 1;

    if (args.explain) {
      // The national dashboard's statement as the service runs it (same transaction, settings and cohort table), with its plan.
      const plan = await dashboardFigureRows(db, sql`true`, all.from, all.to, todayInOslo(), hoursEstimateOn(todayInOslo()), true);
      log('\nEXPLAIN (ANALYZE, BUFFERS) of the national dashboard (1,200 days):');
      for (const r of plan) log(`  ${Object.values(r as Record<string, unknown>)[0]}`);
    }

    log(`\nLoad before timing: ${uptime()}`);
    log(`\nBaselines (SELECT count(*) over the same table), ${RUNS} runs after one warm-up (for scale; the ratios below use their own):`);
    for (const table of ['participants', 'guidance_sessions', 'guidance_notes']) {
      await time(`SELECT count(*) FROM ${table}`, () => direct.query(`select count(*) from ${table}`));
    }
    // Every target below is timed ALTERNATELY with this baseline, run by run.
    const countParticipants = () => direct.query('select count(*) from participants');

    log(`\nDashboards (service function: scope check, figures, audit INSERT, filter options), each run after a count(*) baseline run, ${RUNS} pairs after one warm-up:`);
    const cohort = async (where: string) => Number((await one(`select count(*)::int n from participants p where ${where}`)).n);
    const label = (what: string, n: number) => `${what} (${n.toLocaleString('en')})`;
    await timePaired(label('national, 1,200 days, statistics reader', await cohort(`p.settlement_date >= current_date - 1200`)), () => dashboard(db, stats, { ...all }), countParticipants);
    await timePaired(label('county (largest), statistics reader', await cohort(`p.municipality_id in (select id from organisations where county_id = '${bigCounty.id}')`)),
      () => dashboard(db, stats, { level: 'county', countyId: bigCounty.id, ...all }), countParticipants);
    await timePaired(label('centre Karriere Vestland, its lead', await cohort(`p.municipality_id in (select id from organisations where served_by_career_centre_id = '${kv.id}')`)),
      () => dashboard(db, vestlandLead, { ...all }), countParticipants);
    await timePaired(label('municipality Bergen, its lead', bergen.n), () => dashboard(db, bergenLead, { ...all }), countParticipants);
    await timePaired(label('municipality (small), statistics reader', small.n),
      () => dashboard(db, stats, { level: 'municipality', organisationId: small.id, ...all }), countParticipants);
    await timePaired(label('national, default period (last 364 days)', await cohort(`p.settlement_date >= current_date - 364`)), () => dashboard(db, stats, {}), countParticipants);
    await timePaired('national, CSV (service + tablesToCsv), 1,200 days', async () => tablesToCsv((await dashboard(db, stats, { ...all }, 'csv')).tables), countParticipants);
    if (args.recount) {
      log('  the same national dashboard by the full recount over the source tables (before issue 19), 2 pairs:');
      const keep = RUNS;
      RUNS = 2;
      await timePaired('national, 1,200 days, FULL RECOUNT', () => dashboard(db, stats, { ...all }, 'json', 'recount'), countParticipants);
      RUNS = keep;
    }
    // The summary and the recount agree on this data too.
    const fast = await dashboard(db, stats, { ...all });
    const slow = await dashboard(db, stats, { ...all }, 'json', 'recount');
    const same = JSON.stringify(fast.tables) === JSON.stringify(slow.tables);
    log(`  national dashboard from the summary ${same ? 'EQUALS' : 'DIFFERS FROM'} the full recount on this data`);
    if (!same) process.exitCode = 1;

    log(`\nFact sheet ${year} (service function), each run after a count(*) baseline run, ${RUNS} pairs after one warm-up:`);
    await timePaired('national, statistics reader', () => factSheet(db, stats, { year }), countParticipants);
    await timePaired('Vestland, statistics reader', () => factSheet(db, stats, { year, countyId: vestland.id }), countParticipants);
    await timePaired('largest bench county, statistics reader', () => factSheet(db, stats, { year, countyId: bigCounty.id }), countParticipants);

    if (args.http) {
      const app = await buildApp({ database, publicUrl: 'http://127.0.0.1', webRoot: '/nonexistent' });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'statistikk@veivalg.demo', password: DEMO_PASSWORD }),
      });
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const get = async (path: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      };
      log(`\nHTTP on 127.0.0.1 (statistics reader, sequential), ${RUNS} runs after one warm-up:`);
      await timePaired('GET /statistics/dashboard (national, 1,200 days)', () => get(`/statistics/dashboard?from=${all.from}&to=${all.to}`), countParticipants);
      await timePaired('GET /statistics/dashboard.csv (national, 1,200 days)', () => get(`/statistics/dashboard.csv?from=${all.from}&to=${all.to}`), countParticipants);
      await timePaired(`GET /statistics/fact-sheet?year=${year} (national)`, () => get(`/statistics/fact-sheet?year=${year}`), countParticipants);
      await timePaired(`GET /statistics/fact-sheet.csv?year=${year} (national)`, () => get(`/statistics/fact-sheet.csv?year=${year}`), countParticipants);
      await app.close();
    }
    // Sanity: the national figures add up to what was generated.
    const d = await dashboard(db, stats, { ...all });
    const participantsRow = d.tables.find((t) => t.id === 'overview')!.rows.find((r) => r.key === 'participants')!;
    log(`\nNational dashboard says ${participantsRow.value} participants settled in the period.`);
    log(`Load after timing: ${uptime()}`);
  } finally {
    await direct.end();
    await database.close();
    if (!args.keep) {
      await admin((c) => c.query(`drop database if exists ${DB_NAME} with (force)`));
      log(`Dropped ${DB_NAME}.`);
    } else {
      log(`Kept ${DB_NAME} (run again with --reuse).`);
    }
  }
}

await main();

/**
 * Throughput and latency of the first page of GET /api/v1/participants for a signed-in programme adviser,
 * against a bare Fastify route on the same server as the baseline. See bench/README.md.
 *
 *   npx tsx bench/participants-list.ts [--n 100000] [--db pglite|postgres] [--seconds 10] [--connections 10]
 *
 * The server (app + PGlite) runs in this process; the load generator runs in a child process (this same file
 * with --worker) so that it gets the other core and does not steal time from the server it measures. The
 * load generator only ever talks to 127.0.0.1, is closed-loop (K connections, each sends its next request when
 * the previous one has answered), and is bounded in time and in number of requests.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { profileServer } from './cpu-profile.ts';

// ---------------------------------------------------------------------------------------------------------
// Load generator (child process)
// ---------------------------------------------------------------------------------------------------------

interface LoadJob {
  port: number;
  path: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  maxRequests: number;
  timeoutMs: number;
}

interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  clientCpu: number; // share of one core the load generator used while measuring
}

type WorkerMessage = { kind: 'measuring' } | { kind: 'result'; result: LoadResult };

function httpGet(agent: http.Agent, job: LoadJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: job.port, path: job.path, method: 'GET', headers: job.headers, agent, timeout: job.timeoutMs },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${job.timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Nearest-rank percentile of an ascending array. */
const percentile = (sorted: Float64Array, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;

async function runLoad(job: LoadJob, onMeasuring: () => void): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const phase = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let requests = 0;
    let errors = 0;
    let firstError: string | null = null;
    const start = performance.now();
    const end = start + seconds * 1000;
    const loop = async () => {
      while (performance.now() < end && requests < job.maxRequests) {
        requests++;
        const t0 = performance.now();
        let status = 0;
        try {
          status = await httpGet(agent, job);
        } catch (e) {
          firstError ??= String(e);
        }
        const dt = performance.now() - t0;
        if (status !== 200) {
          errors++;
          firstError ??= `HTTP ${status}`;
        }
        if (record) latencies.push(dt);
      }
    };
    await Promise.all(Array.from({ length: job.connections }, loop));
    return { latencies, requests, errors, firstError, seconds: (performance.now() - start) / 1000 };
  };
  await phase(job.warmupSeconds, false);
  onMeasuring();
  const cpu0 = process.cpuUsage();
  const m = await phase(job.seconds, true);
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  const sorted = Float64Array.from(m.latencies).sort();
  return {
    requests: m.requests,
    errors: m.errors,
    firstError: m.firstError,
    seconds: m.seconds,
    rps: m.requests / m.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
    max: sorted.at(-1) ?? NaN,
    clientCpu: (cpu.user + cpu.system) / 1e6 / m.seconds,
  };
}

function worker() {
  process.on('message', (job: LoadJob) => {
    runLoad(job, () => process.send!({ kind: 'measuring' } satisfies WorkerMessage))
      .then((result) => process.send!({ kind: 'result', result } satisfies WorkerMessage))
      .catch((e) => {
        console.error(e);
        process.exit(1);
      });
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------------------
// Benchmark (parent process)
// ---------------------------------------------------------------------------------------------------------

const cpuTimes = () => os.cpus().reduce(
  (a, c) => ({ idle: a.idle + c.times.idle, all: a.all + Object.values(c.times).reduce((x, y) => x + y, 0) }), { idle: 0, all: 0 });
/** Share of the machine (all cores) busy since `a`, in % (100 % = every core busy). */
const busySince = (a: { idle: number; all: number }) => {
  const b = cpuTimes();
  return 100 * (1 - (b.idle - a.idle) / Math.max(1, b.all - a.all));
};
/** Share of the machine busy during one second, to notice other work before measuring. */
async function cpuBusy(): Promise<number> {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, 1000));
  return busySince(a);
}
async function main() {
  const { values: args } = parseArgs({
    options: {
      n: { type: 'string', default: '100000' },
      sizes: { type: 'string' }, // participants at each measured size, e.g. 10000,100000,1000000 (default: N/10,N)
      db: { type: 'string', default: 'pglite' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      limit: { type: 'string', default: '50' },
      memory: { type: 'boolean', default: false }, // PGlite in memory instead of a temporary folder
      repeat: { type: 'string', default: '2' }, // rounds of the alternated targets (at least 2)
      'audit-rows': { type: 'string' }, // audit events at the largest size (default 10 M on PostgreSQL, 1 M on PGlite)
      'skip-statistics': { type: 'boolean', default: false }, // do not refill the statistics summary after each bulk load
      'compare-gin': { type: 'boolean', default: false }, // at the end, build the old GIN index on data and show the old trail's plan
      profile: { type: 'boolean', default: false }, // at the end, a CPU profile of the server during the list at --connections
    },
  });
  const N = Number(args.n);
  const sizes = (args.sizes ? args.sizes.split(',').map(Number) : [Math.max(1, Math.round(N / 10)), N]).sort((a, b) => a - b);
  const largest = sizes.at(-1)!;
  const seconds = Number(args.seconds);
  const connections = Number(args.connections);
  const warmupSeconds = Number(args.warmup);
  const limit = Number(args.limit);
  const repeat = Number(args.repeat);
  const kind = args.db;
  const auditRows = Number(args['audit-rows'] ?? (kind === 'postgres' ? 10_000_000 : 1_000_000));
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error('--db must be pglite or postgres');
  if (!(sizes.every((s) => s >= 10 && Number.isInteger(s)) && seconds > 0 && seconds <= 300 && connections >= 1 && connections <= 256
    && limit >= 1 && limit <= 100 && repeat >= 1 && repeat <= 10 && auditRows >= 0)) {
    throw new Error('bad arguments: need --n or --sizes >= 10, 0 < --seconds <= 300, 1 <= --connections <= 256, 1 <= --limit <= 100, 1 <= --repeat <= 10');
  }
  if (kind === 'postgres' && !process.env.DATABASE_URL) throw new Error('--db postgres needs DATABASE_URL');
  /** Audit events loaded by the time the bench measures `size` participants: in proportion, all of them at the largest. */
  const auditAt = (size: number) => Math.round((auditRows * size) / largest);

  // Imported here so that the worker process does not load the app.
  const { default: pg } = await import('pg');
  const { drizzle: drizzlePglite } = await import('drizzle-orm/pglite');
  const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
  const schema = await import('../src/server/db/schema.ts');
  const { openDatabase } = await import('../src/server/db/client.ts');
  const { buildApp } = await import('../src/server/app.ts');
  const { seedDemo } = await import('../src/server/demo/seed.ts');
  const { resolveActor, SESSION_COOKIE } = await import('../src/server/auth/session.ts');
  const { recordAudit } = await import('../src/server/audit/record.ts');
  const { listParticipants } = await import('../src/server/features/participants/service.ts');
  const { encodeCursor } = await import('../src/server/http/cursor.ts');
  const { ApiClient } = await import('../src/server/test/client.ts');
  const { decisionDeadline, residenceBases, todayInOslo } = await import('../src/domain/index.ts');
  const { hashToken } = await import('../src/server/auth/tokens.ts');
  const { bulkLoad, generateHistory, markRulesCurrent } = await import('./history.ts');
  type Db = import('../src/server/db/client.ts').Db;
  type Actor = import('../src/server/auth/actor.ts').Actor;

  const log = (...a: unknown[]) => console.log(...a);
  const elapsed = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch((e) => console.error('cleanup:', e));
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  const tRun = performance.now();

  try {
    // --- a fresh database -------------------------------------------------------------------------------
    let dbLabel: string;
    let database: Awaited<ReturnType<typeof openDatabase>>;
    let benchUrl: string | null = null;
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const name = `veivalg_bench_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      benchUrl = url.toString();
      database = await openDatabase({ databaseUrl: benchUrl });
      dbLabel = `PostgreSQL, fresh database ${name}`;
    } else if (args.memory) {
      database = await openDatabase({});
      dbLabel = 'PGlite in memory';
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-bench-'));
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      database = await openDatabase({ dataDir: dir });
      dbLabel = `PGlite in ${dir}`;
    }
    cleanups.push(() => database.close());
    const db = database.db;
    const client = (db as unknown as { $client: InstanceType<typeof PGlite> | InstanceType<typeof pg.Pool> }).$client;
    const query = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
      ((await (client as InstanceType<typeof pg.Pool>).query(text, params)) as unknown as { rows: T[] }).rows;
    // The bulk loads run on one connection of their own (session_replication_role is per connection; see history.ts).
    // PGlite has one connection, shared with the app, which is idle while data is loaded.
    let bulk = query;
    if (benchUrl) {
      const direct = new pg.Client({ connectionString: benchUrl });
      await direct.connect();
      cleanups.push(() => direct.end());
      bulk = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await direct.query(text, params)).rows as T[];
    }

    const [{ version }] = (await query<{ version: string }>('select version()')) as [{ version: string }];
    log(`# Veivalg participants list benchmark — ${new Date().toISOString()}`);
    log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
    log(`database: ${dbLabel}: ${version.split(',')[0]}`);
    const busy = await cpuBusy();
    log(`CPU busy in the second before the run: ${busy.toFixed(0)} %${busy > 10 ? ' — WARNING: other work is running, figures will be low and noisy' : ''}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    log(`sizes: ${sizes.map((s) => `${s.toLocaleString('en')} participants / ${auditAt(s).toLocaleString('en')} audit events`).join(', ')}`);
    log(`load: 1 and ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per target, ${Math.max(2, repeat)} rounds of alternated targets, first page limit=${limit}\n`);

    // --- demo organisations and users -----------------------------------------------------------------------
    let t0 = performance.now();
    await seedDemo(db, { participantsPerMunicipality: 6 });
    log(`seedDemo (organisations, users, 14 participants): ${elapsed(t0)}`);

    const today = todayInOslo();
    const lit = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',')}]::text[]`;
    const givenNames = ['Amina', 'Yonas', 'Olena', 'Mohammed', 'Hawa', 'Dawit', 'Iryna', 'Ahmad', 'Fatima', 'Samir', 'Leyla', 'Tesfay', 'Oksana', 'Abdi', 'Nour', 'Mariam', 'Bohdan', 'Zahra', 'Filmon', 'Halima'];
    const familyNames = ['Hassan', 'Tesfamariam', 'Kovalenko', 'Al-Sayed', 'Warsame', 'Gebremedhin', 'Shevchenko', 'Rahimi', 'Yusuf', 'Haddad', 'Mahmoud', 'Bondarenko', 'Osman', 'Haile', 'Karimi'];
    const languages = ['ar', 'ti', 'uk', 'so', 'prs', 'ku', 'fa', 'ps'];
    const orderStatuses = ['sent', 'accepted', 'scheduled', 'draft', 'sent', 'rejected', 'cancelled', 'accepted'];
    /**
     * Participants number `from` .. `to`-1, in one statement: 80 % in Bergen, 15 % in Drammen, 5 % in Voss.
     * Settled 5 to 454 days ago (deadlines from about 12 months ago to 3 months ahead); 1 in 11 made a later
     * programme request. Guidance was held for 9 in 10 of those whose deadline passed more than a month ago.
     * A data-modifying CTE gives about 2 in 3 of them one guidance order (chosen by a byte of the random id).
     * The decision deadline is computed in SQL exactly like src/domain (checked on a sample below).
     */
    const generate = (from: number, to: number) => bulk(`
      WITH m AS (
        SELECT v.ord, o.id AS municipality_id, o.served_by_career_centre_id AS centre_id, u.id AS adviser_id
        FROM (VALUES (0, 'Bergen kommune', 'radgiver@bergen.demo'), (1, 'Drammen kommune', 'radgiver@drammen.demo'),
                     (2, 'Voss herad', 'radgiver@voss.demo')) AS v(ord, name, email)
        JOIN organisations o ON o.name = v.name JOIN users u ON u.email = v.email
      ), g AS (
        SELECT i, s.settlement, s.request, (greatest(s.settlement, s.request) + interval '3 months')::date AS deadline
        FROM generate_series($1::int, $2::int - 1) AS i,
        LATERAL (SELECT $3::date - (5 + (i::bigint * 7919) % 450)::int AS settlement) s0,
        LATERAL (SELECT s0.settlement, CASE WHEN i % 11 = 0 THEN s0.settlement + 20 END AS request) s
      ), p AS (
        INSERT INTO participants (municipality_id, given_name, family_name, birth_date, preferred_language,
          interpreter_language, residence_basis, settlement_date, programme_request_date, decision_deadline,
          guidance_held_on, guidance_postponed, created_by)
        SELECT m.municipality_id,
          (${lit(givenNames)})[1 + g.i % ${givenNames.length}],
          (${lit(familyNames)})[1 + (g.i * 3) % ${familyNames.length}],
          make_date(extract(year FROM $3::date)::int - 19 - (g.i * 7) % 40, 1 + g.i % 12, 1 + g.i % 28),
          (${lit(languages)})[1 + g.i % ${languages.length}],
          CASE WHEN g.i % 4 = 0 THEN NULL ELSE (${lit(languages)})[1 + g.i % ${languages.length}] END,
          (${lit(residenceBases)})[CASE WHEN g.i % 7 = 0 THEN 3 WHEN g.i % 13 = 0 THEN 4 ELSE 1 + g.i % 2 END],
          g.settlement, g.request, g.deadline,
          CASE WHEN g.deadline < $3::date - 30 AND g.i % 10 <> 0 THEN g.deadline - (g.i % 20) END,
          g.deadline >= $3::date - 30 AND g.i % 50 = 0,
          m.adviser_id
        FROM g JOIN m ON m.ord = CASE WHEN g.i % 20 < 16 THEN 0 WHEN g.i % 20 < 19 THEN 1 ELSE 2 END
        RETURNING id, municipality_id, preferred_language, interpreter_language, decision_deadline, guidance_held_on
      )
      INSERT INTO guidance_orders (participant_id, municipality_id, career_centre_id, status, format, language,
        interpreter_language, mode, decision_deadline, assigned_counsellor_id, created_by)
      SELECT p.id, p.municipality_id, m.centre_id,
        CASE WHEN p.guidance_held_on IS NOT NULL THEN 'completed'
             ELSE (${lit(orderStatuses)})[1 + get_byte(uuid_send(p.id), 14) % ${orderStatuses.length}] END,
        'individual', p.preferred_language, p.interpreter_language,
        CASE WHEN get_byte(uuid_send(p.id), 13) % 3 = 0 THEN 'digital' ELSE 'in-person' END,
        p.decision_deadline, NULL, m.adviser_id
      FROM p JOIN m ON m.municipality_id = p.municipality_id
      WHERE get_byte(uuid_send(p.id), 15) % 3 <> 0`, [from, to, today]);

    const BATCH = 10_000;
    /** Participants from .. to-1 and their orders, in the bulk load's connection (no row triggers: see history.ts). */
    const generateRange = async (from: number, to: number) => {
      const t = performance.now();
      for (let a = from; a < to; a += BATCH) await generate(a, Math.min(to, a + BATCH));
      const tv = performance.now();
      await bulk('VACUUM (ANALYZE) participants');
      await bulk('VACUUM (ANALYZE) guidance_orders');
      const [c] = await bulk<{ participants: number; orders: number; bergen: number }>(`
        SELECT (SELECT count(*)::int FROM participants) AS participants, (SELECT count(*)::int FROM guidance_orders) AS orders,
               (SELECT count(*)::int FROM participants p JOIN organisations o ON o.id = p.municipality_id
                WHERE o.name = 'Bergen kommune') AS bergen`);
      log(`  participants ${from.toLocaleString('en')}..${(to - 1).toLocaleString('en')} in ${((tv - t) / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${elapsed(tv)}): `
        + `now ${c!.participants} participants (${c!.bergen} in Bergen), ${c!.orders} orders`);
      return c!;
    };

    // --- the real app, plus baseline routes on the same server ---------------------------------------------
    const app = await buildApp({ database, publicUrl: 'http://127.0.0.1', webRoot: '/nonexistent', logger: false });
    let firstPageIds: string[] = [];
    app.get('/bench/bare', async () => ({ ok: true }));
    // What every API request pays before its handler: the session lookup of the onRequest hook.
    app.get('/bench/session', async (req, reply) => {
      const actor = await resolveActor(db, req);
      if (!actor) return reply.code(401).send({ ok: false });
      return { ok: true };
    });
    // Session lookup plus the same one audit INSERT that every list request writes (50 participant ids).
    app.get('/bench/audit', async (req, reply) => {
      const actor = await resolveActor(db, req);
      if (!actor) return reply.code(401).send({ ok: false });
      await recordAudit(db, actor, { type: 'participant.listed', participantIds: firstPageIds });
      return { ok: true };
    });
    // The honest baseline: the same session lookup, the same page query (the SQL drizzle generates for the list,
    // captured below) and the same audit INSERT, sent with the driver directly, and the rows as the driver returns
    // them written with JSON.stringify. What the list costs beyond this is the app's own work.
    let rawList: { sql: string; params: unknown[] } | null = null;
    const sessionSql = `SELECT u.id, u.name, u.email, u.role, u.active, u.organisation_id, o.kind, o.name AS organisation_name
      FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 LIMIT 1`;
    const auditSql = `INSERT INTO audit_events (type, actor_user_id, actor_organisation_id, participant_id, order_id, data)
      VALUES ($1, $2, $3, NULL, NULL, $4)`;
    // The id of a row: its first column, or the `id` of the JSON object the list reads each row as (service.ts).
    const firstId = (r: Record<string, unknown>) => {
      const v = Object.values(r)[0];
      return v && typeof v === 'object' ? (v as { id: string }).id : v;
    };
    app.get('/bench/raw', async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      const [user] = token ? await query<{ id: string; organisation_id: string; active: boolean }>(sessionSql, [hashToken(token), new Date()]) : [];
      if (!user || !user.active) return reply.code(401).send({ ok: false });
      const rows = await query<Record<string, unknown>>(rawList!.sql, rawList!.params);
      const page = rows.slice(0, limit);
      await query(auditSql, ['participant.listed', user.id, user.organisation_id, JSON.stringify({ participantIds: page.map(firstId) })]);
      return reply.type('application/json').send(JSON.stringify({ items: page, nextCursor: rows.length > limit ? 'x' : null }));
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => app.close());
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const baseUrl = `http://127.0.0.1:${port}`;

    const api = new ApiClient(baseUrl);
    await api.login('radgiver@bergen.demo');
    const cookie = [...api.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const lead = new ApiClient(baseUrl);
    await lead.login('leder@bergen.demo');
    const listPath = `/api/v1/participants?limit=${limit}`;
    const actor = (await resolveActor(db, { cookies: { [SESSION_COOKIE]: api.cookies.get(SESSION_COOKIE)! } } as never)) as Actor;

    // --- the list query's plan ------------------------------------------------------------------------------
    // The SQL is captured from the real service function through a logging drizzle instance on the same client.
    const captureList = async (cursor?: string) => {
      const captured: { q: string; p: unknown[] }[] = [];
      const logger = { logQuery: (q: string, p: unknown[]) => void captured.push({ q, p }) };
      const spy = (kind === 'postgres'
        ? drizzlePg(client as InstanceType<typeof pg.Pool>, { schema, logger })
        : drizzlePglite(client as InstanceType<typeof PGlite>, { schema, logger })) as unknown as Db;
      await listParticipants(spy, actor, { limit, cursor });
      const select = captured.find((c) => /^\s*select/i.test(c.q));
      if (!select) throw new Error('list query not captured');
      return { sql: select.q, params: select.p };
    };
    /** EXPLAIN (ANALYZE, BUFFERS) five times on warm caches; the plan with the median execution time. */
    const explain = async (text: string, params: unknown[]) => {
      const plans: string[][] = [];
      for (let i = 0; i < 5; i++) plans.push((await query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params)).map((r) => Object.values(r)[0]!));
      const ms = (p: string[]) => Number(/Execution Time: ([\d.]+)/.exec(p.join('\n'))?.[1] ?? NaN);
      return plans.sort((a, b) => ms(a) - ms(b))[2]!;
    };
    const explainList = async (cursor?: string) => {
      const select = await captureList(cursor);
      return { ...select, plan: await explain(select.sql, select.params) };
    };
    const planFacts = (plan: string[]) => {
      const at = plan.findIndex((l) => /Index Scan using participants_queue_idx/.test(l));
      // The lines that belong to that node (until the next node).
      const node = at < 0 ? [] : plan.slice(at + 1, plan.findIndex((l, i) => i > at && /->|SubPlan/.test(l)));
      return {
        indexScan: at >= 0,
        indexCond: node.find((l) => /Index Cond/.test(l))?.replace(/.*Index Cond: /, '').replace(/'[0-9a-f-]{36}'::uuid/g, "'…'::uuid") ?? '-',
        rowsRemoved: Number(node.map((l) => /Rows Removed by Filter: (\d+)/.exec(l)?.[1]).find(Boolean) ?? 0),
        // A sort of participants themselves (not the per-row sort of the latest-order subquery).
        sort: plan.some((l) => /Sort Key: .*participants\.decision_deadline/.test(l)),
        executionMs: Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? NaN),
        topBuffers: /Buffers: (.*)/.exec(plan.slice(0, 3).join('\n'))?.[1] ?? '?',
      };
    };
    // The cursor of the page that starts 90 % of the way into the adviser's queue. Many participants share a
    // deadline, so this also checks that the API's page after the cursor is exactly the next rows in SQL order.
    const deepCursor = async () => {
      const rows = await query<{ d: string; id: string }>(`
        SELECT decision_deadline::text AS d, id::text AS id FROM participants WHERE municipality_id = $1
        ORDER BY decision_deadline, id
        OFFSET (SELECT count(*) * 9 / 10 FROM participants WHERE municipality_id = $1) LIMIT $2`, [actor.organisationId, limit + 1]);
      const cursor = encodeCursor({ deadline: rows[0]!.d, id: rows[0]!.id });
      const page = await api.get<{ items: { id: string }[] }>(`${listPath}&cursor=${cursor}`);
      const got = page.body.items.map((p) => p.id).join();
      if (page.status !== 200 || got !== rows.slice(1).map((r) => r.id).join()) {
        throw new Error(`the page after cursor ${cursor} is not the next ${limit} rows in (deadline, id) order`);
      }
      return cursor;
    };
    /** The participant trail's two statements as audit/routes.ts runs them, in one, for EXPLAIN. */
    const trailSql = (form: 'side' | 'gin') => `
      WITH newest AS (
        (SELECT id FROM audit_events WHERE participant_id = $1 ORDER BY id DESC LIMIT 500)
        UNION
        ${form === 'side'
          ? '(SELECT event_id AS id FROM audit_event_participants WHERE participant_id = $1 ORDER BY event_id DESC LIMIT 500)'
          : `(SELECT id FROM audit_events WHERE data @> jsonb_build_object('participantIds', jsonb_build_array($1::text)) ORDER BY id DESC LIMIT 500)`}
        ORDER BY id DESC LIMIT 500)
      SELECT e.*, u.name, u.role FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
      WHERE e.id IN (SELECT id FROM newest) ORDER BY e.id DESC`;
    /** The trail of one participant: how often it is named, the plan, and GET …/audit over HTTP (median of 5). */
    const trail = async (what: string, pid: string, form: 'side' | 'gin' = 'side') => {
      const [c] = await query<{ listed: number; own: number }>(`SELECT
        (SELECT count(*)::int FROM audit_event_participants WHERE participant_id = $1) AS listed,
        (SELECT count(*)::int FROM audit_events WHERE participant_id = $1) AS own`, [pid]);
      const plan = await explain(trailSql(form), [pid]);
      const http: number[] = [];
      if (form === 'side') {
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          const r = await lead.get<{ items: unknown[] }>(`/api/v1/participants/${pid}/audit`);
          if (r.status !== 200) throw new Error(`trail: HTTP ${r.status}`);
          http.push(performance.now() - t);
        }
      }
      http.sort((a, b) => a - b);
      return {
        what, pid, form, listed: c!.listed, own: c!.own, plan,
        executionMs: Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? NaN), httpMs: http[2] ?? NaN,
      };
    };

    // --- load ---------------------------------------------------------------------------------------------
    const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--worker'], { execArgv: process.execArgv, stdio: 'inherit' });
    cleanups.push(async () => { if (child.connected) child.disconnect(); });
    const load = (target: string, urlPath: string, headers: Record<string, string>, conns: number) =>
      new Promise<LoadResult & { target: string; serverCpu: number; machineCpu: number }>((resolve, reject) => {
        let cpu0 = process.cpuUsage();
        let machine0 = cpuTimes();
        let wall0 = performance.now();
        const onMessage = (m: WorkerMessage) => {
          if (m.kind === 'measuring') {
            cpu0 = process.cpuUsage();
            machine0 = cpuTimes();
            wall0 = performance.now();
            return;
          }
          const cpu = process.cpuUsage(cpu0);
          const machineCpu = busySince(machine0);
          child.off('message', onMessage);
          child.off('exit', onExit);
          const r = { ...m.result, target, machineCpu, serverCpu: (cpu.user + cpu.system) / 1000 / (performance.now() - wall0) };
          if (r.errors > 0) reject(new Error(`${target}: ${r.errors} of ${r.requests} requests failed; first: ${r.firstError}`));
          else resolve(r);
        };
        const onExit = (code: number | null) => reject(new Error(`load generator exited with ${code}`));
        child.on('message', onMessage);
        child.once('exit', onExit);
        const job: LoadJob = {
          port, path: urlPath, headers: { ...headers, 'accept-language': 'nb' }, connections: conns, seconds, warmupSeconds,
          maxRequests: 2_000_000, timeoutMs: 30_000,
        };
        child.send(job);
      });

    const auditCount = async () => (await query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0]!.n;
    type Measured = LoadResult & {
      target: string; size: number; conns: number; serverCpu: number; machineCpu: number; auditRows: number; otherCpu: number; load: string; allRps: number[];
    };
    const results: Measured[] = [];
    const runOne = async (size: number, target: string, urlPath: string, headers: Record<string, string>, conns: number, label: string): Promise<Measured> => {
      // Every target starts alike: the audit events of the previous ones vacuumed and written out, so that no
      // leftover work lands in this measurement.
      await query('VACUUM (ANALYZE) audit_events');
      await query('VACUUM audit_event_participants');
      await query('CHECKPOINT');
      const auditRows = await auditCount();
      const otherCpu = await cpuBusy();
      const la = os.loadavg()[0]!.toFixed(1);
      log(`  measuring ${target}, ${conns} conn.${label} ... (load ${la})`);
      return { ...(await load(target, urlPath, headers, conns)), size, conns, auditRows, otherCpu, load: la, allRps: [] };
    };
    // Other work on the machine can only slow a run down, so the fastest repetition is the least disturbed.
    const best = (reps: Measured[]) => {
      const r = { ...reps.reduce((a, b) => (b.rps > a.rps ? b : a)), allRps: reps.map((x) => x.rps) };
      results.push(r);
      return r;
    };
    /** The targets in turn, `repeat` times round (at least twice), so that each meets the same load on the machine. */
    const alternate = async (size: number, conns: number, targets: [string, string, Record<string, string>][]) => {
      const reps = targets.map(() => [] as Measured[]);
      const rounds = Math.max(2, repeat);
      for (let i = 0; i < rounds; i++) {
        for (const [k, [target, urlPath, headers]] of targets.entries()) reps[k]!.push(await runOne(size, target, urlPath, headers, conns, ` (round ${i + 1}/${rounds})`));
      }
      return reps.map(best);
    };
    const auth = { cookie };

    // --- each size: load the data, then measure ------------------------------------------------------------
    interface AtSize {
      size: number; audit: number; loadSeconds: number; history: Awaited<ReturnType<typeof generateHistory>>;
      one: { list: Measured; raw: Measured; bare: Measured }; many: { list: Measured; raw: Measured }; deep: Measured;
      planFirst: Awaited<ReturnType<typeof explainList>>; planDeep: Awaited<ReturnType<typeof explainList>>;
      trails: Awaited<ReturnType<typeof trail>>[];
    }
    const atSizes: AtSize[] = [];
    let loaded = 0;
    let auditLoaded = 0;
    for (const [k, size] of sizes.entries()) {
      log(`\n## ${size.toLocaleString('en')} participants, ${auditAt(size).toLocaleString('en')} audit events`);
      t0 = performance.now();
      const history = await bulkLoad(bulk, async () => {
        await generateRange(loaded, size);
        const h = await generateHistory(bulk, {
          auditRows: auditAt(size) - auditLoaded, sessions: k === 0, today, log, maintenanceWorkMem: kind === 'postgres' ? '1GB' : '256MB',
        });
        await markRulesCurrent(bulk);
        return h;
      }, { rebuildStatistics: !args['skip-statistics'], log });
      loaded = size;
      auditLoaded = auditAt(size);
      const loadSeconds = (performance.now() - t0) / 1000;
      log(`data at ${size.toLocaleString('en')}: ${history.sessions} login sessions, ${history.guidanceSessions} guidance sessions, ${history.notes} notes, `
        + `${history.postponements} open postponements, ${history.audit.toLocaleString('en')} audit events (table ${history.auditSize}, indexes ${history.auditIndexes}; `
        + `${history.auditParticipants.toLocaleString('en')} participants of events, ${history.sideSize}); audit load ${history.auditSeconds.toFixed(1)} s, all ${loadSeconds.toFixed(1)} s`);
      // The SQL deadline must be the domain's deadline, or the sample would not be realistic.
      const sample = await query<{ s: string; r: string | null; d: string }>(`
        SELECT settlement_date::text AS s, programme_request_date::text AS r, decision_deadline::text AS d
        FROM participants ORDER BY settlement_date LIMIT 500`);
      const wrong = sample.filter((x) => decisionDeadline({ settlementDate: x.s, programmeRequestDate: x.r }).date !== x.d);
      if (wrong.length) throw new Error(`generated deadlines differ from src/domain: ${JSON.stringify(wrong.slice(0, 3))}`);

      const first = await api.get<{ items: { id: string; deadlines: { decision: string } }[]; nextCursor: string | null }>(listPath);
      if (first.status !== 200 || first.body.items.length !== limit || !first.body.nextCursor) {
        throw new Error(`unexpected first page: ${first.status} ${JSON.stringify(first.body).slice(0, 300)}`);
      }
      firstPageIds = first.body.items.map((p) => p.id);
      log(`first page: ${Buffer.byteLength(JSON.stringify(first.body)).toLocaleString('en')} bytes of JSON (${limit} participants)`);
      rawList = await captureList();
      const planFirst = await explainList();
      const deep = await deepCursor();
      const planDeep = await explainList(deep);

      const [oneList, oneRaw, oneBare] = (await alternate(size, 1, [
        ['list', listPath, auth], ['raw SQL route', '/bench/raw', auth], ['bare', '/bench/bare', {}],
      ])) as [Measured, Measured, Measured];
      const [manyList, manyRaw] = (await alternate(size, connections, [['list', listPath, auth], ['raw SQL route', '/bench/raw', auth]])) as [Measured, Measured];
      const deepRun = best([await runOne(size, 'list, page at 90 %', `${listPath}&cursor=${deep}`, auth, connections, '')]);
      // In the lead's scope (Bergen; the first event's participant may be in Drammen or Voss, whose trail is a 404 for
      // her) and not on the first page (that one is the trail above).
      const bulkPid = (await query<{ id: string }>(`SELECT e.participant_id AS id FROM audit_events e
        JOIN participants p ON p.id = e.participant_id JOIN organisations o ON o.id = p.municipality_id
        WHERE o.name = 'Bergen kommune' AND p.anonymised_at IS NULL AND e.participant_id <> ALL($1::uuid[])
        ORDER BY e.id LIMIT 1`, [firstPageIds]))[0]!.id;
      const trails = [await trail('first on the adviser\'s first page (listed by every list request of this bench)', firstPageIds[0]!),
        await trail('the first participant in Bergen named in the bulk history', bulkPid)];
      atSizes.push({
        size, audit: await auditCount(), loadSeconds, history, one: { list: oneList, raw: oneRaw, bare: oneBare }, many: { list: manyList, raw: manyRaw },
        deep: deepRun, planFirst, planDeep, trails,
      });
      const x = atSizes.at(-1)!;
      log(`  → 1 conn.: list ${x.one.list.mean.toFixed(3)} ms, raw ${x.one.raw.mean.toFixed(3)} ms (list/raw ${(x.one.list.mean / x.one.raw.mean).toFixed(2)}×), `
        + `bare ${x.one.bare.mean.toFixed(3)} ms; ${connections} conn.: list p95 ${x.many.list.p95.toFixed(2)} ms, raw p95 ${x.many.raw.p95.toFixed(2)} ms; `
        + `trail ${trails.map((t) => `${t.httpMs.toFixed(1)} ms (${t.listed} list events)`).join(', ')}`);
    }
    // What a list request's cost is made of, at the largest size only.
    const session = best([await runOne(largest, 'session lookup only', '/bench/session', auth, connections, '')]);
    const audit = best([await runOne(largest, 'session + audit INSERT', '/bench/audit', auth, connections, '')]);
    const big = atSizes.at(-1)!;
    const smallest = atSizes[0]!;
    if (args.profile) await profileServer(() => runOne(largest, 'list (profiled)', listPath, auth, connections, ''), log, 'the list');

    // --- report -------------------------------------------------------------------------------------------
    const f = (x: number, d = 2) => x.toFixed(d);
    const cost = (r: LoadResult) => 1000 / r.rps;
    log(`\n# Results (${kind}), run took ${(((performance.now() - tRun) / 1000) / 60).toFixed(1)} min\n`);
    log('## Per size\n');
    log(`"ms/req" with one connection is the mean latency, the server's time per request (alternated, fastest of ${Math.max(2, repeat)} rounds).\n`);
    log(`| participants | audit events | list ms/req | raw SQL ms/req | bare ms/req | list/raw | list p50 / p95 @${connections} | raw p95 @${connections} | list req/s @${connections} | page at 90 % p95 @${connections} | list SQL ms (first / 90 %) | trail over HTTP ms (list events naming the participant) |`);
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const x of atSizes) {
      log(`| ${x.size.toLocaleString('en')} | ${x.audit.toLocaleString('en')} | ${f(x.one.list.mean, 3)} | ${f(x.one.raw.mean, 3)} | ${f(x.one.bare.mean, 3)} | `
        + `**${f(x.one.list.mean / x.one.raw.mean)}×** | ${f(x.many.list.p50)} / **${f(x.many.list.p95)}** | ${f(x.many.raw.p95)} | ${f(x.many.list.rps, 0)} | ${f(x.deep.p95)} | `
        + `${f(planFacts(x.planFirst.plan).executionMs, 3)} / ${f(planFacts(x.planDeep.plan).executionMs, 3)} | ${x.trails.map((t) => `${f(t.httpMs, 1)} (${t.listed.toLocaleString('en')})`).join(', ')} |`);
    }
    log(`\nflat? list ms/req at ${big.size.toLocaleString('en')} vs ${smallest.size.toLocaleString('en')}: ${f(big.one.list.mean / smallest.one.list.mean)}×; `
      + `p95 @${connections}: ${f(big.many.list.p95 / smallest.many.list.p95)}×; page at 90 % p95: ${f(big.deep.p95 / smallest.deep.p95)}×`);
    log(`goal (issue 19, 2): list/raw ≤ 2× at one connection: ${atSizes.map((x) => `${f(x.one.list.mean / x.one.raw.mean)}×`).join(', ')}; `
      + `p95 < 20 ms at ${connections} connections: ${atSizes.map((x) => `${f(x.many.list.p95)} ms`).join(', ')}`);
    log(`estimated share of one list request at ${connections} connections (N=${largest.toLocaleString('en')}): session lookup ${f((100 * (cost(session) - cost(big.one.bare))) / cost(big.many.list), 0)} %, `
      + `audit INSERT ${f((100 * (cost(audit) - cost(session))) / cost(big.many.list), 0)} %, `
      + `list query + JSON ${f((100 * (cost(big.many.list) - cost(audit))) / cost(big.many.list), 0)} % (differences of 1000/req/s; approximate)`);

    log('\n## The list query\'s plan (first page, adviser in Bergen), EXPLAIN (ANALYZE, BUFFERS), warm cache, median of 5\n');
    log(`SQL: ${big.planFirst.sql.replace(/\s+/g, ' ')}\n`);
    log(`At N=${largest.toLocaleString('en')}:`);
    for (const l of big.planFirst.plan.slice(0, 30)) log(`  ${l}`);
    log('');
    log('| page | N | index scan on participants_queue_idx | index condition | rows removed by filter | sort of participants | buffers (top node) | execution ms |');
    log('|---|---:|---|---|---:|---|---|---:|');
    for (const x of atSizes) {
      for (const [page, p] of [['first', x.planFirst], ['at 90 %', x.planDeep]] as const) {
        const y = planFacts(p.plan);
        log(`| ${page} | ${x.size.toLocaleString('en')} | ${y.indexScan ? 'yes' : 'NO'} | ${y.indexCond} | ${y.rowsRemoved} | ${y.sort ? 'YES' : 'no'} | ${y.topBuffers} | ${f(y.executionMs, 3)} |`);
      }
    }

    log(`\n## Every target (fastest of its rounds; req/s of each round in the last column)\n`);
    log('| N | target | conn. | requests | req/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | server CPU | client CPU | machine busy before / during | load avg | audit rows before | req/s of each round |');
    log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of results) {
      log(`| ${r.size.toLocaleString('en')} | ${r.target} | ${r.conns} | ${r.requests} | ${f(r.rps, 0)} | ${f(r.mean, 3)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.max)} `
        + `| ${f(r.serverCpu * 100, 0)} % | ${f(r.clientCpu * 100, 0)} % | ${f(r.otherCpu, 0)} % / ${f(r.machineCpu, 0)} % | ${r.load} | ${r.auditRows} | ${r.allRps.map((x) => f(x, 0)).join(', ')} |`);
    }
    const busiest = Math.max(...results.map((r) => r.otherCpu));
    if (busiest > 10) log(`\nWARNING: up to ${f(busiest, 0)} % of the CPU was busy with other work just before a target; figures are noisy.`);

    // --- the audit table: its size, a year's estimate, and the trail's plan ---------------------------------
    type Sizes = { events: number; sideRows: number; table: number; indexes: number; sideTable: number; sideIndex: number };
    const [sz] = await query<Sizes>(`SELECT (SELECT count(*) FROM audit_events)::float8 AS events,
      (SELECT count(*) FROM audit_event_participants)::float8 AS "sideRows",
      pg_table_size('audit_events')::float8 AS "table", pg_indexes_size('audit_events')::float8 AS indexes,
      pg_table_size('audit_event_participants')::float8 AS "sideTable", pg_indexes_size('audit_event_participants')::float8 AS "sideIndex"`);
    const s = sz!;
    const mb = (b: number) => `${(b / 2 ** 20).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;
    const gb = (b: number) => (b < 2 ** 30 ? mb(b) : `${(b / 2 ** 30).toLocaleString('en', { maximumFractionDigits: 1 })} GB`);
    const all = s.table + s.indexes + s.sideTable + s.sideIndex;
    log(`\n## audit_events at the end: ${s.events.toLocaleString('en')} events\n`);
    log(`table with TOAST ${mb(s.table)}, its indexes ${mb(s.indexes)}; audit_event_participants ${s.sideRows.toLocaleString('en')} rows: table ${mb(s.sideTable)}, primary key ${mb(s.sideIndex)}; `
      + `in all ${gb(all)} = ${f(all / s.events, 0)} bytes an event (${f((s.table + s.indexes) / s.events, 0)} the event and its indexes, `
      + `${f((s.sideTable + s.sideIndex) / Math.max(1, s.sideRows), 0)} bytes a participant of an event)`);
    // A year at 100,000 participants: about 2,000 staff (one per 50 participants) × 250 working days × 20 audited
    // requests a day = 10 M events, one in five a list page; the bench's history has the same mix.
    const perMillion = (all / s.events) * 1e6;
    log(`estimate: ${gb(perMillion)} per million events of this mix; a year at 100,000 participants (2,000 staff × 250 days × 20 audited `
      + `requests = 10 M events) ≈ ${gb(perMillion * 10)}, of which the participants of events ${gb(((s.sideTable + s.sideIndex) / s.events) * 1e7)}`);
    for (const t of big.trails) {
      log(`\nThe trail of ${t.what}: ${t.listed.toLocaleString('en')} list events name it, ${t.own} events are about it; GET …/audit ${f(t.httpMs, 1)} ms (median of 5):`);
      for (const l of t.plan) log(`  ${l}`);
    }
    if (args['compare-gin']) {
      const tg = performance.now();
      await bulk(`SET maintenance_work_mem = '1GB'`);
      await bulk('CREATE INDEX audit_data_gin_bench ON audit_events USING gin (data jsonb_path_ops)');
      await bulk('ANALYZE audit_events');
      log(`\n## For comparison: the GIN index on data (the form before migration 0031), built in ${elapsed(tg)}: ${mb(Number((await query<{ b: number }>(`SELECT pg_relation_size('audit_data_gin_bench')::float8 AS b`))[0]!.b))}`);
      for (const t of big.trails) {
        const g = await trail(t.what, t.pid, 'gin');
        log(`\nThe trail of ${t.what} through the GIN index: ${f(g.executionMs, 1)} ms in the database (side table: ${f(t.executionMs, 1)} ms)`);
        for (const l of g.plan) log(`  ${l}`);
      }
      await bulk('DROP INDEX audit_data_gin_bench');
    }
  } finally {
    await cleanup();
  }
}

if (process.argv.includes('--worker')) worker();
else {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

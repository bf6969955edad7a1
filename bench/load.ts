/**
 * The API under load: C concurrent clients (default 200) on a mixed read/write workload against PostgreSQL, the
 * bare route measured alternately with it in the same run, what limits throughput, and the server's memory
 * (RSS idle, under load, and over a soak). See bench/README.md.
 *
 *   DATABASE_URL=… npx tsx bench/load.ts [--n 100000] [--clients 200] [--seconds 20] [--soak 600] [--audit-rows 1000000]
 *
 * The server (the real app, PostgreSQL pool as in production) runs in this process; the clients run in a child
 * process (this file with --worker) against 127.0.0.1 only, closed loop, bounded in time. Every client is a
 * signed-in adviser in Bergen with a participant of its own to update, so an update never meets another client's
 * version (a 409 would be an error here). The mix per request: list 40 %, detail 25 %, map offers 15 %,
 * update 10 %, create 10 %. Browsers' headers (accept-encoding gzip, accept-language nb).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { profileServer } from './cpu-profile.ts';

type Op = 'list' | 'detail' | 'map' | 'update' | 'create' | 'bare';
interface Client { cookie: string; csrf: string; own: { id: string; version: number }; ids: string[] }
interface Job { port: number; clients: Client[]; seconds: number; mix: boolean; timeoutMs: number }
interface OpStats { n: number; errors: number; p50: number; p95: number; p99: number; max: number }
interface Result { seconds: number; requests: number; errors: number; firstError: string | null; rps: number; all: OpStats; byOp: Record<string, OpStats> }

const percentile = (s: number[], p: number) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]! : NaN);
const stats = (xs: number[], errors: number): OpStats => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, errors, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.at(-1) ?? NaN };
};

function send(agent: http.Agent, port: number, method: string, path: string, headers: Record<string, string>, body: string | null, timeoutMs: number) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, timeout: timeoutMs, headers: {
      'accept-language': 'nb', ...(body ? { 'content-type': 'application/json' } : {}), ...headers,
    } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: res.headers['content-encoding'] ? '' : Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

async function runLoad(job: Job): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients.length });
  const lat: Record<string, number[]> = {};
  const errs: Record<string, number> = {};
  let firstError: string | null = null;
  let requests = 0;
  let k = 0;
  const start = performance.now();
  const end = start + job.seconds * 1000;
  const loop = async (c: Client, ci: number) => {
    let i = ci;
    while (performance.now() < end) {
      i = (i * 1103515245 + 12345 + k++) >>> 0;
      const r = i % 100;
      const op: Op = !job.mix ? 'bare' : r < 40 ? 'list' : r < 65 ? 'detail' : r < 80 ? 'map' : r < 90 ? 'update' : 'create';
      const auth = { cookie: c.cookie, 'accept-encoding': 'gzip' };
      const write = { ...auth, 'x-csrf-token': c.csrf };
      const t0 = performance.now();
      let status = 0;
      let expect = 200;
      try {
        let res;
        if (op === 'bare') res = await send(agent, job.port, 'GET', '/bench/bare', {}, null, job.timeoutMs);
        else if (op === 'list') res = await send(agent, job.port, 'GET', '/api/v1/participants?limit=50', auth, null, job.timeoutMs);
        else if (op === 'detail') res = await send(agent, job.port, 'GET', `/api/v1/participants/${c.ids[i % c.ids.length]}`, auth, null, job.timeoutMs);
        else if (op === 'map') res = await send(agent, job.port, 'GET', '/api/v1/map/offers', { 'accept-encoding': 'gzip' }, null, job.timeoutMs);
        else if (op === 'update') {
          res = await send(agent, job.port, 'PATCH', `/api/v1/participants/${c.own.id}`, { ...write, 'accept-encoding': 'identity' },
            JSON.stringify({ interpreterLanguage: i % 2 ? 'ar' : 'ti', version: c.own.version }), job.timeoutMs);
          if (res.status === 200) c.own.version = (JSON.parse(res.text) as { version: number }).version;
        } else {
          expect = 201;
          res = await send(agent, job.port, 'POST', '/api/v1/participants', write, JSON.stringify({
            givenName: 'Last', familyName: `Prøve ${i % 100000}`, birthDate: '1991-04-02', nationalId: null, residenceBasis: 'refugee',
            settlementDate: '2026-10-01', preferredLanguage: 'ar', interpreterLanguage: null,
          }), job.timeoutMs);
        }
        status = res.status;
        if (status !== expect) firstError ??= `${op}: HTTP ${status} ${res.text.slice(0, 200)}`;
      } catch (e) {
        firstError ??= `${op}: ${String(e)}`;
      }
      requests++;
      (lat[op] ??= []).push(performance.now() - t0);
      if (status !== expect) errs[op] = (errs[op] ?? 0) + 1;
    }
  };
  await Promise.all(job.clients.map(loop));
  agent.destroy();
  const seconds = (performance.now() - start) / 1000;
  const byOp = Object.fromEntries(Object.entries(lat).map(([op, xs]) => [op, stats(xs, errs[op] ?? 0)]));
  const errors = Object.values(errs).reduce((a, b) => a + b, 0);
  return { seconds, requests, errors, firstError, rps: requests / seconds, all: stats(Object.values(lat).flat(), errors), byOp };
}

function worker() {
  // Each job arrives as a copy of the parent's clients: the versions the updates reached stay here between jobs,
  // or every client's first update in a later run would be stale (a 409 of the bench's own making).
  const versions = new Map<string, number>();
  process.on('message', (job: Job) => {
    for (const c of job.clients) c.own.version = versions.get(c.own.id) ?? c.own.version;
    const remember = () => { for (const c of job.clients) versions.set(c.own.id, c.own.version); };
    runLoad(job).then((r) => { remember(); process.send!(r); }, (e) => { console.error(e); process.exit(1); });
  });
  process.on('disconnect', () => process.exit(0));
}

async function main() {
  const { values: args } = parseArgs({ options: {
    n: { type: 'string', default: '100000' }, clients: { type: 'string', default: '200' }, seconds: { type: 'string', default: '20' },
    soak: { type: 'string', default: '600' }, 'audit-rows': { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '2' },
    profile: { type: 'boolean', default: false }, // after the rounds, one more mixed run with a CPU profile of the server (bench/cpu-profile.ts)
  } });
  const N = Number(args.n);
  const C = Number(args.clients);
  const seconds = Number(args.seconds);
  const soak = Number(args.soak);
  const rounds = Number(args.rounds);
  if (!process.env.DATABASE_URL) throw new Error('needs DATABASE_URL (PostgreSQL)');
  if (!(N >= 1000 && C >= 1 && C <= 1000 && seconds > 0 && seconds <= 600 && soak >= 0 && soak <= 3600 && rounds >= 1)) throw new Error('bad arguments');

  const { default: pg } = await import('pg');
  const { openDatabase } = await import('../src/server/db/client.ts');
  const { buildApp } = await import('../src/server/app.ts');
  const { seedDemo } = await import('../src/server/demo/seed.ts');
  const { ApiClient } = await import('../src/server/test/client.ts');
  const { todayInOslo } = await import('../src/domain/index.ts');
  const { bulkLoad, generateHistory, markRulesCurrent } = await import('./history.ts');
  const log = (...a: unknown[]) => console.log(...a);
  const up = () => `load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`;
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `veivalg_load_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  const pool = (database.db as unknown as { $client: InstanceType<typeof pg.Pool> }).$client;
  const query = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[];
  const child = fork(fileURLToPath(import.meta.url), ['--worker'], { execArgv: process.execArgv, stdio: 'inherit' });
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    log(`# Veivalg load benchmark — ${new Date().toISOString()}, ${os.cpus().length} cores, node ${process.version}, ${up()}`);
    log(`database ${name} on ${(await query<{ v: string }>('select version() v'))[0]!.v.split(',')[0]}; app pool max ${pool.options.max}`);
    await seedDemo(database.db, { participantsPerMunicipality: 6 });
    const today = todayInOslo();
    // N participants in Bergen, settled 5 to 454 days ago (deadline three months after), in one statement per 20 k.
    // The bulk load on one connection of its own without row triggers (history.ts, bulkLoad), then the statistics summary refilled.
    const direct = new pg.Client({ connectionString: url.toString() });
    await direct.connect();
    const bulk = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await direct.query(text, params)).rows as T[];
    let t0 = performance.now();
    await bulkLoad(bulk, async () => {
      for (let a = 0; a < N; a += 20_000) {
        await bulk(`
          INSERT INTO participants (municipality_id, given_name, family_name, birth_date, preferred_language, residence_basis,
            settlement_date, decision_deadline, guidance_held_on, guidance_postponed, created_by)
          SELECT o.id, 'Deltaker', 'Nr ' || i, DATE '1990-01-01' + (i % 3000), 'ar', CASE WHEN i % 7 = 0 THEN 'refugee-family-reunification' ELSE 'refugee' END,
            s.d, (s.d + interval '3 months')::date, CASE WHEN s.d < $3::date - 150 AND i % 10 <> 0 THEN s.d + 80 END,
            s.d >= $3::date - 120 AND i % 50 = 0, u.id
          FROM generate_series($1::int, $2::int - 1) i
          CROSS JOIN LATERAL (SELECT $3::date - (5 + (i::bigint * 7919) % 450)::int AS d) s
          JOIN organisations o ON o.name = 'Bergen kommune' JOIN users u ON u.email = 'radgiver@bergen.demo'`, [a, Math.min(N, a + 20_000), today]);
      }
      log(`${N} participants in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      t0 = performance.now();
      const h = await generateHistory(bulk, { auditRows: Number(args['audit-rows']), sessions: true, today, log: () => {} });
      log(`history: ${h.sessions} sessions, ${h.notes} notes, ${h.postponements} postponements, ${h.audit} audit events (${h.auditSize} + indexes ${h.auditIndexes}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

      await markRulesCurrent(bulk);
    }, { rebuildStatistics: true, log });
    await direct.end();
    app = await buildApp({ database, publicUrl: 'http://127.0.0.1', webRoot: '/nonexistent', logger: false });
    app.get('/bench/bare', async () => ({ ok: true }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;

    // C clients, each with its own participant to update and 50 to read; one signed-in session per 10 clients
    // (signing in 200 times costs minutes of password hashing on a busy machine).
    const ids = (await query<{ id: string }>('SELECT id FROM participants ORDER BY decision_deadline, id LIMIT 5000')).map((r) => r.id);
    const clients: Client[] = [];
    const sessions: InstanceType<typeof ApiClient>[] = [];
    for (let c = 0; c < C; c++) {
      const api = c % 10 === 0 ? new ApiClient(`http://127.0.0.1:${port}`) : sessions.at(-1)!;
      if (c % 10 === 0) { await api.login('radgiver@bergen.demo'); sessions.push(api); }
      const own = await api.post('/api/v1/participants', {
        givenName: 'Klient', familyName: `Nr ${c}`, birthDate: '1992-02-02', nationalId: null, residenceBasis: 'refugee',
        settlementDate: '2026-09-01', preferredLanguage: 'ar', interpreterLanguage: null,
      });
      if (own.status !== 201) throw new Error(`create ${own.status}`);
      clients.push({ cookie: [...api.cookies].map(([k, v]) => `${k}=${v}`).join('; '), csrf: api.cookies.get('csrf')!, own: { id: own.body.id, version: own.body.version }, ids: ids.slice((c * 50) % 4950, (c * 50) % 4950 + 50) });
    }
    await query('VACUUM (ANALYZE)');
    await query('CHECKPOINT');
    global.gc?.();
    await new Promise((r) => setTimeout(r, 2000));
    const idle = process.memoryUsage();
    log(`\nRSS idle after setup: ${mb(idle.rss)} (heap used ${mb(idle.heapUsed)}), ${up()}`);

    // Samples once a second while a load runs: server RSS, pool waiters, backends waiting for the audit lock, backends
    // waiting for a row or table lock (e.g. the statistics rollup rows that every write in a month updates), and
    // connections idle in a transaction (waiting for Node in the middle of one).
    const sampler = () => {
      const s = {
        rss: [] as number[], heap: [] as number[], waiting: [] as number[], auditLock: [] as number[], active: [] as number[],
        rowLock: [] as number[], idleInTx: [] as number[],
      };
      let on = true;
      const mon = new pg.Client({ connectionString: url.toString() });
      const done = (async () => {
        await mon.connect();
        while (on) {
          const m = process.memoryUsage();
          s.rss.push(m.rss);
          s.heap.push(m.heapUsed);
          s.waiting.push(pool.waitingCount);
          const [r] = (await mon.query(`SELECT count(*) FILTER (WHERE wait_event = 'advisory')::int AS lock,
            count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event <> 'advisory')::int AS row_lock,
            count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle_in_tx,
            count(*) FILTER (WHERE state = 'active')::int - 1 AS active FROM pg_stat_activity WHERE datname = current_database()`)).rows;
          s.auditLock.push(r.lock);
          s.rowLock.push(r.row_lock);
          s.idleInTx.push(r.idle_in_tx);
          s.active.push(r.active);
          await new Promise((x) => setTimeout(x, 1000));
        }
        await mon.end();
      })();
      return async () => { on = false; await done; return s; };
    };
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
    const load = async (label: string, mix: boolean, secs: number) => {
      const stop = sampler();
      const cpu0 = process.cpuUsage();
      const w0 = performance.now();
      const auditBefore = (await query<{ n: number }>('SELECT count(*)::int n FROM audit_events'))[0]!.n;
      const result = await new Promise<Result>((resolve) => { child.once('message', (r: Result) => resolve(r)); child.send({ port, clients, seconds: secs, mix, timeoutMs: 30_000 } satisfies Job); });
      const cpu = process.cpuUsage(cpu0);
      const s = await stop();
      const auditAfter = (await query<{ n: number }>('SELECT count(*)::int n FROM audit_events'))[0]!.n;
      const serverCpu = (cpu.user + cpu.system) / 1000 / (performance.now() - w0);
      log(`| ${label} | ${result.requests} | ${result.errors} | ${result.rps.toFixed(0)} | ${result.all.p50.toFixed(0)} | ${result.all.p95.toFixed(0)} | ${result.all.p99.toFixed(0)} | ${result.all.max.toFixed(0)} `
        + `| ${(serverCpu * 100).toFixed(0)} % | ${avg(s.waiting).toFixed(0)} | ${avg(s.active).toFixed(1)} | ${avg(s.auditLock).toFixed(1)} | ${avg(s.rowLock).toFixed(1)} | ${avg(s.idleInTx).toFixed(1)} | ${((auditAfter - auditBefore) / result.seconds).toFixed(0)} `
        + `| ${mb(Math.max(...s.rss))} | ${up()} |`);
      if (result.firstError) log(`|  first error: ${result.firstError.replace(/\|/g, '/')} |`);
      return { result, s };
    };
    log(`\n## ${C} clients, ${seconds} s per run, mixed workload and bare route alternately (${rounds} rounds)\n`);
    log('| run | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU (of one core) | pool waiters (avg) | active backends (avg) | waiting for audit lock (avg) | waiting for a row/table lock (avg) | idle in transaction (avg) | audit events/s | RSS max | load |');
    log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    // Unmeasured warm-up: JIT, the pool's connections, the offers' first read.
    await new Promise<Result>((resolve) => { child.once('message', (r: Result) => resolve(r)); child.send({ port, clients, seconds: Math.min(10, seconds), mix: true, timeoutMs: 30_000 } satisfies Job); });
    const mixed: Result[] = [];
    for (let r = 0; r < rounds; r++) {
      mixed.push((await load(`mixed, round ${r + 1}`, true, seconds)).result);
      await load(`bare, round ${r + 1}`, false, seconds);
    }
    if (args.profile) await profileServer(() => load('mixed, profiled', true, seconds), log, 'the mixed workload');
    log('\nPer operation (last mixed round):\n');
    log('| op | requests | errors | p50 ms | p95 ms | p99 ms | max ms |');
    log('|---|---:|---:|---:|---:|---:|---:|');
    for (const [op, st] of Object.entries(mixed.at(-1)!.byOp)) log(`| ${op} | ${st.n} | ${st.errors} | ${st.p50.toFixed(0)} | ${st.p95.toFixed(0)} | ${st.p99.toFixed(0)} | ${st.max.toFixed(0)} |`);

    if (soak > 0) {
      log(`\n## Soak: mixed workload for ${soak} s, RSS and heap every 30 s\n`);
      const stop = sampler();
      const done = new Promise<Result>((resolve) => { child.once('message', (r: Result) => resolve(r)); child.send({ port, clients, seconds: soak, mix: true, timeoutMs: 30_000 } satisfies Job); });
      const timer = setInterval(() => { const m = process.memoryUsage(); log(`  ${new Date().toISOString().slice(11, 19)} RSS ${mb(m.rss)} heap used ${mb(m.heapUsed)} ${up()}`); }, 30_000);
      const r = await done;
      clearInterval(timer);
      const s = await stop();
      const third = Math.max(1, Math.floor(s.rss.length / 3));
      log(`soak: ${r.requests} requests, ${r.errors} errors${r.firstError ? ` (first: ${r.firstError})` : ''}, ${r.rps.toFixed(0)} req/s, p95 ${r.all.p95.toFixed(0)} ms`);
      log(`RSS mean of the first third ${mb(avg(s.rss.slice(0, third)))}, of the last third ${mb(avg(s.rss.slice(-third)))}; heap used ${mb(avg(s.heap.slice(0, third)))} → ${mb(avg(s.heap.slice(-third)))}; max RSS ${mb(Math.max(...s.rss))}`);
      global.gc?.();
      await new Promise((x) => setTimeout(x, 3000));
      const after = process.memoryUsage();
      log(`RSS idle after the soak: ${mb(after.rss)} (heap used ${mb(after.heapUsed)}), idle before: ${mb(idle.rss)} (${mb(idle.heapUsed)}), ${up()}`);
    }
  } finally {
    if (child.connected) child.disconnect();
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv.includes('--worker')) worker();
else main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });

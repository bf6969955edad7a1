/**
 * npx tsx bench/eligibility.ts [--seconds 8] [--connections 10]
 *
 * Requests per second and latency of POST /api/v1/map/eligibility (a full profile, every offer: the map's
 * "what do the rules say" button) against a bare Fastify route on the same server, in one run. The load comes
 * from a child process (this file with --worker) so the server keeps its own core; requests go to 127.0.0.1
 * only and stop after the given seconds.
 */
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Job { port: number; method: 'GET' | 'POST'; path: string; body?: string; seconds: number; connections: number }
interface Result { requests: number; errors: number; latencies: number[] }

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

function once(agent: http.Agent, job: Job): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port: job.port, path: job.path, method: job.method, agent,
      headers: job.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(job.body) } : {} }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(job.body);
  });
}

async function load(job: Job): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const result: Result = { requests: 0, errors: 0, latencies: [] };
  const warmUntil = performance.now() + 1000;
  const until = warmUntil + job.seconds * 1000;
  await Promise.all(Array.from({ length: job.connections }, async () => {
    while (performance.now() < until && result.requests < 2_000_000) {
      try {
        const ms = await once(agent, job);
        if (performance.now() > warmUntil) { result.requests++; result.latencies.push(ms); }
      } catch { result.errors++; }
    }
  }));
  agent.destroy();
  return result;
}

// The job goes in the environment: an IPC message could arrive before the child has loaded and listens.
async function worker() {
  const result = await load(JSON.parse(process.env.BENCH_JOB!) as Job);
  // Exit only once the message has gone: send() is asynchronous.
  process.send!(result, () => process.exit(0));
}

function inChild(job: Job): Promise<Result> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker'], { execArgv: process.execArgv, env: { ...process.env, BENCH_JOB: JSON.stringify(job) } });
    child.once('message', (r) => resolve(r as Result));
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function main() {
  const seconds = arg('--seconds', 8);
  const connections = arg('--connections', 10);
  const { openDatabase } = await import('../src/server/db/client.ts');
  const { buildApp } = await import('../src/server/app.ts');
  const database = await openDatabase({});
  const app = await buildApp({ database, publicUrl: 'http://localhost', webRoot: '/nonexistent' });
  app.get('/bench/bare', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const profile = { age: 34, residenceBasis: 'refugee', yearsInNorway: 1, schooling: 'primary', foreignEducationRecognised: false,
    norwegianLevel: 'A2', yearsOfRelevantPractice: 6, employed: false };
  const targets: [string, Job][] = [
    ['bare GET /bench/bare', { port, method: 'GET', path: '/bench/bare', seconds, connections }],
    ['POST /api/v1/map/eligibility (43 offers)', { port, method: 'POST', path: '/api/v1/map/eligibility', body: JSON.stringify({ profile }), seconds, connections }],
  ];
  console.log(`| target | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|`);
  const rates: number[] = [];
  const p95s: number[] = [];
  for (const [name, job] of targets) {
    const r = await inChild(job);
    const sorted = r.latencies.sort((a, b) => a - b);
    const rate = r.requests / seconds;
    rates.push(rate);
    p95s.push(pct(sorted, 0.95));
    console.log(`| ${name} | ${r.requests} | ${r.errors} | ${rate.toFixed(0)} | ${pct(sorted, 0.5).toFixed(2)} | ${pct(sorted, 0.95).toFixed(2)} | ${pct(sorted, 0.99).toFixed(2)} |`);
  }
  console.log(`\nratio eligibility/bare: req/s ${(rates[1]! / rates[0]!).toFixed(3)}, p95 ${(p95s[1]! / p95s[0]!).toFixed(1)}×`);
  await app.close();
  await database.close();
}

if (process.argv.includes('--worker')) await worker();
else await main();

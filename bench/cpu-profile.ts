import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `--profile` of the benches that run the server in their own process: one more load target with V8's sampling
 * profiler on in this (the server's) process, written to the temp folder as a .cpuprofile (open it in Chromium's
 * DevTools), and printed: the share of the samples by part (the app's code, drizzle, the pg driver, Fastify, socket
 * writes, garbage collection, idle) and the functions with the most self time. It shows where a request's CPU goes
 * in Node; the benches' measured figures are taken without the profiler (it costs a little CPU of its own).
 */
export async function profileServer(run: () => Promise<unknown>, log: (s: string) => void, what: string) {
  const inspector = await import('node:inspector/promises');
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  await run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = path.join(os.tmpdir(), `veivalg-bench-${Date.now()}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const parts = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const t = dt[i] ?? 0;
    const where = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
    const key = `${f.functionName || '(anonymous)'} ${where}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + t);
    parts.set(partOf(f.functionName, f.url), (parts.get(partOf(f.functionName, f.url)) ?? 0) + t);
    total += t;
  });
  const table = (rows: Map<string, number>, n: number, head: string) => {
    log(`| self % | ${head} |`);
    log('|---:|---|');
    for (const [k, v] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, n)) log(`| ${((100 * v) / total).toFixed(1)} | ${k} |`);
  };
  log(`\n## CPU profile of the server during ${what} (${file})\n`);
  table(parts, 20, 'part');
  log('');
  table(self, 30, 'function');
}

/** A sample's part of the server, by the function's file (lines without a file are V8's or the runtime's own). */
function partOf(fn: string, url: string): string {
  if (fn === '(idle)') return 'idle (waiting for I/O)';
  if (fn === '(garbage collector)') return 'garbage collection';
  if (/^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(fn)) return 'socket writes';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return /^(pg|pg-protocol|pg-types|pg-pool|postgres-.*)$/.test(pkg) ? 'pg driver' : pkg;
  const src = /\/src\/(server\/features\/[^/]+|server\/[^/]+|domain|content)/.exec(url)?.[1];
  if (src) return `src/${src}`;
  if (url.startsWith('node:')) return 'Node.js core';
  return url ? 'other' : `native: ${fn || '(anonymous)'}`;
}

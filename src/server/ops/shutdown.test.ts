import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../test/oidc-provider.ts';

const mainTs = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The real server as a platform runs it: its own process, configured by the environment. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => { stdout += d; });
  child.stderr!.on('data', (d) => { stderr += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => { if (stdout.includes('Veivalg is running')) { clearInterval(timer); resolve(); } }, 50);
    void exited.then((code) => { clearInterval(timer); reject(new Error(`server exited ${code}: ${stderr}`)); });
  });
  running.catch(() => {}); // a test that expects the start to fail awaits `exited` instead
  return { child, exited, running, output: () => ({ stdout, stderr }) };
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('the server process', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-shutdown-'));
    const server = startServer({ PORT: String(port), VEIVALG_DATA_DIR: dataDir });
    started.push(server.child);
    await server.running;

    // A slow client: the request's body arrives in two parts, with the SIGTERM in between.
    const body = JSON.stringify({ email: 'nobody@veivalg.demo', password: 'not-the-password' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1/auth/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => { text += d; }).on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        void (async () => {
          try {
            // The server stops accepting new connections…
            await until(async () => fetch(`http://127.0.0.1:${port}/api/health/live`).then(() => false, () => true));
            // …but is still there, waiting for the request in flight.
            expect(server.child.exitCode).toBeNull();
            req.end(body.slice(10));
          } catch (err) {
            reject(err);
          }
        })();
      }, 1000);
    });
    const answered = await response;
    expect(answered.status).toBe(401);
    expect(JSON.parse(answered.text).error).toBe('bad_credentials');
    expect(await server.exited).toBe(0);
    expect(server.output().stdout).toContain('SIGTERM: finishing requests in flight, then stopping');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);

  it('refuses to start with a wrong configuration, naming each wrong variable', async () => {
    const server = startServer({ PORT: 'åtte', LOCAL_PASSWORDS: 'off', METRICS_TOKEN: 'kort' });
    started.push(server.child);
    expect(await server.exited).toBe(1);
    const { stderr } = server.output();
    expect(stderr).toContain('Invalid configuration:');
    expect(stderr).toContain('PORT: must be a port number');
    expect(stderr).toContain('METRICS_TOKEN: must be at least 16 characters');
  }, 120_000);
});

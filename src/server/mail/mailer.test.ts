import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from './mailer.ts';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { startSmtp, type TestSmtp } from '../test/smtp.ts';

describe('password links by e-mail when SMTP is configured', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp('pglite', { mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`) });
  });
  afterAll(async () => { await t?.close(); smtp?.server.close(); });

  it('sends the one-time link to the new user only, and does not show it to the administrator', async () => {
    const admin = await t.as('admin@veivalg.demo');
    const res = await admin.post('/api/v1/admin/users', { email: 'epost@veivalg.demo', name: 'E Post', role: 'statistics-reader' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ setPasswordUrl: null, emailed: true });
    expect(smtp.inbox).toHaveLength(1);
    expect(smtp.inbox[0]!.to).toEqual(['epost@veivalg.demo']);
    // Undo quoted-printable: soft line breaks and =XX escapes.
    const body = smtp.inbox[0]!.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const token = /sett-passord#token=([\w-]+)/.exec(body)?.[1];
    expect(token).toBeTruthy();
    expect((await t.client().post('/api/v1/auth/set-password', { token, password: 'et langt nok passord' })).status).toBe(204);
  });
});

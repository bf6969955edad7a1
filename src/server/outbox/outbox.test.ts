import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { startSmtp, type TestSmtp } from '../test/smtp.ts';
import { smtpMailer } from '../mail/mailer.ts';
import { jobRuns, outboxMessages } from '../db/schema.ts';
import { MAX_ATTEMPTS, enqueue, errorCode, retryDelaySeconds, sendDue } from './outbox.ts';
import { runDailyJobs, type DailyJob } from '../jobs/daily.ts';

describe('retryDelaySeconds', () => {
  it('doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 1920, 3600, 3600]);
  });
});

describe('errorCode', () => {
  it('keeps a code and never the text, which may quote the recipient', () => {
    expect(errorCode(Object.assign(new Error('550 <ola@example.no> unknown'), { responseCode: 550 }))).toBe('smtp-550');
    expect(errorCode(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(errorCode(new Error('SMS provider answered 500 for +4791234567'))).toBe('Error');
    expect(errorCode('+4791234567')).toBe('error');
  });
});

describe.each(databaseKinds)('outbox on %s', (kind) => {
  let t: TestApp;
  let smtp: TestSmtp;
  const deadMailer = smtpMailer('smtp://127.0.0.1:1'); // nothing listens on port 1: connection refused
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp(kind, { mailer: deadMailer });
  });
  afterAll(async () => { await t?.close(); smtp?.server.close(); });
  const row = async (id: string) => (await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;
  const makeDue = (id: string) => t.database.db.update(outboxMessages).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(outboxMessages.id, id));

  it('a message written in a transaction that rolls back is never sent', async () => {
    const before = (await t.database.db.select().from(outboxMessages)).length;
    await expect(t.database.db.transaction(async (tx) => {
      await enqueue(tx, { kind: 'note-notice', channel: 'email', recipient: 'rollback@veivalg.demo', subject: 's', body: 'b' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await t.database.db.select().from(outboxMessages)).toHaveLength(before);
  });

  it('a failed send is retried with growing delays, then given up with recipient and text cleared; the administrator sees kind, attempts and error only', async () => {
    const admin = await t.as('admin@veivalg.demo');
    // The app's SMTP server refuses: the user is created, the link shown to the administrator, the e-mail queued.
    const created = await admin.post('/api/v1/admin/users', { email: 'utsatt@veivalg.demo', name: 'Utsatt Epost', role: 'administrator' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ emailed: false });
    expect(created.body.setPasswordUrl).toMatch(/^http:\/\/veivalg\.test\//);
    const [m] = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, 'utsatt@veivalg.demo'));
    expect(m).toMatchObject({ kind: 'password-link', status: 'pending', attempts: 1, lastError: 'ESOCKET' });
    // The next try waits 30 s (measured on the database's clock).
    const [{ wait }] = (await t.database.db.select({ wait: sql<number>`extract(epoch from (${outboxMessages.nextAttemptAt} - now()))::float8` })
      .from(outboxMessages).where(eq(outboxMessages.id, m!.id))) as [{ wait: number }];
    expect(Number(wait)).toBeGreaterThan(25);
    expect(Number(wait)).toBeLessThanOrEqual(30);
    // Not due yet: the worker leaves it.
    await sendDue(t.database.db, { mailer: deadMailer });
    expect((await row(m!.id)).attempts).toBe(1);

    const list = await admin.get('/api/v1/admin/outbox');
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: { id: string }) => i.id === m!.id);
    expect(item).toMatchObject({ kind: 'password-link', channel: 'email', status: 'pending', attempts: 1, lastError: 'ESOCKET' });
    expect(item.nextAttemptAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toMatch(/utsatt|veivalg\.test|Velg passord|@/i);

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      await makeDue(m!.id);
      await sendDue(t.database.db, { mailer: deadMailer });
      expect((await row(m!.id)).attempts).toBe(attempt);
    }
    const given = await row(m!.id);
    expect(given).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'ESOCKET', recipient: null, subject: null, body: null });
    // Given up: no more tries.
    await makeDue(m!.id);
    await sendDue(t.database.db, { mailer: deadMailer });
    expect((await row(m!.id)).attempts).toBe(MAX_ATTEMPTS);
    const after = (await admin.get('/api/v1/admin/outbox')).body.items.find((i: { id: string }) => i.id === m!.id);
    expect(after).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null });
  });

  it('a message that failed at first is sent by the worker once the SMTP server answers, exactly once', async () => {
    const id = await enqueue(t.database.db, { kind: 'note-notice', channel: 'email', recipient: 'senere@veivalg.demo', subject: 'Veivalg', body: 'En lenke' });
    await sendDue(t.database.db, { mailer: deadMailer });
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1 });
    await makeDue(id);
    const live = smtpMailer(`smtp://127.0.0.1:${smtp.port}`);
    // Two workers at once (as two instances would): the row lock lets only one take it.
    await Promise.all([sendDue(t.database.db, { mailer: live }), sendDue(t.database.db, { mailer: live })]);
    await sendDue(t.database.db, { mailer: live });
    expect(smtp.inbox.filter((x) => x.to.includes('senere@veivalg.demo'))).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, recipient: null, body: null });
  });

  it('only administrators see the outbox', async () => {
    for (const email of ['radgiver@bergen.demo', 'leder@vestland.demo', 'statistikk@veivalg.demo']) {
      expect((await (await t.as(email)).get('/api/v1/admin/outbox')).status).toBe(403);
    }
    expect((await t.client().get('/api/v1/admin/outbox')).status).toBe(401);
  });

  it('a daily job runs once per day however many instances try, and a failure is recorded by name', async () => {
    let runs = 0;
    const jobs: DailyJob[] = [
      { name: 'test-count', async run() { runs += 1; } },
      { name: 'test-fail', async run() { throw new TypeError('boom with no personal data'); } },
    ];
    const results = await Promise.all([runDailyJobs(t.database, '2026-12-05', jobs), runDailyJobs(t.database, '2026-12-05', jobs)]);
    expect(runs).toBe(1);
    expect(results.flat().sort()).toEqual(['test-count', 'test-fail']);
    await runDailyJobs(t.database, '2026-12-06', jobs);
    expect(runs).toBe(2);
    const failed = await t.database.db.select().from(jobRuns).where(eq(jobRuns.job, 'test-fail'));
    expect(failed.map((r) => [r.day, r.error])).toEqual([['2026-12-05', 'TypeError'], ['2026-12-06', 'TypeError']]);
  });
});

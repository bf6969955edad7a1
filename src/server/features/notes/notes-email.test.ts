import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { smtpMailer } from '../../mail/mailer.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder } from '../../test/fixtures.ts';
import { participants, users } from '../../db/schema.ts';
import { emptyNoteContent } from '../../../domain/index.ts';
import { startSmtp, type TestSmtp } from '../../test/smtp.ts';

describe('note e-mails when SMTP is configured', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp('pglite', { mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`) });
  });
  afterAll(async () => { await t?.close(); smtp?.server.close(); });

  it('tells the adviser with a link only: no name, no id, no note text', async () => {
    const { orderId, participantId } = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Epostsen' });
    const vilde = await t.as('veileder@vestland.demo');
    const viktor = await t.as('veileder2@vestland.demo');
    const viktorId = (await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, 'veileder2@vestland.demo')))[0]!.id;
    let note = (await vilde.post(`/api/v1/orders/${orderId}/note`)).body;
    const content = { ...emptyNoteContent(), wishes: 'HEMMELIG-ØNSKE', planA: [{ id: 'a1', offerId: null, text: 'Norsk', startMonth: null, durationMonths: null }], planB: [{ id: 'b1', offerId: null, text: 'Praksis', startMonth: null, durationMonths: null }], recommendation: { kind: 'work', justification: 'HEMMELIG-BEGRUNNELSE', reachWithinProgramme: '' } };
    note = (await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content })).body;
    note = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: viktorId })).body;
    note = (await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' })).body;
    expect(smtp.inbox).toHaveLength(0);
    expect((await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version })).status).toBe(200);

    expect(smtp.inbox).toHaveLength(1);
    expect(smtp.inbox[0]!.to).toEqual(['radgiver@bergen.demo']);
    const body = smtp.inbox[0]!.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(body).toContain('http://veivalg.test/varsler');
    const [p] = await t.database.db.select().from(participants).where(eq(participants.id, participantId));
    for (const secret of [p!.givenName, p!.familyName, 'Epostsen', 'HEMMELIG', participantId, orderId, note.id]) expect(body).not.toContain(secret);
    // No uuid at all in the text (the transport's own Message-ID header is not ours).
    const text = body.slice(body.indexOf('\r\n\r\n'));
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(body).toMatch(/Subject: Veivalg: nytt varsel/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { smtpMailer } from '../../mail/mailer.ts';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import { guidanceOrders, outboxMessages, participants, users } from '../../db/schema.ts';
import { emptyNoteContent, type NoteContent } from '../../../domain/index.ts';
import { startSmtp, type TestSmtp } from '../../test/smtp.ts';

// Issue 16, item 4: a notification says inside the app whom it is about (the participant's name, with the kind
// saying what happened), to those who may see the participant; e-mails stay free of personal data.

const content = (wishes: string): NoteContent => ({
  ...emptyNoteContent(),
  wishes,
  planA: [{ id: 'a1', offerId: null, text: 'Norsk til B1', startMonth: null, durationMonths: null }],
  planB: [{ id: 'b1', offerId: null, text: 'Språkpraksis', startMonth: null, durationMonths: null }],
  recommendation: { kind: 'work', justification: 'Erfaring som snekker.', reachWithinProgramme: '' },
});

interface Listed { kind: string; noteId: string; participant: { id: string; givenName: string; familyName: string } | null }

describe.each(databaseKinds)('notifications name the participant in the app, never in e-mail, on %s', (kind) => {
  let smtp: TestSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp(kind, { mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`) });
  });
  afterAll(async () => { await t?.close(); smtp?.server.close(); });

  const listed = async (c: ApiClient, noteId: string): Promise<Listed[]> =>
    (await c.get('/api/v1/notifications')).body.items.filter((n: Listed) => n.noteId === noteId);

  it('every kind names the participant for its recipient; access ending removes the name; mails hold none', async () => {
    const familyName = `Varselsen${kind}`;
    const { orderId, participantId } = await participantWithOrder(t, 'bergen', 'accepted', { familyName });
    const vilde = await t.as('veileder@vestland.demo');
    const viktor = await t.as('veileder2@vestland.demo');
    const ragnhild = await t.as('radgiver@bergen.demo');
    const viktorId = (await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, 'veileder2@vestland.demo')))[0]!.id;
    const who = { id: participantId, givenName: 'Test', familyName };

    let note = (await vilde.post(`/api/v1/orders/${orderId}/note`)).body;
    note = (await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: content('HEMMELIG-ØNSKE') })).body;
    note = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: viktorId })).body;
    note = (await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' })).body;
    const sent = await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const corrected = await vilde.post(`/api/v1/notes/${note.id}/corrections`, { version: sent.body.version, reason: 'Skrivefeil', content: content('HEMMELIG-RETTET') });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const feedback = await ragnhild.put(`/api/v1/notes/${note.id}/feedback`, {
      recommendationUse: 'followed', reason: '', integrationPlanChanged: false, endGoal: 'work', endGoalText: '',
    });
    expect(feedback.status, JSON.stringify(feedback.body)).toBe(200);

    // Each of the five kinds reaches its recipient with the participant's name.
    const expected: [ApiClient, string[]][] = [
      [viktor, ['note-review-requested']],
      [vilde, ['note-feedback', 'note-reviewed']],
      [ragnhild, ['note-corrected', 'note-sent']],
    ];
    for (const [client, kinds] of expected) {
      const mine = await listed(client, note.id);
      expect(mine.map((n) => n.kind).sort()).toEqual([...kinds].sort());
      for (const n of mine) expect(n.participant).toEqual(who);
    }

    // The centre's access ends (the order is cancelled): its counsellors' notifications stay, without the name.
    await t.database.db.update(guidanceOrders).set({ status: 'cancelled' }).where(eq(guidanceOrders.id, orderId));
    for (const client of [vilde, viktor]) {
      const mine = await listed(client, note.id);
      expect(mine.length).toBeGreaterThan(0);
      for (const n of mine) expect(n.participant).toBeNull();
      expect(JSON.stringify(mine)).not.toContain(familyName);
    }
    // The municipality still sees its participant; after anonymisation nobody gets the name.
    for (const n of await listed(ragnhild, note.id)) expect(n.participant).toEqual(who);
    await t.database.db.update(participants).set({ anonymisedAt: new Date() }).where(eq(participants.id, participantId));
    for (const n of await listed(ragnhild, note.id)) expect(n.participant).toBeNull();

    // Two e-mails (sent, corrected) to the adviser: neither subject nor body names the participant or the note.
    const mails = smtp.inbox.filter((m) => m.to.includes('radgiver@bergen.demo'));
    expect(mails.length).toBeGreaterThanOrEqual(2);
    const stored = await t.database.db.select({ subject: outboxMessages.subject, body: outboxMessages.body }).from(outboxMessages);
    const texts = [
      ...mails.map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))),
      ...stored.map((m) => `${m.subject}\n${m.body}`),
    ];
    for (const text of texts) {
      for (const secret of ['Test ', familyName, 'Varselsen', 'HEMMELIG', participantId, orderId, note.id]) expect(text).not.toContain(secret);
    }
  });
});

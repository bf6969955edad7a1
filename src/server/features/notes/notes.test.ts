import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder, sides, signedIn } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import {
  auditEvents, guidanceNoteRevisions, guidanceNotes, handoverBriefItems, integrationPlanTasks, noteSettings, organisations, users,
} from '../../db/schema.ts';
import { addDays, emptyNoteContent, todayInOslo, type NoteContent } from '../../../domain/index.ts';

const filled = (over: Partial<NoteContent> = {}): NoteContent => ({
  ...emptyNoteContent(),
  wishes: 'Vil bli elektriker.',
  planA: [
    { id: 'a1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 },
    { id: 'a2', offerId: null, text: 'Fagbrev som elektriker', startMonth: 12, durationMonths: 36 },
  ],
  planB: [{ id: 'b1', offerId: 'sprakpraksis', text: null, startMonth: null, durationMonths: null }],
  recommendation: { kind: 'combination', justification: 'Norsk til B1, deretter fagbrev.', reachWithinProgramme: 'Norsk til B1.' },
  languageUsed: 'ar', interpreterTookPart: true,
  participantVersion: { language: 'ar', text: 'Du lærer norsk først.' },
  ...over,
});

describe.each(databaseKinds)("the counsellor's note on %s", (kind) => {
  let t: TestApp;
  let vilde: ApiClient; let viktor: ApiClient; let liv: ApiClient; let berit: ApiClient;
  let ragnhild: ApiClient; let lars: ApiClient; let dina: ApiClient; let stats: ApiClient;
  const db = () => t.database.db;
  const userId = async (email: string) => (await db().select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  const audit = async (type: string, noteId: string) =>
    (await db().select().from(auditEvents).where(and(eq(auditEvents.type, type), sql`${auditEvents.data}->>'noteId' = ${noteId}`)).orderBy(asc(auditEvents.id)));

  beforeAll(async () => {
    t = await startTestApp(kind);
    const c = await signedIn(t, [
      'veileder@vestland.demo', 'veileder2@vestland.demo', 'leder@vestland.demo', 'veileder@buskerud.demo',
      'radgiver@bergen.demo', 'leder@bergen.demo', 'radgiver@drammen.demo', 'statistikk@veivalg.demo',
    ]);
    vilde = c['veileder@vestland.demo']!; viktor = c['veileder2@vestland.demo']!; liv = c['leder@vestland.demo']!; berit = c['veileder@buskerud.demo']!;
    ragnhild = c['radgiver@bergen.demo']!; lars = c['leder@bergen.demo']!; dina = c['radgiver@drammen.demo']!; stats = c['statistikk@veivalg.demo']!;
  });
  afterAll(async () => { await t?.close(); });

  /** An accepted Bergen order with a brief holding schooling, wishes and a health item. */
  async function acceptedOrder() {
    const chain = await participantWithOrder(t, 'bergen', 'accepted');
    const by = await userId(sides.bergen.adviser);
    await db().insert(handoverBriefItems).values([
      { participantId: chain.participantId, itemKey: 'schooling', value: { years: 9, country: 'Syria' }, source: 'adviser', verifiedBy: by, verifiedOn: todayInOslo() },
      { participantId: chain.participantId, itemKey: 'wishes', value: { wishes: 'Vil bli elektriker' }, source: 'participant', verifiedBy: by, verifiedOn: todayInOslo() },
      { participantId: chain.participantId, itemKey: 'health-family', value: { note: 'HEMMELIG-HELSE' }, source: 'adviser', verifiedBy: by, verifiedOn: todayInOslo() },
    // The fixture answered schooling as "not known" to send the order (issue 16): the answer replaces that.
    ]).onConflictDoUpdate({ target: [handoverBriefItems.participantId, handoverBriefItems.itemKey], set: { value: sql`excluded.value`, unknown: false } });
    return chain;
  }

  /** A note written, reviewed by Viktor and sent by Vilde. */
  async function sentNote() {
    const chain = await acceptedOrder();
    let note = (await vilde.post(`/api/v1/orders/${chain.orderId}/note`)).body;
    note = (await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: filled() })).body;
    note = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: await userId('veileder2@vestland.demo') })).body;
    note = (await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' })).body;
    const sent = await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    return { ...chain, note: sent.body };
  }

  it('chapter 6A: a note for a person with collective protection can be sent without a recommendation; a refugee\'s cannot', async () => {
    const sixA = await participantWithOrder(t, 'bergen', 'accepted', {
      participant: { residenceBasis: 'collective-protection', permitDate: '2024-04-01', settlementDate: '2024-05-01' },
    });
    let note = (await vilde.post(`/api/v1/orders/${sixA.orderId}/note`)).body;
    expect(note.recommendationRequired).toBe(false);
    const noRecommendation = filled({ recommendation: { kind: null, justification: '', reachWithinProgramme: '' } });
    note = (await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: noRecommendation })).body;
    note = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: await userId('veileder2@vestland.demo') })).body;
    note = (await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' })).body;
    const sent = await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.status).toBe('sent');

    const refugee = await acceptedOrder();
    let other = (await vilde.post(`/api/v1/orders/${refugee.orderId}/note`)).body;
    expect(other.recommendationRequired).toBe(true);
    other = (await vilde.put(`/api/v1/notes/${other.id}/draft`, { version: other.version, content: noRecommendation })).body;
    // One readiness rule (issue 16): refused already when asking for review, with the missing fields.
    const refused = await vilde.post(`/api/v1/notes/${other.id}/review-request`, { version: other.version, reviewerId: await userId('veileder2@vestland.demo') });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('note.incomplete');
    expect(refused.body.fields.map((f: { path: string }) => f.path)).toEqual(['content.recommendation.kind', 'content.recommendation.justification']);
    expect((await vilde.get(`/api/v1/orders/${refugee.orderId}/note`)).body.status).not.toBe('sent');
  });

  it('writes, reviews and sends a note; the demo centre requires review', async () => {
    const { orderId, participantId } = await acceptedOrder();
    const created = await vilde.post(`/api/v1/orders/${orderId}/note`);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const note = created.body;
    expect(note).toMatchObject({ status: 'draft', orderId, participantId, settings: { reviewRequired: true }, sentNumber: null });
    // The background comes from the brief; the health item never does.
    expect(note.content.background).toContain('Skolegang');
    expect(note.content.wishes).toBe('Vil bli elektriker');
    expect(JSON.stringify(note.content)).not.toContain('HEMMELIG-HELSE');
    expect(note.content.languageUsed).toBe('ar');
    expect((await vilde.post(`/api/v1/orders/${orderId}/note`)).status).toBe(409);

    // One readiness rule (noteReadiness): sending and asking for review without Plan A/B and the recommendation
    // (§ 11 fourth paragraph) name the same missing fields, and change nothing.
    const allMissing = ['content.planA', 'content.planB', 'content.recommendation.kind', 'content.recommendation.justification'];
    expect(note.recommendationRequired).toBe(true);
    const bare = await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version });
    expect(bare.status).toBe(400);
    expect(bare.body.fields.map((f: { path: string }) => f.path)).toEqual(allMissing);
    const bareReview = await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: await userId('veileder2@vestland.demo') });
    expect(bareReview.status).toBe(400);
    expect(bareReview.body.error).toBe('note.incomplete');
    expect(bareReview.body.fields.map((f: { path: string }) => f.path)).toEqual(allMissing);
    expect((await vilde.get(`/api/v1/orders/${orderId}/note`)).body).toMatchObject({ status: 'draft', version: note.version });

    // Autosave: quick saves by one user within a minute update one draft revision; another writer's save is a new one.
    const s1 = await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: filled({ wishes: 'Første' }) });
    expect(s1.status).toBe(200);
    const s2 = await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: s1.body.version, content: filled({ wishes: 'Andre' }) });
    expect(s2.status).toBe(200);
    expect((await db().select().from(guidanceNoteRevisions).where(eq(guidanceNoteRevisions.noteId, note.id))).map((d) => (d.content as NoteContent).wishes)).toEqual(['Andre']);
    const s3 = await liv.put(`/api/v1/notes/${note.id}/draft`, { version: s2.body.version, content: filled() });
    expect(s3.status).toBe(200);
    const stale = await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: s2.body.version, content: filled({ wishes: 'Gammel' }) });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    const drafts = await db().select().from(guidanceNoteRevisions).where(eq(guidanceNoteRevisions.noteId, note.id)).orderBy(guidanceNoteRevisions.number);
    expect(drafts.map((d) => [d.kind, d.number, (d.content as NoteContent).wishes])).toEqual([['draft', 1, 'Andre'], ['draft', 2, 'Vil bli elektriker.']]);
    expect(await audit('note.draft-saved', note.id)).toHaveLength(3);

    // Review rule: send needs approval; the author cannot review; another centre's counsellor cannot reach the note.
    let v = s3.body.version;
    const early = await vilde.post(`/api/v1/notes/${note.id}/send`, { version: v });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('note.review-required');
    const self = await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: v, reviewerId: await userId('veileder@vestland.demo') });
    expect(self.status).toBe(400);
    const foreign = await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: v, reviewerId: await userId('veileder@buskerud.demo') });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields[0].path).toBe('reviewerId');
    const requested = await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: v, reviewerId: await userId('veileder2@vestland.demo') });
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ status: 'in-review', reviewer: { name: 'Viktor Veileder' } });
    v = requested.body.version;
    expect((await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: v, content: filled() })).body.error).toBe('note.note-not-draft');
    expect((await vilde.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'approve', comment: '' })).status).toBe(403);
    expect((await liv.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'approve', comment: '' })).status).toBe(403);
    expect((await berit.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'approve', comment: '' })).status).toBe(404);
    const noComment = await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'request-changes', comment: ' ' });
    expect(noComment.status).toBe(400);
    const changes = await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'request-changes', comment: 'Legg til Plan B.' });
    expect(changes.body.status).toBe('draft');
    v = changes.body.version;
    v = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: v, reviewerId: await userId('veileder2@vestland.demo') })).body.version;
    // Approving checks the same rule as sending: a note in review whose stored content lacks Plan B (one that went to
    // review before the rule) is refused with the field, and stays in review.
    await db().update(guidanceNotes).set({ content: filled({ planB: [] }) }).where(eq(guidanceNotes.id, note.id));
    const unready = await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'approve', comment: '' });
    expect(unready.status).toBe(400);
    expect(unready.body.fields.map((f: { path: string }) => f.path)).toEqual(['content.planB']);
    expect((await vilde.get(`/api/v1/orders/${orderId}/note`)).body).toMatchObject({ status: 'in-review', version: v });
    await db().update(guidanceNotes).set({ content: filled() }).where(eq(guidanceNotes.id, note.id));
    const approved = await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: v, decision: 'approve', comment: '' });
    expect(approved.body).toMatchObject({ status: 'approved' });
    expect(approved.body.reviews.map((r: { decision: string }) => r.decision)).toEqual(['request-changes', 'approve']);
    // Viktor (not the author, not the lead) may not send it.
    expect((await viktor.post(`/api/v1/notes/${note.id}/send`, { version: approved.body.version })).status).toBe(403);
    const sent = await vilde.post(`/api/v1/notes/${note.id}/send`, { version: approved.body.version });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentNumber: 1 });
    expect((await audit('note.sent', note.id))).toHaveLength(1);
    expect((await audit('note.reviewed', note.id))).toHaveLength(2);
    // The plan task: due the municipality's 14 days after sending, assigned to the adviser who ordered.
    const [task] = await db().select().from(integrationPlanTasks).where(eq(integrationPlanTasks.noteId, note.id));
    expect(task).toMatchObject({ status: 'open', dueOn: addDays(todayInOslo(), 14), assigneeId: await userId(sides.bergen.adviser) });
  });

  it('freezes a sent note: no edit (409), only a correction into a new version; earlier snapshots stay readable', async () => {
    const { note } = await sentNote();
    const edit = await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: filled({ wishes: 'Endret' }) });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toBe('note.note-sent');
    expect((await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version })).body.error).toBe('note.note-sent');

    // The adviser opens it (read receipt), then the counsellor corrects.
    expect((await ragnhild.get(`/api/v1/orders/${note.orderId}/note`)).status).toBe(200);
    const noReason = await vilde.post(`/api/v1/notes/${note.id}/corrections`, { version: note.version, reason: ' ', content: filled() });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].path).toBe('reason');
    const noRecommendation = await vilde.post(`/api/v1/notes/${note.id}/corrections`, {
      version: note.version, reason: 'Feil', content: filled({ recommendation: { kind: null, justification: '', reachWithinProgramme: '' } }),
    });
    expect(noRecommendation.status).toBe(400);
    const corrected = await vilde.post(`/api/v1/notes/${note.id}/corrections`, {
      version: note.version, reason: 'Plan B manglet et steg.', content: filled({ wishes: 'Rettet ønske' }),
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body, JSON.stringify(corrected.body)).toMatchObject({ status: 'sent', sentNumber: 2, correctionReason: 'Plan B manglet et steg.' });
    expect((await audit('note.corrected', note.id))[0]!.data).toMatchObject({ sentNumber: 2, changedFields: ['wishes'] });

    // The municipality sees the sent snapshots (not the drafts), and both stay readable.
    const revisions = await ragnhild.get(`/api/v1/notes/${note.id}/revisions`);
    expect(revisions.body.items.map((r: { kind: string }) => r.kind)).toEqual(['correction', 'sent']);
    const [newest, first] = revisions.body.items;
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/revisions/${first.number}`)).body.content.wishes).toBe('Vil bli elektriker.');
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/revisions/${newest.number}`)).body).toMatchObject({ sentNumber: 2, correctionReason: 'Plan B manglet et steg.' });
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/revisions/1`)).status).toBe(404);
    const centreView = await vilde.get(`/api/v1/notes/${note.id}/revisions`);
    expect(centreView.body.items.map((r: { kind: string }) => r.kind)).toContain('draft');
    // The correction resets the read state: the adviser's next opening is a new receipt for snapshot 2.
    const reopened = await ragnhild.get(`/api/v1/orders/${note.orderId}/note`);
    expect(reopened.body.content.wishes).toBe('Rettet ønske');
    expect(reopened.body.reads.map((r: { sentNumber: number }) => r.sentNumber).sort()).toEqual([1, 2]);
  });

  it('records read receipts for the municipality only, scoped and audited', async () => {
    const { note, orderId } = await sentNote();
    expect((await dina.get(`/api/v1/orders/${orderId}/note`)).status).toBe(404);
    expect((await stats.get(`/api/v1/orders/${orderId}/note`)).status).toBe(404);
    expect((await stats.get('/api/v1/notes?unread=true')).status).toBe(403);
    // The counsellor's own opening is not a receipt.
    expect((await vilde.get(`/api/v1/orders/${orderId}/note`)).body.reads).toEqual([]);
    const opened = await ragnhild.get(`/api/v1/orders/${orderId}/note`);
    expect(opened.status).toBe(200);
    // The municipality never sees the internal review.
    expect(opened.body).toMatchObject({ status: 'sent', reviewer: null, reviews: [], approvedAt: null });
    await ragnhild.get(`/api/v1/orders/${orderId}/note`);
    await lars.get(`/api/v1/orders/${orderId}/note`);
    const receipts = await audit('note.read-receipt', note.id);
    expect(receipts.map((r) => r.actorUserId).sort()).toEqual([await userId('radgiver@bergen.demo'), await userId('leder@bergen.demo')].sort());
    expect(await audit('note.viewed', note.id)).toHaveLength(4);
    const seen = await vilde.get(`/api/v1/orders/${orderId}/note`);
    expect(seen.body.reads.map((r: { user: { name: string } }) => r.user.name)).toEqual(['Ragnhild Rådgiver', 'Lars Leder']);
    const [row] = await db().select({ firstReadAt: guidanceNotes.firstReadAt }).from(guidanceNotes).where(eq(guidanceNotes.id, note.id));
    expect(row!.firstReadAt).not.toBeNull();
  });

  it('keeps drafts from the municipality', async () => {
    const { orderId } = await acceptedOrder();
    const note = (await vilde.post(`/api/v1/orders/${orderId}/note`)).body;
    expect((await ragnhild.get(`/api/v1/orders/${orderId}/note`)).status).toBe(404);
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/revisions`)).status).toBe(404);
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/participant-version`)).status).toBe(404);
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/export.json`)).status).toBe(404);
    expect((await vilde.get(`/api/v1/notes/${note.id}/export.json`)).status).toBe(409);
    expect((await ragnhild.post(`/api/v1/orders/${orderId}/note`)).status).toBe(403);
    const list = await ragnhild.get('/api/v1/notes');
    expect(list.body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
  });

  it('takes feedback from the municipality, scoped and audited, and closes the plan task', async () => {
    const { note } = await sentNote();
    const tasks = await ragnhild.get('/api/v1/plan-tasks?status=open');
    const task = tasks.body.items.find((i: { noteId: string }) => i.noteId === note.id);
    expect(task).toMatchObject({ status: 'open', overdue: false, dueOn: addDays(todayInOslo(), 14) });
    expect((await dina.get('/api/v1/plan-tasks')).body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
    expect((await vilde.get('/api/v1/plan-tasks')).status).toBe(403);

    const body = { recommendationUse: 'partly', reason: '', integrationPlanChanged: true, endGoal: 'upper-secondary', endGoalText: '' };
    const noReason = await ragnhild.put(`/api/v1/notes/${note.id}/feedback`, body);
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].path).toBe('reason');
    expect((await dina.put(`/api/v1/notes/${note.id}/feedback`, { ...body, reason: 'x' })).status).toBe(404);
    expect((await vilde.put(`/api/v1/notes/${note.id}/feedback`, { ...body, reason: 'x' })).status).toBe(403);
    expect((await stats.put(`/api/v1/notes/${note.id}/feedback`, { ...body, reason: 'x' })).status).toBe(404);
    const given = await ragnhild.put(`/api/v1/notes/${note.id}/feedback`, { ...body, reason: 'Norsk først, fagbrev senere.' });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    expect(given.body).toMatchObject({ version: 1, recommendationUse: 'partly', givenBy: { name: 'Ragnhild Rådgiver' } });
    expect((await ragnhild.get('/api/v1/plan-tasks?status=open')).body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
    // A second answer needs the version.
    expect((await lars.put(`/api/v1/notes/${note.id}/feedback`, { ...body, reason: 'y' })).status).toBe(409);
    const changed = await lars.put(`/api/v1/notes/${note.id}/feedback`, { ...body, version: 1, recommendationUse: 'followed', reason: '' });
    expect(changed.body).toMatchObject({ version: 2, recommendationUse: 'followed' });
    expect((await audit('note.feedback-given', note.id)).map((e) => (e.data as { changedFields: string[] }).changedFields))
      .toEqual([['recommendationUse', 'reason', 'integrationPlanChanged', 'endGoal', 'endGoalText'], ['recommendationUse', 'reason']]);
    // The counsellor sees it, and is told.
    expect((await vilde.get(`/api/v1/orders/${note.orderId}/note`)).body.feedback).toMatchObject({ recommendationUse: 'followed', version: 2 });
    const told = (await vilde.get('/api/v1/notifications')).body.items;
    expect(told.some((n: { kind: string; noteId: string }) => n.kind === 'note-feedback' && n.noteId === note.id)).toBe(true);
  });

  it('lists a note unread after the municipality\'s days, for the adviser and the leads', async () => {
    const { note, orderId } = await sentNote();
    const unreadIds = async (c: ApiClient) => (await c.get('/api/v1/notes?unread=true')).body.items.map((i: { noteId: string }) => i.noteId);
    expect(await unreadIds(ragnhild)).not.toContain(note.id);
    // Five days pass (default limit): the note shows on the adviser's, the municipality lead's and the centre lead's queues.
    await db().update(guidanceNotes).set({ lastSentAt: new Date(Date.now() - 5 * 86_400_000 - 3_600_000) }).where(eq(guidanceNotes.id, note.id));
    expect(await unreadIds(ragnhild)).toContain(note.id);
    expect(await unreadIds(lars)).toContain(note.id);
    expect(await unreadIds(liv)).toContain(note.id);
    expect(await unreadIds(dina)).not.toContain(note.id);
    const item = (await ragnhild.get('/api/v1/notes?unread=true')).body.items.find((i: { noteId: string }) => i.noteId === note.id);
    expect(item.daysUnread).toBeGreaterThanOrEqual(5);
    expect((await ragnhild.get('/api/v1/start')).body.counts.notesUnread).toBeGreaterThanOrEqual(1);
    // Bergen's lead gives advisers ten days: no longer unread.
    const settings = (await lars.get('/api/v1/note-settings')).body;
    const put = await lars.put('/api/v1/note-settings', { version: settings.version, unreadAfterDays: 10 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(await unreadIds(ragnhild)).not.toContain(note.id);
    await lars.put('/api/v1/note-settings', { version: put.body.version, unreadAfterDays: 5 });
    // Opening it takes it off the queues.
    await ragnhild.get(`/api/v1/orders/${orderId}/note`);
    expect(await unreadIds(liv)).not.toContain(note.id);
  });

  it('notifies the adviser on send, and each user sees only their own notifications', async () => {
    const { note } = await sentNote();
    const mine = (await ragnhild.get('/api/v1/notifications')).body;
    const n = mine.items.find((i: { noteId: string; kind: string }) => i.noteId === note.id && i.kind === 'note-sent');
    expect(n).toMatchObject({ orderId: note.orderId, readAt: null });
    expect((await dina.get('/api/v1/notifications')).body.items.map((i: { id: string }) => i.id)).not.toContain(n.id);
    expect((await dina.post(`/api/v1/notifications/${n.id}/read`)).status).toBe(404);
    expect((await ragnhild.post(`/api/v1/notifications/${n.id}/read`)).status).toBe(204);
    const after = (await ragnhild.get('/api/v1/notifications')).body;
    expect(after.unread).toBe(mine.unread - 1);
  });

  it('exports the sent snapshot as JSON and IMDinett text blocks with offer titles and links', async () => {
    const { note } = await sentNote();
    const json = await ragnhild.get(`/api/v1/notes/${note.id}/export.json`);
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ format: 'veivalg-note/1', sentNumber: 1, careerCentre: 'Karriere Vestland', municipality: 'Bergen kommune' });
    expect(json.body.content.planA[0].offerTitle.nb).toBeTruthy();
    expect(json.body.content.planA[0].url).toMatch(/^https:\/\//);
    const blocks = (await ragnhild.get(`/api/v1/notes/${note.id}/export/imdinett`)).body.blocks;
    const plan = blocks.find((b: { key: string }) => b.key === 'planA');
    expect(plan.label).toBe('Plan A');
    expect(plan.text).toMatch(/^1\. .+\(https:\/\/.+\) – fra måned 0, 12 måneder\n2\. Fagbrev som elektriker – fra måned 12, 36 måneder$/);
    expect(blocks.find((b: { key: string }) => b.key === 'recommendation').text).toContain('Kombinasjon av arbeid og utdanning');
    expect((await dina.get(`/api/v1/notes/${note.id}/export/imdinett`)).status).toBe(404);
    expect(await audit('note.exported', note.id)).toHaveLength(2);
  });

  it("gives the participant's version as the centre's policy and the participant's request say", async () => {
    const { note, orderId } = await sentNote();
    const [kv] = await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Karriere Vestland'));
    // The demo policy is "on-request": nobody has asked yet, so the municipality gets no copy; the centre sees its own text.
    const refused = await ragnhild.get(`/api/v1/notes/${note.id}/participant-version`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('note.no-participant-copy');
    expect((await vilde.get(`/api/v1/notes/${note.id}/participant-version`)).status).toBe(200);
    expect(note.participantCopy).toEqual({ requested: false, requestedBy: null, requestedAt: null, available: false });

    // The adviser records the request: who and when, audited, the note's version moves on.
    const asked = await ragnhild.put(`/api/v1/notes/${note.id}/participant-copy-request`, { version: note.version, requested: true });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.participantCopy).toMatchObject({ requested: true, requestedBy: { id: await userId(sides.bergen.adviser) }, available: true });
    expect(asked.body.version).toBe(note.version + 1);
    expect((await audit('note.participant-copy-requested', note.id)).map((e) => e.data)).toEqual([expect.objectContaining({ requested: true })]);
    // A stale version changes nothing.
    expect((await vilde.put(`/api/v1/notes/${note.id}/participant-copy-request`, { version: note.version, requested: false })).status).toBe(409);
    const copy = await ragnhild.get(`/api/v1/notes/${note.id}/participant-version`);
    expect(copy.status).toBe(200);
    expect(copy.body).toMatchObject({ language: 'ar', text: 'Du lærer norsk først.', recommendationKind: 'combination' });
    // The order says so too, without opening the note.
    expect((await ragnhild.get(`/api/v1/orders/${orderId}`)).body.note).toMatchObject({ id: note.id, status: 'sent' });

    // Roles: the centre lead, the statistics reader and another municipality may not record it.
    expect((await liv.put(`/api/v1/notes/${note.id}/participant-copy-request`, { version: asked.body.version, requested: false })).status).toBe(403);
    expect((await dina.put(`/api/v1/notes/${note.id}/participant-copy-request`, { version: asked.body.version, requested: false })).status).toBe(404);
    expect((await stats.put(`/api/v1/notes/${note.id}/participant-copy-request`, { version: asked.body.version, requested: false })).status).toBe(404);

    // Policy "none" withholds the copy even when asked; "always" gives it even when not.
    const before = (await liv.get('/api/v1/note-settings')).body;
    expect((await ragnhild.put('/api/v1/note-settings', { version: before.version, participantCopy: 'none' })).status).toBe(403);
    expect((await lars.put('/api/v1/note-settings', { version: 0, participantCopy: 'none' })).status).toBe(400);
    const none = await liv.put('/api/v1/note-settings', { version: before.version, participantCopy: 'none' });
    expect(none.status, JSON.stringify(none.body)).toBe(200);
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/participant-version`)).status).toBe(403);
    expect((await vilde.get(`/api/v1/notes/${note.id}/participant-version`)).status).toBe(200);
    // The counsellor withdraws the request; under "always" the copy is still given.
    const withdrawn = await vilde.put(`/api/v1/notes/${note.id}/participant-copy-request`, { version: asked.body.version, requested: false });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.participantCopy).toMatchObject({ requested: false, requestedBy: { id: await userId('veileder@vestland.demo') }, available: false });
    await db().update(noteSettings).set({ participantCopy: 'always' }).where(eq(noteSettings.organisationId, kv!.id));
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/participant-version`)).status).toBe(200);
    await db().update(noteSettings).set({ participantCopy: 'on-request' }).where(eq(noteSettings.organisationId, kv!.id));
    expect((await ragnhild.get(`/api/v1/notes/${note.id}/participant-version`)).status).toBe(403);
  });

  it("lists the reviewer's queue: the named reviewer's own, the lead's whole centre, never the municipality", async () => {
    const chain = await acceptedOrder();
    let note = (await vilde.post(`/api/v1/orders/${chain.orderId}/note`)).body;
    note = (await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: filled() })).body;
    const countFor = async (c: ApiClient) => (await c.get('/api/v1/start')).body.counts.notesToReview as number | undefined;
    const viktorBefore = await countFor(viktor);
    const livBefore = await countFor(liv);
    // A draft is in nobody's queue.
    expect((await viktor.get('/api/v1/notes?reviewing=me')).body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
    note = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: await userId('veileder2@vestland.demo') })).body;

    const queue = await viktor.get('/api/v1/notes?reviewing=me');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: { noteId: string }) => i.noteId === note.id);
    expect(item).toMatchObject({
      orderId: chain.orderId, status: 'in-review', participant: { id: chain.participantId },
      author: { id: await userId('veileder@vestland.demo'), name: expect.any(String) }, reviewer: { id: await userId('veileder2@vestland.demo') },
      reviewRequestedAt: expect.any(String),
    });
    expect(queue.body.items.every((i: { status: string; reviewer: { id: string } }) => i.status === 'in-review')).toBe(true);
    // The author is not the reviewer; the lead sees every note in review at the centre; another centre nothing of it.
    expect((await vilde.get('/api/v1/notes?reviewing=me')).body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
    expect((await liv.get('/api/v1/notes?reviewing=me')).body.items.map((i: { noteId: string }) => i.noteId)).toContain(note.id);
    expect((await berit.get('/api/v1/notes?reviewing=me')).body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
    expect(await countFor(viktor)).toBe(viktorBefore! + 1);
    expect(await countFor(liv)).toBe(livBefore! + 1);
    expect((await ragnhild.get('/api/v1/start')).body.counts).not.toHaveProperty('notesToReview');
    // The municipality has no reviewer's queue; the statistics reader no notes at all.
    expect((await ragnhild.get('/api/v1/notes?reviewing=me')).status).toBe(403);
    expect((await stats.get('/api/v1/notes?reviewing=me')).status).toBe(403);
    expect((await viktor.get('/api/v1/notes?reviewing=you')).status).toBe(400);

    // Once approved it leaves the queue.
    await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' });
    expect((await viktor.get('/api/v1/notes?reviewing=me')).body.items.map((i: { noteId: string }) => i.noteId)).not.toContain(note.id);
    expect(await countFor(viktor)).toBe(viktorBefore);
  });

  it('shows the note on the order without recording a read, and never a draft to the municipality', async () => {
    const chain = await acceptedOrder();
    const orderNote = async (c: ApiClient) => (await c.get(`/api/v1/orders/${chain.orderId}`)).body.note;
    expect(await orderNote(vilde)).toBeNull();
    let note = (await vilde.post(`/api/v1/orders/${chain.orderId}/note`)).body;
    expect(await orderNote(vilde)).toEqual({ id: note.id, status: 'draft', lastSentAt: null, sentNumber: null, readByMunicipality: false });
    // The municipality does not learn of the draft: not on the order, not in the participant's order list.
    expect(await orderNote(ragnhild)).toBeNull();
    const list = (await ragnhild.get(`/api/v1/participants/${chain.participantId}/orders`)).body.items;
    expect(list.find((o: { id: string }) => o.id === chain.orderId).note).toBeNull();
    note = (await vilde.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: filled() })).body;
    note = (await vilde.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: await userId('veileder2@vestland.demo') })).body;
    expect(await orderNote(ragnhild)).toBeNull();
    note = (await viktor.post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' })).body;
    note = (await vilde.post(`/api/v1/notes/${note.id}/send`, { version: note.version })).body;

    // Sent, not read: the summary says so, and reading the order is not a read of the note.
    expect(await orderNote(ragnhild)).toMatchObject({ id: note.id, status: 'sent', sentNumber: 1, lastSentAt: expect.any(String), readByMunicipality: false });
    expect(await orderNote(ragnhild)).toMatchObject({ readByMunicipality: false });
    expect(await audit('note.read-receipt', note.id)).toEqual([]);
    // Opening the note is the read; the centre sees it too.
    expect((await ragnhild.get(`/api/v1/orders/${chain.orderId}/note`)).status).toBe(200);
    expect(await orderNote(vilde)).toMatchObject({ readByMunicipality: true });
    expect(await orderNote(ragnhild)).toMatchObject({ readByMunicipality: true });
    // A correction is a new snapshot: unread again.
    await vilde.post(`/api/v1/notes/${note.id}/corrections`, { version: note.version, reason: 'Rettet plan B.', content: filled() });
    expect(await orderNote(vilde)).toMatchObject({ sentNumber: 2, readByMunicipality: false });
    // Another organisation sees neither order nor note.
    expect((await dina.get(`/api/v1/orders/${chain.orderId}`)).status).toBe(404);
  });

  it('keeps the wording library per centre, curated by the lead', async () => {
    const list = await vilde.get('/api/v1/wordings');
    expect(list.body.items.length).toBeGreaterThanOrEqual(8);
    expect(list.body.items.some((w: { lawReference: string }) => w.lawReference.includes('§ 11'))).toBe(true);
    expect((await ragnhild.get('/api/v1/wordings')).status).toBe(403);
    expect((await berit.get('/api/v1/wordings')).body.items).toEqual([]);
    const input = { kind: 'wording', title: 'Ny formulering', body: 'Tekst', lawReference: 'integreringsloven § 11' };
    expect((await vilde.post('/api/v1/wordings', input)).status).toBe(403);
    const made = await liv.post('/api/v1/wordings', input);
    expect(made.status).toBe(201);
    expect((await berit.patch(`/api/v1/wordings/${made.body.id}`, { version: 1, archived: true })).status).toBe(404);
    const archived = await liv.patch(`/api/v1/wordings/${made.body.id}`, { version: 1, archived: true });
    expect(archived.body).toMatchObject({ archived: true, version: 2 });
    expect((await liv.patch(`/api/v1/wordings/${made.body.id}`, { version: 1, title: 'Gammel' })).status).toBe(409);
    expect((await vilde.get('/api/v1/wordings')).body.items.map((w: { id: string }) => w.id)).not.toContain(made.body.id);
    expect((await vilde.get('/api/v1/wordings?archived=true')).body.items.map((w: { id: string }) => w.id)).toContain(made.body.id);
  });

  it('shows the demo loop: a read note with feedback, a draft and a note in review', async () => {
    const all = (await liv.get('/api/v1/notes')).body.items as { status: string; readAt: string | null }[];
    expect(all.map((n) => n.status)).toEqual(expect.arrayContaining(['draft', 'in-review', 'sent']));
    expect(all.some((n) => n.status === 'sent' && n.readAt)).toBe(true);
    const counts = (await vilde.get('/api/v1/start')).body.counts;
    expect(counts.notesDraft).toBeGreaterThanOrEqual(1);
    expect(counts.notesInReview).toBeGreaterThanOrEqual(1);
    expect((await ragnhild.get('/api/v1/start')).body.counts).toHaveProperty('planTasksOpen');
  });
});

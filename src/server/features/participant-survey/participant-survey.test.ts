/**
 * The participants' anonymous survey over HTTP, on both databases: who may answer (a working page link after
 * guidance was held), once per link, bad input refused with nothing stored, paper forms, the centre's suppressed
 * results, and the proof that no stored answer can be joined to a participant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { osloAt, participantWithOrder, sides, type Side } from '../../test/fixtures.ts';
import { auditEvents, organisations, participantPageLinks, participants, surveyAnswers, surveyLinkUses } from '../../db/schema.ts';
import { hashToken } from '../../auth/tokens.ts';
import { previousPeriod, surveyPeriod } from '../../../domain/participant-survey.ts';

const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
// Every session at its own hour, weeks ago (the demo's sessions are a few days back): a counsellor is never double-booked.
let slot = 0;
const nextSlot = () => { const k = slot++; return osloAt(-20 - Math.floor(k / 10), `${String(7 + (k % 10)).padStart(2, '0')}:00`); };
const answer = { language: 'ar', useful: 5, interpreter: 4, nextStep: 3, comment: 'شكرًا' };

describe.each(databaseKinds)('participant survey on %s', (kind) => {
  let t: TestApp;
  const log: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind, { app: { logger: true, logStream: { write: (line: string) => { log.push(line); } } } });
  });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;
  const survey = (token: string) => t.client().get(`/api/v1/p/${token}/survey`);
  const send = (token: string, body: unknown) => t.client().post(`/api/v1/p/${token}/survey`, body);
  const centreId = async (name: string) => (await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))[0]!.id;
  const answersAt = async (centre: string) => (await db().select({ n: sql<number>`count(*)::int` }).from(surveyAnswers)
    .where(eq(surveyAnswers.careerCentreId, await centreId(centre))))[0]!.n;

  /** A participant with an accepted order, a session weeks ago (held or not) and a page link in `language`. */
  async function withLink(side: Side = 'bergen', held = true, language = 'ar') {
    const chain = await participantWithOrder(t, side, 'accepted');
    const counsellor = await t.as(sides[side].counsellor);
    const session = await counsellor.post(`/api/v1/orders/${chain.orderId}/sessions`, {
      kind: 'individual', mode: 'in-person', place: 'Senteret', startsAt: nextSlot(), durationMinutes: 60,
    });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
    if (held) {
      const outcome = await counsellor.post(`/api/v1/sessions/${session.body.id}/outcome`, { outcome: 'held', version: session.body.version });
      expect(outcome.status, JSON.stringify(outcome.body)).toBe(200);
    }
    const made = await counsellor.post(`/api/v1/participants/${chain.participantId}/page-links`, { language, background: 'primary' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return { ...chain, token: tokenOf(made.body.url), linkId: made.body.link.id as string };
  }

  it('opens after guidance is held, counts one answer per link however often it is sent, and 404s a link that does not work', async () => {
    const early = await withLink('bergen', false);
    expect((await survey(early.token)).body).toEqual({ status: 'not-yet' });
    const refused = await send(early.token, answer);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('survey.not-open');

    const before = await answersAt('Karriere Vestland');
    const a = await withLink();
    const state = await survey(a.token);
    expect(state.status).toBe(200);
    expect(state.body).toEqual({ status: 'open' });
    expect(state.headers.get('cache-control')).toBe('no-store');
    expect(state.headers.get('referrer-policy')).toBe('no-referrer');

    // A double click: both requests at once. One is counted (201), the other answered 200, one row stored.
    const [first, second] = await Promise.all([send(a.token, answer), send(a.token, answer)]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body).toEqual({ status: 'answered' });
    expect((await send(a.token, { ...answer, useful: 1 })).status).toBe(200);
    expect(await answersAt('Karriere Vestland')).toBe(before + 1);
    expect((await survey(a.token)).body).toEqual({ status: 'answered' });

    // A revoked or unknown link: the same 404 as the page itself, nothing stored.
    const b = await withLink();
    const adviser = await t.as(sides.bergen.adviser);
    const [link] = await db().select().from(participantPageLinks).where(eq(participantPageLinks.id, b.linkId));
    expect((await adviser.post(`/api/v1/page-links/${b.linkId}/revoke`, { version: link!.version })).status).toBe(200);
    for (const token of [b.token, 'A'.repeat(43), 'short']) {
      expect((await survey(token)).status).toBe(404);
      expect((await send(token, answer)).status).toBe(404);
    }
    const c = await withLink();
    await db().update(participantPageLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(participantPageLinks.id, c.linkId));
    expect((await send(c.token, answer)).status).toBe(404);
    expect(await answersAt('Karriere Vestland')).toBe(before + 1);
  });

  it.each([
    ['useful 0', { ...answer, useful: 0 }, ['useful']],
    ['useful 6', { ...answer, useful: 6 }, ['useful']],
    ['nextStep 2.5', { ...answer, nextStep: 2.5 }, ['nextStep']],
    ['useful as text', { ...answer, useful: '5' }, ['useful']],
    ['interpreter missing (null means "no interpreter")', { language: 'ar', useful: 5, nextStep: 3 }, ['interpreter']],
    ['language not one of the eight', { ...answer, language: 'de' }, ['language']],
    ['comment over 1000 characters', { ...answer, comment: 'x'.repeat(1001) }, ['comment']],
    ['a participant id smuggled in', { ...answer, participantId: '6f1c2b9e-2f4a-4c1e-9a7e-3b0c4f5d6e70' }, ['participantId']],
    ['everything missing', {}, ['language', 'useful', 'interpreter', 'nextStep']],
  ])('refuses %s with the field named and stores nothing', async (_, body, fields) => {
    const a = await withLink();
    const before = await answersAt('Karriere Vestland');
    const res = await send(a.token, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([...fields].sort());
    expect(await answersAt('Karriere Vestland')).toBe(before);
    // The link may still answer: a refused body does not use it up.
    expect((await survey(a.token)).body).toEqual({ status: 'open' });
  });

  it('keeps 1000 characters and "no interpreter" as null', async () => {
    const a = await withLink();
    expect((await send(a.token, { ...answer, interpreter: null, comment: `  ${'y'.repeat(1000)}  ` })).status).toBe(201);
    const rows = await db().select().from(surveyAnswers).where(eq(surveyAnswers.comment, 'y'.repeat(1000)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interpreter: null, channel: 'web', language: 'ar', period: surveyPeriod() });
  });

  it('no stored survey answer can be joined to a participant, a link, a token or an address', async () => {
    const a = await withLink('bergen', true, 'ti');
    const clientLog = log.length;
    expect((await send(a.token, { ...answer, language: 'ti', comment: 'ቅንዕና' })).status).toBe(201);

    // The tables' shape: no foreign key but the centre, no column that could hold a person, a link or a time.
    const answersTable = getTableConfig(surveyAnswers);
    expect(answersTable.columns.map((c) => c.name).sort()).toEqual(
      ['career_centre_id', 'channel', 'comment', 'id', 'interpreter', 'language', 'next_step', 'period', 'useful'],
    );
    expect(answersTable.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name)).toEqual(['organisations']);
    const usesTable = getTableConfig(surveyLinkUses);
    expect(usesTable.columns.map((c) => c.name)).toEqual(['marker']);
    expect(usesTable.foreignKeys).toEqual([]);
    // The same in the database itself (not only in the Drizzle schema).
    const columns = await db().execute(sql`select table_name, column_name from information_schema.columns
      where table_name in ('survey_answers', 'survey_link_uses') order by table_name, column_name`);
    const names = (columns as unknown as { rows: { column_name: string }[] }).rows.map((r) => r.column_name);
    for (const name of names) expect(name).not.toMatch(/participant|link|token|ip|address|created|time|user/);

    // The values: nothing in any answer equals or contains an id, a token or its hash, of any participant or link.
    const secrets = [
      ...(await db().select({ id: participants.id }).from(participants)).map((p) => p.id),
      ...(await db().select({ id: participantPageLinks.id, hash: participantPageLinks.tokenHash }).from(participantPageLinks)).flatMap((l) => [l.id, l.hash]),
      a.token,
    ];
    const stored = JSON.stringify(await db().select().from(surveyAnswers));
    for (const s of secrets) expect(stored).not.toContain(s);
    expect(stored).not.toContain('127.0.0.1');
    // A join on any shared value finds nothing: the answer ids are no link's or participant's id.
    const joined = await db().execute(sql`select count(*)::int as n from survey_answers a
      join participant_page_links l on l.id = a.id or l.participant_id = a.id or l.token_hash = a.comment
      or l.token_hash = a.id::text`);
    expect((joined as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    const joinedParticipants = await db().execute(sql`select count(*)::int as n from survey_answers a join participants p on p.id = a.id`);
    expect((joinedParticipants as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    // The used-link marker is not the link's hash and holds no answer.
    const markers = (await db().select().from(surveyLinkUses)).map((m) => m.marker);
    expect(markers).toContain(hashToken(`survey:${hashToken(a.token)}`));
    for (const m of markers) expect(stored).not.toContain(m);

    // The audit trail has no event of the answer, and no event names the survey with a participant.
    const events = await db().select().from(auditEvents).where(sql`${auditEvents.type} like 'survey.%'`).orderBy(asc(auditEvents.id));
    for (const e of events) expect(e.participantId).toBeNull();
    // The log: the route with the token replaced, no body, no address.
    const lines = log.slice(clientLog).join('\n');
    expect(lines).toContain('/p/:token/survey');
    expect(lines).not.toContain(a.token);
    expect(lines).not.toContain('ቅንዕና');
    expect(lines).not.toContain('127.0.0.1');
  });

  it('paper forms: centre staff type them in for this quarter or the one before; nobody else may', async () => {
    const counsellor = await t.as(sides.bergen.counsellor);
    const before = await answersAt('Karriere Vestland');
    const paper = { language: 'so', period: surveyPeriod(), useful: 4, interpreter: null, nextStep: 4, comment: 'Waan ku faraxsanahay' };
    expect((await counsellor.post('/api/v1/survey/paper-answers', paper)).status).toBe(204);
    expect((await counsellor.post('/api/v1/survey/paper-answers', { ...paper, period: previousPeriod(surveyPeriod()) })).status).toBe(204);
    const old = await counsellor.post('/api/v1/survey/paper-answers', { ...paper, period: previousPeriod(previousPeriod(surveyPeriod())) });
    expect(old.status).toBe(400);
    expect(old.body.fields).toEqual([expect.objectContaining({ path: 'period' })]);
    expect((await counsellor.post('/api/v1/survey/paper-answers', { ...paper, period: '2026-Q5' })).status).toBe(400);
    expect((await counsellor.post('/api/v1/survey/paper-answers', { ...paper, useful: 7 })).status).toBe(400);
    const adviser = await t.as(sides.bergen.adviser);
    expect((await adviser.post('/api/v1/survey/paper-answers', paper)).status).toBe(403);
    expect(await answersAt('Karriere Vestland')).toBe(before + 2);
    const [row] = await db().select().from(surveyAnswers).where(eq(surveyAnswers.comment, 'Waan ku faraxsanahay')).limit(1);
    expect(row).toMatchObject({ channel: 'paper', language: 'so' });
    // The audit names who typed in, not what.
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.type, 'survey.paper-answer-entered')).orderBy(asc(auditEvents.id)).limit(1);
    expect(event!.data).toEqual({});
  });

  it('results: own centre only, suppressed under five even for the centre, by quarter and language', async () => {
    // A fresh centre's view: Karriere Buskerud (its demo answers removed) gets exactly three Arabic web answers, then two more.
    await db().delete(surveyAnswers).where(eq(surveyAnswers.careerCentreId, await centreId('Karriere Buskerud')));
    const drammen = [await withLink('drammen'), await withLink('drammen'), await withLink('drammen')];
    for (const l of drammen) expect((await send(l.token, { ...answer, useful: 4 })).status).toBe(201);
    const buskerud = await t.as(sides.drammen.counsellor);
    const current = surveyPeriod();
    const view = async () => (await buskerud.get('/api/v1/survey/results')).body.periods.find((p: { period: string }) => p.period === current);
    const small = await view();
    expect(small.answers).toBe('under-5');
    expect(small.questions.useful).toMatchObject({ answered: 'under-5', mean: null, positiveShare: null });
    expect(small.questions.useful.distribution.every((c: unknown) => c === 'hidden')).toBe(true);
    expect(small.comments).toEqual([]);
    // Arabic is hidden, and so is one more cell (a zero: statistics.ts suppressGroup), so the total tells nothing.
    expect(small.languages).toContainEqual({ language: 'ar', answers: 'hidden', questions: null });
    for (const l of small.languages) expect(l).toMatchObject({ answers: 'hidden', questions: null });

    for (const l of [await withLink('drammen'), await withLink('drammen')]) expect((await send(l.token, { ...answer, useful: 4 })).status).toBe(201);
    const five = await view();
    expect(five.answers).toBeGreaterThanOrEqual(5);
    expect(five.questions.useful.mean).not.toBeNull();
    expect(five.comments).toContain('شكرًا');
    expect(typeof five.responseRate === 'number' || five.responseRate === null).toBe(true);

    // Another centre's results: 404 for a centre, the statistics reader names the centre, others are refused.
    const vestlandId = await centreId('Karriere Vestland');
    expect((await buskerud.get(`/api/v1/survey/results?centreId=${vestlandId}`)).status).toBe(404);
    const stats = await t.as('statistikk@veivalg.demo');
    expect((await stats.get('/api/v1/survey/results')).status).toBe(400);
    const national = await stats.get(`/api/v1/survey/results?centreId=${vestlandId}`);
    expect(national.status).toBe(200);
    expect(national.body.centre.name).toBe('Karriere Vestland');
    expect((await (await t.as(sides.bergen.adviser)).get('/api/v1/survey/results')).status).toBe(403);
  });
});

/**
 * Finding 7 of the security review: lone surrogates ("\ud800") in the note's JSON content gave 500 and lost the
 * autosave; elsewhere they were silently stored as U+FFFD. Every JSON body is now checked once, before any route:
 * lone surrogates, U+0000 and bytes that are not UTF-8 get 400 naming the field, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import { newcomer, participantWithOrder, sides } from './test/fixtures.ts';
import type { ApiClient } from './test/client.ts';
import { auditEvents, guidanceNoteRevisions, guidanceNotes, participants } from './db/schema.ts';
import { emptyNoteContent } from '../domain/index.ts';

describe.each(databaseKinds)('invalid Unicode in request bodies on %s', (kind) => {
  let t: TestApp;
  let adviser: ApiClient; let counsellor: ApiClient;
  const db = () => t.database.db;
  const state = async () => [
    (await db().select({ n: count() }).from(participants))[0]!.n,
    (await db().select({ n: count() }).from(auditEvents))[0]!.n,
    await db().select().from(guidanceNotes),
    (await db().select({ n: count() }).from(guidanceNoteRevisions))[0]!.n,
  ];

  beforeAll(async () => {
    t = await startTestApp(kind);
    adviser = await t.as(sides.bergen.adviser);
    counsellor = await t.as(sides.bergen.counsellor);
  });
  afterAll(async () => { await t?.close(); });

  it.each([
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', 'abc\udc00def'],
    ['surrogates in the wrong order', '\udc00\ud800'],
    ['U+0000', 'Inn\u0000data'],
  ])('registering a participant with %s in the family name gets 400 on the field and writes nothing', async (_name, bad) => {
    const before = await state();
    adviser.lang = 'en';
    const res = await adviser.post('/api/v1/participants', newcomer(bad));
    adviser.lang = 'nb';
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'validation', fields: [{ path: 'familyName', message: expect.stringMatching(/invalid characters/) }] });
    expect(await state()).toEqual(before);
  });

  it('a good surrogate pair (an emoji, a rare CJK character) is stored unchanged', async () => {
    const res = await adviser.post('/api/v1/participants', newcomer('Ali 😀 𠀀'));
    expect(res.status).toBe(201);
    const [row] = await db().select({ familyName: participants.familyName }).from(participants).where(eq(participants.id, res.body.id));
    expect(row!.familyName).toBe('Ali 😀 𠀀');
  });

  it('bytes that are not UTF-8 get 400, never U+FFFD in the database', async () => {
    const before = await state();
    const json = Buffer.from(JSON.stringify(newcomer('XX')));
    const at = json.indexOf('XX');
    json[at] = 0xff; json[at + 1] = 0xfe;
    const res = await fetch(`${t.url}/api/v1/participants`, {
      method: 'POST', body: json,
      headers: {
        'content-type': 'application/json', 'x-csrf-token': adviser.cookies.get('csrf')!,
        cookie: [...adviser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'validation', fields: [{ path: '' }] });
    expect(await state()).toEqual(before);
  });

  it('the note autosave with a lone surrogate deep in its JSON content gets 400 naming the field; the draft is kept', async () => {
    const { orderId } = await participantWithOrder(t, 'bergen', 'accepted');
    const note = (await counsellor.post(`/api/v1/orders/${orderId}/note`)).body;
    const saved = await counsellor.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: { ...emptyNoteContent(), wishes: 'Før' } });
    expect(saved.status).toBe(200);
    const before = await state();
    const content = {
      ...emptyNoteContent(), wishes: 'Etter \ud83d',
      planA: [{ id: 'a1', offerId: null, text: 'Fagbrev\udfff', startMonth: 0, durationMonths: 12 }],
    };
    // Sent as written: a JSON escape, as a browser's JSON.stringify would send it.
    const body = JSON.stringify({ version: saved.body.version, content });
    expect(body).toContain('\\ud83d');
    const res = await counsellor.put(`/api/v1/notes/${note.id}/draft`, body);
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(['content.planA.0.text', 'content.wishes']);
    expect(await state()).toEqual(before);
    // The autosave is not lost: the same save without the broken character goes through.
    const again = await counsellor.put(`/api/v1/notes/${note.id}/draft`, { version: saved.body.version, content: { ...content, wishes: 'Etter', planA: [] } });
    expect(again.status).toBe(200);
    expect(again.body.content.wishes).toBe('Etter');
  });

  it('a lone surrogate in a JSON key or in the query string gets 400 too', async () => {
    const key = await adviser.post('/api/v1/participants', '{"\\ud800":1}');
    expect(key.status).toBe(400);
    expect(key.body.error).toBe('validation');
    const query = await adviser.get('/api/v1/participants?cursor=%ED%A0%80');
    expect(query.body).toMatchObject({ error: 'validation', fields: [{ path: 'cursor' }] });
    const nul = await adviser.get('/api/v1/participants?cursor=%00');
    expect(nul.body).toMatchObject({ error: 'validation', fields: [{ path: 'cursor' }] });
    const search = await adviser.post('/api/v1/participants/search', { q: 'Zai\ud800' });
    expect(search.status).toBe(400);
  });

  it('a sign-in with a lone surrogate in the password is a 400, not a failed sign-in', async () => {
    const c = t.client();
    const res = await c.post('/api/v1/auth/login', { email: 'radgiver@bergen.demo', password: 'veivalg-demo\ud800' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'password', message: expect.any(String) }]);
  });
});

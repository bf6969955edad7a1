import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { and, asc, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { newcomer, osloAt, participantWithOrder } from '../../test/fixtures.ts';
import {
  auditEvents, guidanceNoteRevisions, guidanceNotes, guidanceOrders, journeyPlans, noteSettings, participantPageLinks, users,
} from '../../db/schema.ts';
import { hashToken } from '../../auth/tokens.ts';
import { buildApp } from '../../app.ts';
import { smtpMailer } from '../../mail/mailer.ts';
import { httpSmsSender } from './sending.ts';
import { participantStrings } from '../../../content/participant-language/index.ts';
import { offerById } from '../../../content/index.ts';

const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
const UNKNOWN = 'A'.repeat(43);

describe.each(databaseKinds)('participant page on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;
  const page = (token: string, lang?: string) => t.client().get(`/api/v1/p/${token}${lang ? `?lang=${lang}` : ''}`);

  it('a link shows its own participant only, in every language; revocation and expiry refuse at once with the unknown-link answer', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const counsellor = await t.as('veileder@vestland.demo');
    const a = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Sidesen' });
    await adviser.patch(`/api/v1/participants/${a.participantId}`, {
      givenName: 'Amina Sara', version: (await adviser.get(`/api/v1/participants/${a.participantId}`)).body.version,
    });
    const b = (await adviser.post('/api/v1/participants', newcomer('Andresen', { givenName: 'Bente' }))).body;
    const session = await counsellor.post(`/api/v1/orders/${a.orderId}/sessions`, {
      kind: 'individual', mode: 'in-person', place: 'Fortunen 1, Bergen', startsAt: osloAt(12, '10:00'), durationMinutes: 60,
      interpreter: { language: 'ar', mode: 'on-site', status: 'booked' },
    });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
    expect((await counsellor.post(`/api/v1/participants/${a.participantId}/page-resources`, { kind: 'offer', offerId: 'norskprove', note: 'Meld deg på i mai' })).status).toBe(201);
    expect((await counsellor.post(`/api/v1/participants/${a.participantId}/page-resources`, { kind: 'link', url: 'https://www.hkdir.no/', title: 'HK-dir', note: '' })).status).toBe(201);

    const madeA = await counsellor.post(`/api/v1/participants/${a.participantId}/page-links`, { language: 'ar', background: 'primary' });
    expect(madeA.status, JSON.stringify(madeA.body)).toBe(201);
    expect(madeA.body.url).toMatch(/^http:\/\/veivalg\.test\/p\/[A-Za-z0-9_-]{43}$/);
    expect(madeA.headers.get('cache-control')).toBe('no-store');
    const madeB = await adviser.post(`/api/v1/participants/${b.id}/page-links`, { language: 'ti', background: 'no-schooling', expiresInDays: 30 });
    expect(madeB.status).toBe(201);
    const tokenA = tokenOf(madeA.body.url);
    const tokenB = tokenOf(madeB.body.url);

    const pa = await page(tokenA);
    expect(pa.status, JSON.stringify(pa.body)).toBe(200);
    expect(pa.headers.get('cache-control')).toBe('no-store');
    expect(pa.headers.get('referrer-policy')).toBe('no-referrer');
    expect(pa.body).toMatchObject({ givenName: 'Amina', language: 'ar', direction: 'rtl' });
    expect(pa.body.languages.map((l: { code: string }) => l.code)).toEqual(['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs']);
    expect(pa.body.sections.length).toBeGreaterThan(0);
    expect(pa.body.appointments).toEqual([expect.objectContaining({ kind: 'session', place: 'Fortunen 1, Bergen', interpreterLanguage: 'ar', centre: 'Karriere Vestland' })]);
    expect(pa.body.resources.map((r: { url: string }) => r.url)).toEqual(['/kart/tilbud/norskprove', 'https://www.hkdir.no/']);
    // Offer titles in the reader's language: the participant-language titles for Arabic (and Ukrainian).
    expect(pa.body.resources[0].title).toBe(participantStrings.ar.offers.norskprove);
    expect(pa.body.resources[0].title).toMatch(/\p{Script=Arabic}/u);
    expect(JSON.stringify(pa.body)).not.toContain('Sidesen');
    expect(JSON.stringify(pa.body)).not.toContain(a.participantId);

    const pb = await page(tokenB);
    expect(pb.status).toBe(200);
    expect(pb.body).toMatchObject({ givenName: 'Bente', language: 'ti', direction: 'ltr', appointments: [], resources: [], note: null, journey: [] });
    const textB = JSON.stringify(pb.body);
    for (const leak of ['Amina', 'Fortunen', 'hkdir', 'norskprove', 'Sidesen']) expect(textB).not.toContain(leak);
    // The reader picks a language; an unknown one falls back to the link's.
    expect((await page(tokenB, 'prs')).body).toMatchObject({ language: 'prs', direction: 'rtl' });
    expect((await page(tokenB, 'nb')).body.language).toBe('nb');
    expect((await page(tokenB, 'xx')).body.language).toBe('ti');

    // Only the hash is stored; no token in the list or the audit trail.
    const [row] = await db().select().from(participantPageLinks).where(eq(participantPageLinks.id, madeA.body.link.id));
    expect(row!.tokenHash).toBe(hashToken(tokenA));
    expect(JSON.stringify(row)).not.toContain(tokenA);
    const list = await adviser.get(`/api/v1/participants/${a.participantId}/page-links`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(tokenA);
    expect(list.body.items[0]).toMatchObject({ id: madeA.body.link.id, status: 'active', createdBy: expect.any(String) });
    expect(list.body.items[0].lastUsedAt).not.toBeNull();
    const viewed = await db().select().from(auditEvents).where(and(eq(auditEvents.type, 'participant-page.viewed'), eq(auditEvents.participantId, a.participantId))).orderBy(asc(auditEvents.id));
    expect(viewed).toHaveLength(1);
    expect(viewed[0]!.data).toEqual({ participantId: a.participantId, linkId: madeA.body.link.id, language: 'ar' });
    expect(viewed[0]!.actorUserId).toBeNull();
    const all = JSON.stringify(await db().select().from(auditEvents));
    expect(all).not.toContain(tokenA);
    expect(all).not.toContain(tokenB);

    // Unknown, malformed, revoked and expired links get one and the same answer.
    const unknown = await page(UNKNOWN);
    expect(unknown.status).toBe(404);
    expect((await page('kort')).body).toEqual(unknown.body);
    const revoked = await adviser.post(`/api/v1/page-links/${madeA.body.link.id}/revoke`, { version: madeA.body.link.version });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    const afterRevoke = await page(tokenA);
    expect(afterRevoke.status).toBe(404);
    expect(afterRevoke.body).toEqual(unknown.body);
    expect(afterRevoke.headers.get('cache-control')).toBe('no-store');
    expect((await adviser.post(`/api/v1/page-links/${madeA.body.link.id}/revoke`, { version: revoked.body.version })).status).toBe(409);
    await db().update(participantPageLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(participantPageLinks.id, madeB.body.link.id));
    const expired = await page(tokenB);
    expect(expired.status).toBe(404);
    expect(expired.body).toEqual(unknown.body);
    expect((await adviser.get(`/api/v1/participants/${b.id}/page-links`)).body.items[0].status).toBe('expired');
    const types = (await db().select({ type: auditEvents.type }).from(auditEvents)
      .where(eq(auditEvents.participantId, a.participantId)).orderBy(asc(auditEvents.id))).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['participant-page.link-created', 'participant-page.link-revoked', 'participant-page.links-listed', 'participant-page.resource-added']));
  });

  it('only staff who see the participant make, list and revoke links; others get 404 and nothing changes', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Scopesen' });
    const made = await adviser.post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'nb', background: 'higher' });
    expect(made.status).toBe(201);
    const count = async () => (await db().select().from(participantPageLinks).where(eq(participantPageLinks.participantId, p.participantId))).length;
    for (const email of ['radgiver@drammen.demo', 'veileder@buskerud.demo']) {
      const other = await t.as(email);
      expect((await other.post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'nb', background: 'higher' })).status).toBe(404);
      expect((await other.get(`/api/v1/participants/${p.participantId}/page-links`)).status).toBe(404);
      expect((await other.post(`/api/v1/page-links/${made.body.link.id}/revoke`, { version: 1 })).status).toBe(404);
      expect((await other.post(`/api/v1/participants/${p.participantId}/page-resources`, { kind: 'offer', offerId: 'norskprove' })).status).toBe(404);
    }
    expect(await count()).toBe(1);
    expect((await page(tokenOf(made.body.url))).status).toBe(200);
    // The centre the order went to may share the page too.
    expect((await (await t.as('veileder@vestland.demo')).post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'so', background: 'higher' })).status).toBe(201);
    // No background in the brief and none chosen: the link cannot be made.
    const missing = await adviser.post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'nb' });
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { path: string }) => f.path)).toEqual(['background']);
    expect((await adviser.post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'nb', background: 'higher', expiresInDays: 400 })).status).toBe(400);
    expect(await count()).toBe(2);
  });

  it('takes the background from the handover brief, and shows the note and journey only where policy allows', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = await participantWithOrder(t, 'bergen', 'accepted', { familyName: 'Notatsen' });
    const brief = await adviser.get(`/api/v1/participants/${p.participantId}/brief`);
    const version = brief.body.items.find((i: { key: string }) => i.key === 'schooling')?.version;
    const schooling = await adviser.patch(`/api/v1/participants/${p.participantId}/brief`, {
      items: [{ key: 'schooling', value: { years: 0, completedLevels: ['none'] }, source: 'adviser', ...(version ? { version } : {}) }],
    });
    expect(schooling.status, JSON.stringify(schooling.body)).toBe(200);
    // The brief gives the background: none needs choosing.
    const link = await adviser.post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'en' });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    expect((await adviser.get(`/api/v1/participants/${p.participantId}/page-links`)).body.backgroundFromBrief).toBe('no-schooling');
    const token = tokenOf(link.body.url);

    // A sent note with its participant version, as the notes feature stores it.
    const [order] = await db().select().from(guidanceOrders).where(eq(guidanceOrders.id, p.orderId));
    const [counsellor] = await db().select().from(users).where(eq(users.email, 'veileder@vestland.demo'));
    const content = { participantVersion: { language: 'en', text: 'You want to become a nurse. First: Norwegian B1.' }, planA: [] };
    const [note] = await db().insert(guidanceNotes).values({
      orderId: p.orderId, participantId: p.participantId, municipalityId: order!.municipalityId, careerCentreId: order!.careerCentreId,
      authorId: counsellor!.id, status: 'sent', content, firstSentAt: new Date(), lastSentAt: new Date(), sentNumber: 1,
      participantCopyRequested: true,
    }).returning();
    await db().insert(guidanceNoteRevisions).values({ noteId: note!.id, kind: 'sent', number: 1, sentNumber: 1, content, createdBy: counsellor!.id });
    await db().insert(journeyPlans).values({
      participantId: p.participantId, municipalityId: order!.municipalityId, plan: 'A', goal: 'Sykepleier', startDate: '2026-01-01',
      steps: [{ id: 's1', offerId: 'norskprove', text: null, startMonth: 0, durationMonths: 6 }, { id: 's2', offerId: null, text: 'Søke jobb', startMonth: 6, durationMonths: null }],
    });

    // Journey steps from the map: the participant-language title in Ukrainian and Arabic, the map's title otherwise.
    const stepTitle = async (lang: string) => (await page(token, lang)).body.journey[0].steps[0].title;
    expect(await stepTitle('uk')).toBe(participantStrings.uk.offers.norskprove);
    expect(await stepTitle('ar')).toBe(participantStrings.ar.offers.norskprove);
    expect(await stepTitle('nb')).toBe(offerById('norskprove')!.title.nb);
    expect(await stepTitle('so')).toBe(offerById('norskprove')!.title.en);
    const shown = (await page(token)).body;
    expect(shown.note).toEqual({ language: 'en', text: 'You want to become a nurse. First: Norwegian B1.' });
    expect(shown.journey).toEqual([{ plan: 'A', goal: 'Sykepleier', steps: [
      { title: expect.any(String), titleLang: expect.any(String), startMonth: 0, durationMonths: 6 },
      // A step the adviser typed is bokmål, and says so (the page marks it lang="nb"; issue 16).
      { title: 'Søke jobb', titleLang: 'nb', startMonth: 6, durationMonths: null },
    ] }]);
    // Whom to ask: the adviser who sent the order, with the work e-mail (issue 16, item 6).
    expect(shown.contact).toMatchObject({ kind: 'adviser', name: 'Ragnhild Rådgiver', email: 'radgiver@bergen.demo' });
    await db().insert(noteSettings).values({ organisationId: order!.careerCentreId, participantCopy: 'none' })
      .onConflictDoUpdate({ target: noteSettings.organisationId, set: { participantCopy: 'none' } });
    expect((await page(token)).body.note).toBeNull();
    await db().update(noteSettings).set({ participantCopy: 'always' }).where(eq(noteSettings.organisationId, order!.careerCentreId));
    expect((await page(token)).body.note).not.toBeNull();
    // "On request" (participantCopyAvailable): shown only while the participant's request is recorded on the note.
    await db().update(noteSettings).set({ participantCopy: 'on-request' }).where(eq(noteSettings.organisationId, order!.careerCentreId));
    expect((await page(token)).body.note).not.toBeNull();
    await db().update(guidanceNotes).set({ participantCopyRequested: false }).where(eq(guidanceNotes.id, note!.id));
    expect((await page(token)).body.note).toBeNull();
  });

  it('resources: map offers and https links only; removal with version', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const p = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Ressursen' });
    const path = `/api/v1/participants/${p.participantId}/page-resources`;
    const bad: [unknown, string][] = [
      [{ kind: 'link', url: 'http://example.no/', title: 'Usikker' }, 'url'],
      [{ kind: 'link', url: 'javascript:alert(1)', title: 'X' }, 'url'],
      [{ kind: 'link', url: 'https://example.no/' }, 'title'],
      [{ kind: 'offer', offerId: 'finnes-ikke' }, 'offerId'],
      [{ kind: 'offer' }, 'offerId'],
      [{ kind: 'video', url: 'https://example.no/' }, 'kind'],
    ];
    for (const [body, field] of bad) {
      const res = await counsellor.post(path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
    expect((await counsellor.get(path)).body.items).toEqual([]);
    const added = await counsellor.post(path, { kind: 'offer', offerId: 'norskprove', note: 'Neste prøve' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ kind: 'offer', offerId: 'norskprove', note: 'Neste prøve', title: expect.any(String) });
    expect((await counsellor.post(`/api/v1/page-resources/${added.body.id}/remove`, { version: added.body.version + 1 })).status).toBe(409);
    expect((await counsellor.get(path)).body.items).toHaveLength(1);
    expect((await counsellor.post(`/api/v1/page-resources/${added.body.id}/remove`, { version: added.body.version })).status).toBe(204);
    expect((await counsellor.get(path)).body.items).toEqual([]);
    expect((await counsellor.post(`/api/v1/page-resources/${added.body.id}/remove`, { version: added.body.version + 1 })).status).toBe(409);
  });

  it('a centre lead replaces or reviews a section; the page of a participant of that centre shows it', async () => {
    const lead = await t.as('leder@vestland.demo');
    const counsellor = await t.as('veileder@vestland.demo');
    const p = await participantWithOrder(t, 'bergen', 'sent', { familyName: 'Oversettersen' });
    const link = (await counsellor.post(`/api/v1/participants/${p.participantId}/page-links`, { language: 'ar', background: 'primary' })).body;
    const before = (await page(tokenOf(link.url))).body;
    const section = before.sections[0];
    const list = await counsellor.get('/api/v1/info-translations?language=ar');
    expect(list.status).toBe(200);
    const original = list.body.sections.find((s: { id: string }) => s.id === section.id);
    expect(original.override).toBeNull();
    const body = { language: 'ar', sectionId: section.id, heading: 'عنوان مراجع', paragraphs: original.original.paragraphs.map((x: string) => `${x} ✓`), status: 'reviewed', reviewedBy: 'Translatør Hansen', reviewedOn: '2026-01-15', version: null };
    expect((await counsellor.post('/api/v1/info-translations', body)).status).toBe(403);
    expect((await lead.post('/api/v1/info-translations', { ...body, paragraphs: ['bare ett'] })).status).toBe(original.original.paragraphs.length === 1 ? 200 : 400);
    const current = (await lead.get('/api/v1/info-translations?language=ar')).body.sections.find((s: { id: string }) => s.id === section.id).override;
    const saved = await lead.post('/api/v1/info-translations', { ...body, version: current?.version ?? null });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await lead.post('/api/v1/info-translations', { ...body, version: null })).status).toBe(409);
    expect((await lead.post('/api/v1/info-translations', { ...body, reviewedBy: ' ', version: saved.body.sections.find((s: { id: string }) => s.id === section.id).override.version })).status).toBe(400);
    expect((await lead.post('/api/v1/info-translations', { ...body, sectionId: 'finnes-ikke' })).status).toBe(404);
    const after = (await page(tokenOf(link.url))).body.sections.find((s: { id: string }) => s.id === section.id);
    expect(after.heading).toBe('عنوان مراجع');
    expect(after.translation).toEqual({ status: 'reviewed', reviewedBy: 'Translatør Hansen', reviewedOn: '2026-01-15' });
    // Another centre's participants keep the shipped text.
    const drammen = await participantWithOrder(t, 'drammen', 'sent', { familyName: 'Andresenteret' });
    const other = (await (await t.as('radgiver@drammen.demo')).post(`/api/v1/participants/${drammen.participantId}/page-links`, { language: 'ar', background: 'primary' })).body;
    expect((await page(tokenOf(other.url))).body.sections.find((s: { id: string }) => s.id === section.id).heading).toBe(section.heading);
    expect((await (await t.as('radgiver@bergen.demo')).get('/api/v1/info-translations?language=ar')).status).toBe(403);
  });
});

describe('participant page: logs and sending (pglite)', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let smtpPort = 0;
  const inbox: string[] = [];
  let smsServer: Server;
  const smsReceived: unknown[] = [];
  const log: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url = '';

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (c: Buffer) => { raw += c.toString(); });
        stream.on('end', () => { inbox.push(raw); done(); });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    smsServer = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => { smsReceived.push(JSON.parse(body)); res.writeHead(202).end(); });
    });
    await new Promise<void>((resolve) => smsServer.listen(0, '127.0.0.1', () => resolve()));
    const smsUrl = `http://127.0.0.1:${(smsServer.address() as AddressInfo).port}/send`;
    // The shared test app for its database and demo data; a second app on it logs to memory and has both senders.
    t = await startTestApp('pglite');
    app = await buildApp({
      database: t.database, publicUrl: 'http://veivalg.test', webRoot: '/nonexistent', logger: true,
      logStream: { write: (line: string) => { log.push(line); } },
      mailer: smtpMailer(`smtp://127.0.0.1:${smtpPort}`), sms: httpSmsSender(smsUrl),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
    smtp?.close();
    smsServer?.close();
  });

  it('never writes the token to the request log', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Loggsen'))).body;
    const made = await adviser.post(`/api/v1/participants/${p.id}/page-links`, { language: 'uk', background: 'primary' });
    const token = tokenOf(made.body.url);
    expect((await fetch(`${url}/api/v1/p/${token}?lang=ar`)).status).toBe(200);
    await fetch(`${url}/p/${token}`);
    await fetch(`${url}/api/v1/p/${token}x`);
    expect(log.length).toBeGreaterThan(3);
    const text = log.join('\n');
    expect(text).toContain('/p/:token');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(0, 20));
  });

  it('sends the link by e-mail and SMS: the message holds only the link, and the address is not stored', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const staff = new (adviser.constructor as typeof import('../../test/client.ts').ApiClient)(url);
    await staff.login('radgiver@bergen.demo');
    const p = (await staff.post('/api/v1/participants', newcomer('Sendesen', { givenName: 'Hemmelignavn' }))).body;
    const list = await staff.get(`/api/v1/participants/${p.id}/page-links`);
    expect(list.body.sending).toEqual({ sms: true, email: true });
    const made = await staff.post(`/api/v1/participants/${p.id}/page-links`, { language: 'ar', background: 'primary' });
    const token = tokenOf(made.body.url);
    const linkId = made.body.link.id;

    expect((await staff.post(`/api/v1/page-links/${linkId}/send`, { channel: 'email', to: 'deltaker@example.no', token })).status).toBe(204);
    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(mail).toContain(made.body.url);
    for (const personal of ['Hemmelignavn', 'Sendesen', p.id]) expect(mail).not.toContain(personal);

    expect((await staff.post(`/api/v1/page-links/${linkId}/send`, { channel: 'sms', to: '+47 912 34 567', token })).status).toBe(204);
    expect(smsReceived).toEqual([{ to: '+4791234567', text: `Siden din om karriereveiledning / Your career guidance page: ${made.body.url}` }]);

    // The token must be the one just made; a bad number or a revoked link is refused, and nothing is sent.
    const wrong = await staff.post(`/api/v1/page-links/${linkId}/send`, { channel: 'sms', to: '91234567', token: UNKNOWN });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields.map((f: { path: string }) => f.path)).toEqual(['token']);
    const badPhone = await staff.post(`/api/v1/page-links/${linkId}/send`, { channel: 'sms', to: '12ab', token });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.fields.map((f: { path: string }) => f.path)).toEqual(['to']);
    expect((await staff.post(`/api/v1/page-links/${linkId}/send`, { channel: 'email', to: 'ikke-en-adresse', token })).status).toBe(400);
    // Bad input of every kind is refused with the field named, and nothing is sent.
    const badBodies: [unknown, string[]][] = [
      [{ channel: 'fax', to: '91234567', token }, ['channel']],
      [{ channel: 'sms', to: 91234567, token }, ['to']],
      [{ channel: 'sms', token }, ['to']],
      [{ channel: 'email', to: `${'x'.repeat(100 * 1024)}@example.no`, token }, ['to']],
      [{ channel: 'sms', to: '912\u000034567', token }, ['to']],
      [{ channel: 'sms', to: '91234567', token: 'x'.repeat(100 * 1024) }, ['token']],
      [{ channel: 'sms', to: '91234567', token, participantId: p.id }, ['participantId']],
    ];
    for (const [body, fields] of badBodies) {
      const res = await staff.post(`/api/v1/page-links/${linkId}/send`, body);
      expect(res.status, JSON.stringify(body).slice(0, 100)).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(fields);
    }
    expect((await staff.post(`/api/v1/page-links/${crypto.randomUUID()}/send`, { channel: 'sms', to: '91234567', token })).status).toBe(404);
    const drammen = new (adviser.constructor as typeof import('../../test/client.ts').ApiClient)(url);
    await drammen.login('radgiver@drammen.demo');
    expect((await drammen.post(`/api/v1/page-links/${linkId}/send`, { channel: 'sms', to: '91234567', token })).status).toBe(404);
    expect(smsReceived).toHaveLength(1);
    await staff.post(`/api/v1/page-links/${linkId}/revoke`, { version: made.body.link.version });
    expect((await staff.post(`/api/v1/page-links/${linkId}/send`, { channel: 'sms', to: '91234567', token })).status).toBe(409);
    expect(smsReceived).toHaveLength(1);
    expect(inbox).toHaveLength(1);

    const stored = JSON.stringify([
      await t.database.db.select().from(auditEvents).where(eq(auditEvents.participantId, p.id)).orderBy(asc(auditEvents.id)),
      await t.database.db.select().from(participantPageLinks).where(eq(participantPageLinks.participantId, p.id)),
    ]);
    expect(stored).toContain('participant-page.link-sent');
    for (const secret of ['deltaker@example.no', '91234567', '4791234567', token]) expect(stored).not.toContain(secret);
    expect(log.join('\n')).not.toContain('deltaker@example.no');
    expect(log.join('\n')).not.toContain('91234567');
  });
});

describe('participant page: rate limit per client IP (pglite)', () => {
  let t: TestApp;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let port = 0;

  // Real HTTP from two loopback addresses (127.0.0.1 and 127.0.0.2): Fastify's request.ip is the socket's address.
  const getFrom = (localAddress: string, path: string, lang = 'en') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: { error?: string; message?: string } }>((resolve, reject) => {
      httpGet({ host: '127.0.0.1', port, path, localAddress, headers: { 'accept-language': lang } }, (res) => {
        let raw = '';
        res.on('data', (c: Buffer) => { raw += c.toString(); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw ? JSON.parse(raw) : {} }));
      }).on('error', reject);
    });

  beforeAll(async () => {
    t = await startTestApp('pglite');
    // A second app on the same database with a limit of 3 a minute.
    app = await buildApp({ database: t.database, publicUrl: 'http://veivalg.test', webRoot: '/nonexistent', participantPageRateLimit: { limit: 3, windowMs: 60_000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('the 4th request in a minute from one IP gets 429 with Retry-After, and writes no audit row or last use; another IP is not affected', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Grensesen'))).body;
    const made = await adviser.post(`/api/v1/participants/${p.id}/page-links`, { language: 'nb', background: 'primary' });
    expect(made.status).toBe(201);
    const path = `/api/v1/p/${tokenOf(made.body.url)}`;
    const views = async () => (await t.database.db.select().from(auditEvents)
      .where(and(eq(auditEvents.type, 'participant-page.viewed'), eq(auditEvents.participantId, p.id))).orderBy(asc(auditEvents.id))).length;
    const lastUsed = async () => (await t.database.db.select().from(participantPageLinks).where(eq(participantPageLinks.id, made.body.link.id)))[0]!.lastUsedAt;

    for (let i = 0; i < 3; i++) expect((await getFrom('127.0.0.1', path)).status).toBe(200);
    expect(await views()).toBe(3);
    const usedAt = await lastUsed();
    expect(usedAt).not.toBeNull();

    const refused = await getFrom('127.0.0.1', path);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({ error: 'rate-limited', message: `Too many requests. Try again in ${retryAfter} seconds.` });
    const norwegian = await getFrom('127.0.0.1', path, 'nb');
    expect(norwegian.status).toBe(429);
    expect(norwegian.body.message).toMatch(/^For mange forespørsler/);
    // Unknown tokens count too (no guessing at speed), and still refused.
    expect((await getFrom('127.0.0.1', `/api/v1/p/${UNKNOWN}`)).status).toBe(429);
    expect(await views()).toBe(3);
    expect((await lastUsed())?.getTime()).toBe(usedAt!.getTime());

    // Another client IP has its own window.
    expect((await getFrom('127.0.0.2', path)).status).toBe(200);
    expect(await views()).toBe(4);
    // Only the public page is limited: the staff API on the same app still answers this client.
    expect((await getFrom('127.0.0.1', '/api/health')).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import type { ApiClient } from '../../test/client.ts';
import {
  auditEvents, cooperationDocumentParties, cooperationDocuments, cooperationDocumentVersions, notifications, organisations, outboxMessages, users,
} from '../../db/schema.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { documentLimits } from '../../../domain/cooperation-documents.ts';
import { dailyJobs, runDailyJobs } from '../../jobs/daily.ts';
import { remindDocumentReviews } from './document-reminders.ts';

const today = todayInOslo();
// A synthetic fødselsnummer (valid to the checker, not a real person; see domain/national-id.test.ts).
const FNR = '15039010043';

describe.each(databaseKinds)('shared agreements and routines on %s', (kind) => {
  let t: TestApp;
  let lead: ApiClient; let vilde: ApiClient; let viktor: ApiClient; let bergen: ApiClient; let voss: ApiClient; let drammen: ApiClient;
  let buskerudLead: ApiClient; let berit: ApiClient;
  const id = { org: {} as Record<string, string>, user: {} as Record<string, string> };
  const db = () => t.database.db;
  const events = async (type: string) => db().select().from(auditEvents).where(eq(auditEvents.type, type)).orderBy(asc(auditEvents.id));
  const rowCounts = async () => [
    (await db().select({ n: count() }).from(cooperationDocuments))[0]!.n,
    (await db().select({ n: count() }).from(cooperationDocumentVersions))[0]!.n,
    (await db().select({ n: count() }).from(cooperationDocumentParties))[0]!.n,
    (await db().select({ n: count() }).from(auditEvents))[0]!.n,
  ];
  const agreement = (extra: Record<string, unknown> = {}) => ({
    kind: 'cooperation-agreement', title: 'Samarbeidsavtale om karriereveiledning', ownerUserId: id.user['veileder@vestland.demo'],
    municipalityIds: [id.org['Bergen kommune'], id.org['Voss herad']], nextReviewOn: addDays(today, 365),
    body: '# Formål\n\nKarrieresenteret og kommunen samarbeider om karriereveiledning etter integreringsloven § 11.', ...extra,
  });
  let docId = '';

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const o of await db().select().from(organisations)) id.org[o.name] = o.id;
    // Karriere Buskerud has no lead in the demo: one is added to publish and use templates from the other side.
    const [berit0] = await db().select().from(users).where(eq(users.email, 'veileder@buskerud.demo'));
    await db().insert(users).values({ email: 'leder@buskerud.demo', name: 'Bjørg Leder', role: 'career-centre-lead', organisationId: berit0!.organisationId, passwordHash: berit0!.passwordHash });
    for (const u of await db().select().from(users)) id.user[u.email] = u.id;
    lead = await t.as('leder@vestland.demo'); vilde = await t.as('veileder@vestland.demo'); viktor = await t.as('veileder2@vestland.demo');
    bergen = await t.as('radgiver@bergen.demo'); voss = await t.as('radgiver@voss.demo'); drammen = await t.as('radgiver@drammen.demo');
    buskerudLead = await t.as('leder@buskerud.demo'); berit = await t.as('veileder@buskerud.demo');
  });
  afterAll(async () => { await t?.close(); });

  it('the centre lead writes an agreement with two municipalities as parties; they read it, nobody else does', async () => {
    const created = await lead.post('/api/v1/cooperation/documents', agreement());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    docId = created.body.id;
    expect(created.body).toMatchObject({
      kind: 'cooperation-agreement', owner: { name: 'Vilde Veileder' }, careerCentre: { name: 'Karriere Vestland' },
      parties: [{ name: 'Bergen kommune' }, { name: 'Voss herad' }], currentVersionNumber: 1, reviewStatus: 'ok', canEdit: true, canRemove: true,
      current: { number: 1, status: 'current', changeNote: '', effectiveFrom: today },
    });
    const [audit] = await events('cooperation-document.created');
    expect(audit!.data).toMatchObject({ documentId: docId, organisationId: id.org['Karriere Vestland'], templateSourceId: null });
    expect([...(audit!.data as { partyIds: string[] }).partyIds].sort()).toEqual([id.org['Bergen kommune'], id.org['Voss herad']].sort());
    // The trail holds ids, never the text.
    expect(JSON.stringify(audit!.data)).not.toContain('Formål');

    for (const party of [bergen, voss]) {
      expect((await party.get('/api/v1/cooperation/documents')).body.items.map((d: { id: string }) => d.id)).toEqual([docId]);
      const read = await party.get(`/api/v1/cooperation/documents/${docId}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ canEdit: false, canRemove: false, current: { body: expect.stringContaining('§ 11') } });
    }
    // Drammen is no party, Karriere Buskerud is another centre: the id answers 404 and the lists are empty.
    for (const outsider of [drammen, berit, buskerudLead]) {
      expect((await outsider.get(`/api/v1/cooperation/documents/${docId}`)).status).toBe(404);
      expect((await outsider.get(`/api/v1/cooperation/documents/${docId}/versions/1`)).status).toBe(404);
      expect((await outsider.get('/api/v1/cooperation/documents')).body.items).toEqual([]);
    }
    expect((await (await t.as('admin@veivalg.demo')).get(`/api/v1/cooperation/documents/${docId}`)).status).toBe(404);
  });

  it('a new version with a change note becomes current; the parties read it and the earlier one; a stale write is 409 and changes nothing', async () => {
    const before = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    const published = await lead.post(`/api/v1/cooperation/documents/${docId}/versions`, {
      body: '# Formål\n\nNy tekst: forberedende møte og oppfølgingsmøte etter hver samtale.', changeNote: 'La til møtene før og etter samtalen.', version: before.version,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body).toMatchObject({ currentVersionNumber: 2, version: before.version + 1, current: { number: 2, changeNote: 'La til møtene før og etter samtalen.' } });
    expect(published.body.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'current'], [1, 'earlier']]);
    expect((await events('cooperation-document.version-published')).map((e) => e.data)).toEqual([{ documentId: docId, organisationId: id.org['Karriere Vestland'], number: 2 }]);

    const current = await bergen.get(`/api/v1/cooperation/documents/${docId}`);
    expect(current.body.current.body).toContain('oppfølgingsmøte');
    const earlier = await bergen.get(`/api/v1/cooperation/documents/${docId}/versions/1`);
    expect(earlier.status).toBe(200);
    expect(earlier.body).toMatchObject({ number: 1, status: 'earlier', body: expect.stringContaining('§ 11') });
    expect((await bergen.get(`/api/v1/cooperation/documents/${docId}/versions/9`)).status).toBe(404);

    const counts = await rowCounts();
    const stale = await lead.post(`/api/v1/cooperation/documents/${docId}/versions`, { body: 'Utdatert', changeNote: 'Utdatert', version: before.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    const stalePatch = await lead.patch(`/api/v1/cooperation/documents/${docId}`, { title: 'Utdatert', version: before.version });
    expect(stalePatch.status).toBe(409);
    expect(await rowCounts()).toEqual(counts);
    expect((await bergen.get(`/api/v1/cooperation/documents/${docId}`)).body.title).toBe('Samarbeidsavtale om karriereveiledning');
  });

  it('a version published to apply later is upcoming until its day; the current one stays in force', async () => {
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    const later = await lead.post(`/api/v1/cooperation/documents/${docId}/versions`, {
      body: 'Gjelder fra nyttår.', changeNote: 'Ny avtaleperiode.', effectiveFrom: addDays(today, 20), version: doc.version,
    });
    expect(later.status, JSON.stringify(later.body)).toBe(201);
    expect(later.body.currentVersionNumber).toBe(2);
    expect(later.body.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[3, 'upcoming'], [2, 'current'], [1, 'earlier']]);
    expect((await voss.get(`/api/v1/cooperation/documents/${docId}/versions/3`)).body).toMatchObject({ status: 'upcoming', body: 'Gjelder fra nyttår.' });
  });

  it('the owner may publish and change the review date; another counsellor and the municipalities may not', async () => {
    const doc = (await vilde.get(`/api/v1/cooperation/documents/${docId}`)).body;
    expect(doc).toMatchObject({ canEdit: true, canRemove: false });
    const counts = await rowCounts();
    expect((await viktor.post(`/api/v1/cooperation/documents/${docId}/versions`, { body: 'x', changeNote: 'x', version: doc.version })).status).toBe(403);
    expect((await viktor.patch(`/api/v1/cooperation/documents/${docId}`, { title: 'x', version: doc.version })).status).toBe(403);
    expect((await bergen.post(`/api/v1/cooperation/documents/${docId}/versions`, { body: 'x', changeNote: 'x', version: doc.version })).status).toBe(403);
    expect((await bergen.post(`/api/v1/cooperation/documents/${docId}/remove`, { version: doc.version })).status).toBe(403);
    expect((await vilde.post(`/api/v1/cooperation/documents/${docId}/remove`, { version: doc.version })).status).toBe(403);
    expect((await viktor.post('/api/v1/cooperation/documents', agreement())).status).toBe(403);
    expect(await rowCounts()).toEqual(counts);
    const moved = await vilde.patch(`/api/v1/cooperation/documents/${docId}`, { nextReviewOn: addDays(today, 200), version: doc.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.nextReviewOn).toBe(addDays(today, 200));
    expect((await events('cooperation-document.updated')).at(-1)!.data).toMatchObject({ documentId: docId, changedFields: ['nextReviewOn'] });
  });

  it('the lead changes the parties: a municipality taken off no longer sees the document', async () => {
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    const res = await lead.patch(`/api/v1/cooperation/documents/${docId}`, { municipalityIds: [id.org['Bergen kommune']], version: doc.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.parties.map((p: { name: string }) => p.name)).toEqual(['Bergen kommune']);
    expect((await voss.get(`/api/v1/cooperation/documents/${docId}`)).status).toBe(404);
    expect((await events('cooperation-document.updated')).at(-1)!.data).toMatchObject({ changedFields: ['municipalityIds'] });
  });

  it('refuses bad input with a clear field message, in bokmål and English, and stores nothing', async () => {
    const counts = await rowCounts();
    const cases: [Record<string, unknown>, number, string[], RegExp?][] = [
      [agreement({ title: 'x'.repeat(documentLimits.title + 1) }), 400, ['title'], /høyst 200 tegn/],
      [agreement({ body: 'x'.repeat(documentLimits.body + 1) }), 400, ['body'], /høyst 20000 tegn/],
      [agreement({ changeNote: 'x'.repeat(documentLimits.changeNote + 1) }), 400, ['changeNote']],
      [agreement({ body: `Deltaker ${FNR} skal ha veiledning.` }), 400, ['body'], /fødselsnummer eller D-nummer/],
      [agreement({ title: 'Avtale for 150390 10043' }), 400, ['title'], /fødselsnummer/],
      [agreement({ title: '   ' }), 400, ['title']],
      [agreement({ municipalityIds: [] }), 400, ['municipalityIds'], /minst én kommune/],
      [agreement({ kind: 'contract' }), 400, ['kind']],
      [agreement({ nextReviewOn: '2026-02-30' }), 400, ['nextReviewOn']],
      [agreement({ nextReviewOn: addDays(today, -1) }), 400, ['nextReviewOn'], /før i dag/],
      [agreement({ ownerUserId: id.user['radgiver@bergen.demo'] }), 400, ['ownerUserId'], /eier/],
      [agreement({ ownerUserId: id.user['veileder@buskerud.demo'] }), 400, ['ownerUserId']],
      [agreement({ secret: true }), 400, ['secret']],
      // Another centre's municipality, or a template that is not published: 404, as ids from elsewhere are.
      [agreement({ municipalityIds: [id.org['Drammen kommune']] }), 404, []],
      [agreement({ fromTemplateId: docId }), 404, []],
    ];
    for (const [body, status, fields, message] of cases) {
      lead.lang = 'nb';
      const res = await lead.post('/api/v1/cooperation/documents', body);
      expect(res.status, JSON.stringify(body).slice(0, 200)).toBe(status);
      if (status === 400) {
        expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(fields);
        if (message) expect(res.body.fields[0].message).toMatch(message);
        lead.lang = 'en';
        const en = await lead.post('/api/v1/cooperation/documents', body);
        expect(en.body.fields[0].message).not.toMatch(/[æøå]/);
      }
    }
    lead.lang = 'nb';
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    const nationalId = await lead.post(`/api/v1/cooperation/documents/${docId}/versions`, { body: `Gjelder ${FNR}`, changeNote: 'Ny', version: doc.version });
    expect(nationalId.status).toBe(400);
    expect(nationalId.body.fields[0]).toMatchObject({ path: 'body', message: expect.stringMatching(/fødselsnummer/) });
    const noNote = await lead.post(`/api/v1/cooperation/documents/${docId}/versions`, { body: 'Ny tekst', changeNote: '', version: doc.version });
    expect(noNote.status).toBe(400);
    expect(noNote.body.fields.map((f: { path: string }) => f.path)).toEqual(['changeNote']);
    expect((await lead.get(`/api/v1/cooperation/documents/not-an-id`)).status).toBe(400);
    expect(await rowCounts()).toEqual(counts);
  });

  it('another centre starts from a published template; unpublished documents stay out of its reach', async () => {
    expect((await buskerudLead.get('/api/v1/cooperation/document-templates')).body.items).toEqual([]);
    expect((await buskerudLead.get(`/api/v1/cooperation/document-templates/${docId}`)).status).toBe(404);
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    const publish = await lead.patch(`/api/v1/cooperation/documents/${docId}`, { publishedAsTemplate: true, version: doc.version });
    expect(publish.status).toBe(200);

    const listed = (await buskerudLead.get('/api/v1/cooperation/document-templates')).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: docId, own: false, careerCentre: expect.objectContaining({ name: 'Karriere Vestland' }), currentVersionNumber: 2 })]);
    const template = await berit.get(`/api/v1/cooperation/document-templates/${docId}`);
    expect(template.status).toBe(200);
    expect(template.body.body).toContain('oppfølgingsmøte');
    // The template shows no parties and no owner; the document itself stays Vestland's.
    expect(JSON.stringify(template.body)).not.toMatch(/Bergen|Vilde/);
    expect((await buskerudLead.get(`/api/v1/cooperation/documents/${docId}`)).status).toBe(404);
    // Municipalities do not use templates.
    expect((await bergen.get('/api/v1/cooperation/document-templates')).status).toBe(403);

    const copy = await buskerudLead.post('/api/v1/cooperation/documents', {
      kind: template.body.kind, title: 'Samarbeidsavtale Buskerud', ownerUserId: id.user['veileder@buskerud.demo'],
      municipalityIds: [id.org['Drammen kommune']], body: template.body.body, changeNote: 'Startet fra Karriere Vestlands mal.', fromTemplateId: docId,
    });
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    expect(copy.body.templateSource).toEqual({ id: docId, name: 'Samarbeidsavtale om karriereveiledning (Karriere Vestland)' });
    expect((await drammen.get('/api/v1/cooperation/documents')).body.items.map((d: { id: string }) => d.id)).toEqual([copy.body.id]);
    expect((await bergen.get(`/api/v1/cooperation/documents/${copy.body.id}`)).status).toBe(404);
    expect((await lead.get(`/api/v1/cooperation/documents/${copy.body.id}`)).status).toBe(404);
  });

  it('the owner is reminded by the daily job 30 days before the review date: in the app and by an e-mail with only a link, once', async () => {
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    expect((await lead.patch(`/api/v1/cooperation/documents/${docId}`, { nextReviewOn: addDays(today, 31), version: doc.version })).status).toBe(200);
    const mail = { mailer: { async send() {} }, publicUrl: 'https://veivalg.example' };
    expect(await remindDocumentReviews(db(), today, mail)).toBe(0);
    expect(await remindDocumentReviews(db(), addDays(today, 1), mail)).toBe(1);
    expect(await remindDocumentReviews(db(), addDays(today, 2), mail)).toBe(0);

    const mine = (await vilde.get('/api/v1/notifications')).body.items.filter((n: { kind: string }) => n.kind === 'document-review-due');
    expect(mine).toEqual([expect.objectContaining({ documentId: docId, participantId: null, noteId: null, readAt: null })]);
    const [email] = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, 'veileder@vestland.demo'));
    expect(email!.body).toContain('https://veivalg.example/varsler');
    for (const secret of ['Samarbeidsavtale', 'oppfølgingsmøte', 'Bergen', docId]) expect(`${email!.subject} ${email!.body}`).not.toContain(secret);
    expect((await events('cooperation-document.review-reminded')).map((e) => e.data)).toEqual([
      { documentId: docId, organisationId: id.org['Karriere Vestland'], reviewOn: addDays(today, 31), userIds: [id.user['veileder@vestland.demo']] },
    ]);
    expect((await events('cooperation-document.review-reminded'))[0]!.actorUserId).toBeNull();
    // Others see nothing of it.
    expect((await bergen.get('/api/v1/notifications')).body.items.some((n: { kind: string }) => n.kind === 'document-review-due')).toBe(false);
  });

  it('a new review date gives a new reminder; when the owner has left, the leads get it; the registered daily job runs it', async () => {
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    expect((await lead.patch(`/api/v1/cooperation/documents/${docId}`, { nextReviewOn: addDays(today, 10), version: doc.version })).status).toBe(200);
    await db().update(users).set({ active: false }).where(eq(users.email, 'veileder@vestland.demo'));
    try {
      const day = addDays(today, 400); // a day no other test has run the jobs for
      const job = dailyJobs.find((j) => j.name === 'document-review-reminders');
      expect(job).toBeDefined();
      expect(await runDailyJobs(t.database, day, [job!], { publicUrl: 'https://veivalg.example', mailer: { async send() {} } })).toEqual(['document-review-reminders']);
      const leadNotices = await db().select().from(notifications).where(and(eq(notifications.userId, id.user['leder@vestland.demo']!), eq(notifications.kind, 'document-review-due')));
      expect(leadNotices.map((n) => n.documentId)).toEqual([docId]);
      expect((await events('cooperation-document.review-reminded')).at(-1)!.data).toMatchObject({ reviewOn: addDays(today, 10), userIds: [id.user['leder@vestland.demo']] });
    } finally {
      await db().update(users).set({ active: true }).where(eq(users.email, 'veileder@vestland.demo'));
    }
  });

  it('removing asks for the version, is soft, hides the document from the parties and is in the audit trail', async () => {
    const doc = (await lead.get(`/api/v1/cooperation/documents/${docId}`)).body;
    expect((await lead.post(`/api/v1/cooperation/documents/${docId}/remove`, { version: doc.version - 1 })).status).toBe(409);
    const removed = await lead.post(`/api/v1/cooperation/documents/${docId}/remove`, { version: doc.version });
    expect(removed.status).toBe(204);
    const [row] = await db().select().from(cooperationDocuments).where(eq(cooperationDocuments.id, docId));
    expect(row!.removedAt).not.toBeNull();
    expect(row!.removedBy).toBe(id.user['leder@vestland.demo']);
    expect((await db().select().from(cooperationDocumentVersions).where(eq(cooperationDocumentVersions.documentId, docId))).length).toBe(3);
    expect((await events('cooperation-document.removed')).map((e) => e.data)).toEqual([{ documentId: docId, organisationId: id.org['Karriere Vestland'] }]);
    expect((await bergen.get(`/api/v1/cooperation/documents/${docId}`)).status).toBe(404);
    expect((await bergen.get('/api/v1/cooperation/documents')).body.items).toEqual([]);
    // A removed template is withdrawn too, and no reminder is sent for it.
    expect((await berit.get(`/api/v1/cooperation/document-templates/${docId}`)).status).toBe(404);
    // (Buskerud's copy has no review date, so the removed document is the only candidate.)
    await db().update(cooperationDocuments).set({ reviewRemindedFor: null }).where(eq(cooperationDocuments.id, docId));
    expect(await remindDocumentReviews(db(), addDays(today, 600), { publicUrl: '' })).toBe(0);
  });
});

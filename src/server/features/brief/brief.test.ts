import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { answerRequiredBrief, participantWithOrder } from '../../test/fixtures.ts';
import { auditEvents, briefChecklistConfigs } from '../../db/schema.ts';

const item = (body: { items: { key: string }[] }, key: string) => body.items.find((i) => i.key === key) as any;

describe.each(databaseKinds)('handover brief on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  const specialReads = async (participantId: string) => (await t.database.db.select().from(auditEvents)
    .where(and(eq(auditEvents.participantId, participantId), eq(auditEvents.type, 'brief.special-category-viewed'))).orderBy(asc(auditEvents.id)));

  it('is filled by the adviser and read by the counsellor, each item with source, verifier and date', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'draft');
    const adviser = await t.as('radgiver@bergen.demo');
    const before = (await adviser.get(`/api/v1/participants/${participantId}/brief`)).body;
    // The order carried the language the adviser registered; everything else is still missing.
    expect(item(before, 'language')).toMatchObject({ state: 'answered', value: { preferred: 'ar', interpreter: 'ar' }, source: 'adviser', use: 'required' });
    expect(item(before, 'schooling')).toMatchObject({ state: 'missing', use: 'required', value: null, version: null });
    expect(before.careerCentre.name).toBe('Karriere Vestland');
    // The copy is recorded with the order's creation, in the same event.
    const created = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.orderId, orderId), eq(auditEvents.type, 'order.created'))).orderBy(asc(auditEvents.id));
    expect(created[0]!.data).toEqual({ participantId, orderId, briefItemKeys: ['language'] });

    const saved = await adviser.patch(`/api/v1/participants/${participantId}/brief`, {
      items: [
        { key: 'schooling', value: { years: 9, country: 'Syria', completedLevels: ['primary'] }, source: 'participant' },
        { key: 'dialect', unknown: true, source: 'settlement-team' },
        { key: 'work', unknown: true, source: 'adviser' },
        { key: 'language', value: { preferred: 'ar' }, source: 'adviser', version: item(before, 'language').version },
      ],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(item(saved.body, 'schooling')).toMatchObject({
      state: 'answered', source: 'participant', verifiedBy: { name: 'Ragnhild Rådgiver' }, stale: false, version: 1,
      value: { years: 9, country: 'Syria', completedLevels: ['primary'] },
    });
    expect(item(saved.body, 'dialect')).toMatchObject({ state: 'unknown', value: null, source: 'settlement-team' });
    expect(item(saved.body, 'language')).toMatchObject({ value: { preferred: 'ar' }, version: 2 });

    // The counsellor sees nothing before the order is sent, and everything (but health) after.
    const counsellor = await t.as('veileder@vestland.demo');
    expect((await counsellor.get(`/api/v1/participants/${participantId}/brief`)).status).toBe(404);
    const o = (await adviser.get(`/api/v1/orders/${orderId}`)).body;
    // Required by default: language, schooling, education, work (issue 16). Education is still missing.
    expect(o.brief).toEqual({ complete: false, answered: 3, required: 4, missing: ['education'], filled: 4, items: 12 });
    await adviser.patch(`/api/v1/participants/${participantId}/brief`, {
      items: [{ key: 'education', value: { description: 'Ingen høyere utdanning', recognitionSought: 'not-relevant' }, source: 'participant' }],
    });
    expect((await adviser.get(`/api/v1/orders/${orderId}`)).body.brief).toEqual({ complete: true, answered: 4, required: 4, missing: [], filled: 5, items: 12 });
    expect((await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'sent', version: o.version })).status).toBe(200);
    const read = await counsellor.get(`/api/v1/participants/${participantId}/brief`);
    expect(read.status).toBe(200);
    expect(item(read.body, 'schooling').value).toEqual({ years: 9, country: 'Syria', completedLevels: ['primary'] });
    // The centre reads; it does not write.
    expect((await counsellor.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'x' }, source: 'adviser' }] })).status).toBe(403);
  });

  it('refuses a stale item version, and a first answer that claims a version', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'draft');
    const adviser = await t.as('radgiver@bergen.demo');
    const first = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'Sykepleier' }, source: 'participant' }] });
    expect(item(first.body, 'wishes').version).toBe(1);
    const second = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'Lærer' }, source: 'participant', version: 1 }] });
    expect(second.status).toBe(200);
    const stale = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'Kokk' }, source: 'participant', version: 1 }] });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale_version');
    const missingVersion = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'Kokk' }, source: 'participant' }] });
    expect(missingVersion.status).toBe(409);
    const claimed = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'work', value: { occupation: 'Snekker' }, source: 'adviser', version: 3 }] });
    expect(claimed.status).toBe(409);
    // A refused batch stores none of its items.
    const mixed = await adviser.patch(`/api/v1/participants/${participantId}/brief`, {
      items: [{ key: 'work', value: { occupation: 'Snekker' }, source: 'adviser' }, { key: 'wishes', value: { wishes: 'Kokk' }, source: 'participant', version: 1 }],
    });
    expect(mixed.status).toBe(409);
    const now = (await adviser.get(`/api/v1/participants/${participantId}/brief`)).body;
    expect(item(now, 'wishes')).toMatchObject({ value: { wishes: 'Lærer' }, version: 2 });
    expect(item(now, 'work').state).toBe('missing');
  });

  it("is enforced when sending: the centre's required items must be answered or explicitly unknown", async () => {
    const lead = await t.as('leder@vestland.demo');
    const config = (await lead.get('/api/v1/career-centre/brief-checklist')).body;
    expect(config.version).toBe(0);
    const changed = await lead.patch('/api/v1/career-centre/brief-checklist', { uses: { norwegian: 'required' }, version: 0 });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    try {
      const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'draft');
      const adviser = await t.as('radgiver@bergen.demo');
      const draft = (await adviser.get(`/api/v1/orders/${orderId}`)).body;
      expect(draft.brief).toEqual({ complete: false, answered: 1, required: 5, missing: ['schooling', 'education', 'work', 'norwegian'], filled: 1, items: 12 });
      const refused = await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'sent', version: draft.version });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('brief.incomplete');
      expect(refused.body.fields.map((f: { path: string }) => f.path)).toEqual(['brief.schooling', 'brief.education', 'brief.work', 'brief.norwegian']);
      expect((await adviser.get(`/api/v1/orders/${orderId}`)).body).toMatchObject({ status: 'draft', version: draft.version });

      await adviser.patch(`/api/v1/participants/${participantId}/brief`, {
        items: [
          { key: 'schooling', unknown: true, source: 'adviser' }, { key: 'education', unknown: true, source: 'adviser' },
          { key: 'work', unknown: true, source: 'adviser' }, { key: 'norwegian', value: { level: 'A1' }, source: 'mapping' },
        ],
      });
      const sent = await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'sent', version: draft.version });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(sent.body.brief).toEqual({ complete: true, answered: 5, required: 5, missing: [], filled: 5, items: 12 });
    } finally {
      const v = (await lead.get('/api/v1/career-centre/brief-checklist')).body.version;
      expect((await lead.patch('/api/v1/career-centre/brief-checklist', { uses: { norwegian: 'needed' }, version: v })).status).toBe(200);
    }
    // A choice equal to the default is not stored, so the centre follows the default if it changes again.
    const [row] = await t.database.db.select().from(briefChecklistConfigs).where(eq(briefChecklistConfigs.careerCentreId, config.careerCentre.id));
    expect(row!.uses).toEqual({});
  });

  it('the checklist is the lead\'s: counsellors read it, special-category items cannot be required, versions are checked', async () => {
    const counsellor = await t.as('veileder@vestland.demo');
    const lead = await t.as('leder@vestland.demo');
    const read = await counsellor.get('/api/v1/career-centre/brief-checklist');
    expect(read.status).toBe(200);
    expect(read.body.items.find((i: { key: string }) => i.key === 'health-family')).toMatchObject({ specialCategory: true, use: 'needed' });
    expect((await counsellor.patch('/api/v1/career-centre/brief-checklist', { staleAfterDays: 30, version: read.body.version })).status).toBe(403);
    expect((await (await t.as('radgiver@bergen.demo')).get('/api/v1/career-centre/brief-checklist')).status).toBe(403);
    const special = await lead.patch('/api/v1/career-centre/brief-checklist', { uses: { 'health-family': 'required' }, version: read.body.version });
    expect(special.status).toBe(400);
    expect(special.body.fields).toEqual([{ path: 'uses.health-family', message: 'Helse- og familieopplysninger kan ikke gjøres påkrevd.' }]);
    const stale = await lead.patch('/api/v1/career-centre/brief-checklist', { staleAfterDays: 30, version: read.body.version + 5 });
    expect(stale.status).toBe(409);
  });

  it('marks items verified longer ago than the centre allows as stale', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent');
    const adviser = await t.as('radgiver@bergen.demo');
    const csv = 'item,field,value,mapped_on\nnorwegian,level,A1,2024-01-10\nwishes,wishes,Egen gård,2024-01-10\n';
    expect((await adviser.post(`/api/v1/participants/${participantId}/brief/import`, { format: 'csv', content: csv })).status).toBe(200);
    await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'dialect', value: { dialect: 'Sudanesisk' }, source: 'participant' }] });
    const brief = (await (await t.as('veileder@vestland.demo')).get(`/api/v1/participants/${participantId}/brief`)).body;
    expect(brief.staleAfterDays).toBe(180);
    expect(item(brief, 'norwegian')).toMatchObject({ stale: true, verifiedOn: '2024-01-10', source: 'mapping-import' });
    expect(item(brief, 'dialect')).toMatchObject({ stale: false });
  });

  it('shows health and family only to the assigned counsellor and the municipality, and audits every such read', async () => {
    const { participantId, orderId } = await participantWithOrder(t, 'bergen', 'draft');
    const adviser = await t.as('radgiver@bergen.demo');
    await answerRequiredBrief(adviser, participantId);
    const saved = await adviser.patch(`/api/v1/participants/${participantId}/brief`, {
      items: [{ key: 'health-family', value: { note: 'Alenemor med to små barn; trenger time mellom 9 og 14.' }, source: 'adviser' }],
    });
    expect(item(saved.body, 'health-family').state).toBe('answered');
    const draft = (await adviser.get(`/api/v1/orders/${orderId}`)).body;
    await adviser.post(`/api/v1/orders/${orderId}/transitions`, { to: 'sent', version: draft.version });
    const afterMunicipality = (await specialReads(participantId)).length;
    expect(afterMunicipality).toBe(1); // the adviser's own write answer showed it

    // Sent but not accepted: no counsellor is assigned, so every centre user sees it as restricted.
    const vilde = await t.as('veileder@vestland.demo');
    const viktor = await t.as('veileder2@vestland.demo');
    const lead = await t.as('leder@vestland.demo');
    for (const c of [vilde, viktor, lead]) {
      const b = (await c.get(`/api/v1/participants/${participantId}/brief`)).body;
      expect(item(b, 'health-family')).toMatchObject({ state: 'restricted', value: null, source: null, verifiedBy: null });
      expect(JSON.stringify(b)).not.toContain('Alenemor');
    }
    expect((await specialReads(participantId)).length).toBe(afterMunicipality);

    await vilde.post(`/api/v1/orders/${orderId}/transitions`, { to: 'accepted' });
    const assigned = (await vilde.get(`/api/v1/participants/${participantId}/brief`)).body;
    expect(item(assigned, 'health-family')).toMatchObject({ state: 'answered', value: { note: expect.stringContaining('Alenemor') } });
    for (const c of [viktor, lead]) expect(item((await c.get(`/api/v1/participants/${participantId}/brief`)).body, 'health-family').state).toBe('restricted');

    const events = await specialReads(participantId);
    expect(events).toHaveLength(afterMunicipality + 1);
    expect(events.at(-1)!.data).toEqual({ participantId, itemKeys: ['health-family'] });
    const vildeId = assigned.items && (await (await t.as('admin@veivalg.demo')).get('/api/v1/admin/users')).body.items.find((u: { email: string }) => u.email === 'veileder@vestland.demo').id;
    expect(events.at(-1)!.actorUserId).toBe(vildeId);
    // The municipality reads it too, and that read is audited as well.
    expect(item((await adviser.get(`/api/v1/participants/${participantId}/brief`)).body, 'health-family').state).toBe('answered');
    expect(await specialReads(participantId)).toHaveLength(afterMunicipality + 2);
    // The trail shows the reads to a lead, with item keys and no content.
    const trail = (await (await t.as('leder@bergen.demo')).get(`/api/v1/participants/${participantId}/audit`)).body.items;
    expect(trail.filter((e: { type: string }) => e.type === 'brief.special-category-viewed')).toHaveLength(afterMunicipality + 2);
    expect(JSON.stringify(trail)).not.toContain('Alenemor');
  });

  it('another municipality and another centre get 404 on the brief', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent');
    for (const email of ['radgiver@drammen.demo', 'veileder@buskerud.demo']) {
      const c = await t.as(email);
      expect((await c.get(`/api/v1/participants/${participantId}/brief`)).status).toBe(404);
      expect((await c.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'x' }, source: 'adviser' }] })).status).toBe(404);
      expect((await c.post(`/api/v1/participants/${participantId}/brief/import`, { format: 'csv', content: 'item,field,value,mapped_on\nwishes,wishes,x,2026-01-01' })).status).toBe(404);
    }
    for (const email of ['admin@veivalg.demo', 'statistikk@veivalg.demo']) {
      expect((await (await t.as(email)).get(`/api/v1/participants/${participantId}/brief`)).status).toBe(404);
    }
  });

  it('validates values field by field, in both languages', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'draft');
    const adviser = await t.as('radgiver@bergen.demo');
    const bad = await adviser.patch(`/api/v1/participants/${participantId}/brief`, {
      items: [
        { key: 'schooling', value: { years: 31, completedLevels: ['college'] }, source: 'adviser' },
        { key: 'norwegian', value: { level: 'A1' }, unknown: true, source: 'adviser' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['items.0.value.completedLevels.0', 'items.0.value.years']);
    const both = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'norwegian', value: { level: 'A1' }, unknown: true, source: 'adviser' }] });
    expect(both.body.fields).toEqual([{ path: 'items.0.value', message: 'En opplysning merket som ukjent kan ikke ha et svar.' }]);
    const importSource = await adviser.patch(`/api/v1/participants/${participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'x' }, source: 'mapping-import' }] });
    expect(importSource.body.fields.map((f: { path: string }) => f.path)).toEqual(['items.0.source']);
  });
});

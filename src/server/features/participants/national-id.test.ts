/**
 * Finding 8 of the security review: eleven records for one national id, ten of them from concurrent requests.
 * Now one national id has one participant per municipality (a unique index): a second registration gets 409 with
 * a link to the existing record; another municipality (a move) registers the person anew and is told only that
 * the person is registered elsewhere.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { newcomer, sides } from '../../test/fixtures.ts';
import type { ApiClient } from '../../test/client.ts';
import { auditEvents, participants } from '../../db/schema.ts';

// Valid fødselsnummer (checksums right), born 1990: fictional test numbers.
const FNR = ['01019010046', '01019010127', '01019010208', '01019010305', '01019010488'];

describe.each(databaseKinds)('one national id, one participant per municipality on %s', (kind) => {
  let t: TestApp;
  let bergen: ApiClient; let drammen: ApiClient;
  const db = () => t.database.db;
  const withId = async (nationalId: string) => db().select({ id: participants.id, municipalityId: participants.municipalityId }).from(participants).where(eq(participants.nationalId, nationalId));
  const auditCount = async () => (await db().select({ n: count() }).from(auditEvents))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp(kind);
    bergen = await t.as(sides.bergen.adviser);
    drammen = await t.as(sides.drammen.adviser);
  });
  afterAll(async () => { await t?.close(); });

  it('a second registration in the same municipality gets 409 with a link to the existing record, and writes nothing', async () => {
    const first = await bergen.post('/api/v1/participants', newcomer('Først', { birthDate: '1990-01-01', nationalId: FNR[0] }));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.registeredElsewhere).toBe(false);
    const before = await auditCount();
    bergen.lang = 'en';
    const second = await bergen.post('/api/v1/participants', newcomer('Andre', { birthDate: '1990-01-01', nationalId: FNR[0] }));
    bergen.lang = 'nb';
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      error: 'participant.duplicate-national-id',
      message: expect.stringMatching(/already registered/),
      fields: [{ path: 'nationalId' }],
      existing: { id: first.body.id, href: `/deltakere/${first.body.id}` },
    });
    expect(await withId(FNR[0]!)).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it('ten concurrent registrations of one national id give exactly one 201; the others 409', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => bergen.post('/api/v1/participants', newcomer(`Samtidig-${i}`, { birthDate: '1990-01-01', nationalId: FNR[1] }))));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    const created = answers.find((a) => a.status === 201)!.body.id;
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body.error === 'duplicate' || a.body.existing?.id === created).toBe(true);
    expect(await withId(FNR[1]!)).toHaveLength(1);
  });

  it('changing a participant to a national id the municipality already has gets 409 too', async () => {
    const a = await bergen.post('/api/v1/participants', newcomer('Endre-a', { birthDate: '1990-01-01', nationalId: FNR[2] }));
    const b = await bergen.post('/api/v1/participants', newcomer('Endre-b'));
    const patched = await bergen.patch(`/api/v1/participants/${b.body.id}`, { version: b.body.version, nationalId: FNR[2] });
    expect(patched.status).toBe(409);
    expect(patched.body.existing).toEqual({ id: a.body.id, href: `/deltakere/${a.body.id}` });
    expect((await bergen.get(`/api/v1/participants/${b.body.id}`)).body.nationalId).toBeNull();
    // Saving the participant's own national id again is no conflict.
    const same = await bergen.patch(`/api/v1/participants/${a.body.id}`, { version: a.body.version, nationalId: FNR[2], familyName: 'Endre-a2' });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
  });

  it('another municipality (a move) registers the person anew and is told only that they are registered elsewhere', async () => {
    const inBergen = await bergen.post('/api/v1/participants', newcomer('Flytter', { birthDate: '1990-01-01', nationalId: FNR[3] }));
    expect(inBergen.status).toBe(201);
    const inDrammen = await drammen.post('/api/v1/participants', newcomer('Flytter', { birthDate: '1990-01-01', nationalId: FNR[3] }));
    expect(inDrammen.status).toBe(201);
    expect(inDrammen.body.registeredElsewhere).toBe(true);
    expect(JSON.stringify(inDrammen.body)).not.toContain(inBergen.body.id);
    expect(JSON.stringify(inDrammen.body)).not.toContain('Bergen');
    // Drammen still cannot open Bergen's record.
    expect((await drammen.get(`/api/v1/participants/${inBergen.body.id}`)).status).toBe(404);
    expect(await withId(FNR[3]!)).toHaveLength(2);
  });

  it('participants without a national id are not limited', async () => {
    const a = await bergen.post('/api/v1/participants', newcomer('Uten'));
    const b = await bergen.post('/api/v1/participants', newcomer('Uten'));
    expect([a.status, b.status]).toEqual([201, 201]);
  });

  it('the migration before the unique index keeps the national id on the oldest duplicate, clears it on the rest and audits that', async () => {
    const asOwner = async (statement: string) => {
      if (!t.ownerUrl) return db().execute(sql.raw(statement));
      const owner = new pg.Client({ connectionString: t.ownerUrl });
      await owner.connect();
      try { return await owner.query(statement); } finally { await owner.end(); }
    };
    const made = [];
    for (const name of ['Eldst', 'Midt', 'Yngst']) made.push((await bergen.post('/api/v1/participants', newcomer(name))).body.id as string);
    await asOwner('DROP INDEX participants_municipality_national_id_idx');
    await db().update(participants).set({ nationalId: FNR[4] }).where(inArray(participants.id, made));
    const migration = readFileSync(fileURLToPath(new URL('../../db/migrations/0014_national_id_duplicates.sql', import.meta.url)), 'utf8');
    await asOwner(migration);
    const rows = await db().select({ id: participants.id, nationalId: participants.nationalId }).from(participants).where(inArray(participants.id, made));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.nationalId]))).toEqual({ [made[0]!]: FNR[4], [made[1]!]: null, [made[2]!]: null });
    const audited = await db().select({ participantId: auditEvents.participantId, data: auditEvents.data }).from(auditEvents)
      .where(and(eq(auditEvents.type, 'participant.updated'), inArray(auditEvents.participantId, made))).orderBy(asc(auditEvents.id));
    expect(audited.map((a) => a.participantId).sort()).toEqual([made[1], made[2]].sort());
    expect(audited[0]!.data).toMatchObject({ changedFields: ['nationalId'] });
    await asOwner('CREATE UNIQUE INDEX participants_municipality_national_id_idx ON participants (municipality_id, national_id) WHERE national_id IS NOT NULL');
  });
});

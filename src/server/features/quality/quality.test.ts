/**
 * The centre's yearly self-evaluation against the national quality framework, on both databases: the lead writes
 * this year's, counsellors read, earlier years stay as written, and "the county" (the centre leads of the county;
 * the statistics reader nationally) sees scores only, never the texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { organisations, qualityEvaluations, users } from '../../db/schema.ts';
import { todayInOslo } from '../../../domain/dates.ts';

const year = Number(todayInOslo().slice(0, 4));

describe.each(databaseKinds)('quality self-evaluation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });
  const db = () => t.database.db;
  const org = async (name: string) => (await db().select().from(organisations).where(eq(organisations.name, name)))[0]!;
  const userId = async (email: string) => (await db().select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

  it('the lead saves this year area by area with versions; counsellors read; others are refused', async () => {
    const lead = await t.as('leder@vestland.demo');
    const counsellor = await t.as('veileder@vestland.demo');
    const first = await lead.put('/api/v1/quality-evaluations/current', {
      areas: [{ area: 'ethics', score: 3, evidence: 'Taushetsplikt gjennomgått på fagdag.', improvement: 'Etikkrefleksjon hvert kvartal.' }],
      version: null,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ year, open: true, version: 1, summary: { scored: 1, of: 4, average: 3, withAction: 1 } });
    // Every framework area is there, in the framework's order, the unsent ones blank.
    expect(first.body.areas.map((a: { area: string }) => a.area)).toEqual(['competence-standards', 'career-competence', 'ethics', 'quality-assurance']);

    const second = await lead.put('/api/v1/quality-evaluations/current', {
      areas: [{ area: 'quality-assurance', score: 2, evidence: 'Brukerundersøkelsen på deltakersiden.', improvement: 'Papirskjema i alle grupper.' }],
      version: 1,
    });
    expect(second.status).toBe(200);
    expect(second.body.summary).toEqual({ scored: 2, of: 4, average: 2.5, withAction: 2 });
    // A stale version, a first-time save when one exists, an area twice: refused, nothing changed.
    expect((await lead.put('/api/v1/quality-evaluations/current', { areas: [{ area: 'ethics', score: 1, evidence: '', improvement: '' }], version: 1 })).status).toBe(409);
    expect((await lead.put('/api/v1/quality-evaluations/current', { areas: [{ area: 'ethics', score: 1, evidence: '', improvement: '' }], version: null })).status).toBe(409);
    const twice = await lead.put('/api/v1/quality-evaluations/current', {
      areas: [{ area: 'ethics', score: 1, evidence: '', improvement: '' }, { area: 'ethics', score: 2, evidence: '', improvement: '' }], version: 2,
    });
    expect(twice.status).toBe(400);
    expect(twice.body.fields.map((f: { path: string }) => f.path)).toEqual(['areas']);

    expect((await counsellor.put('/api/v1/quality-evaluations/current', { areas: [{ area: 'ethics', score: 4, evidence: '', improvement: '' }], version: 2 })).status).toBe(403);
    const read = await counsellor.get(`/api/v1/quality-evaluations/${first.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.areas.find((a: { area: string }) => a.area === 'ethics')).toMatchObject({ score: 3, evidence: 'Taushetsplikt gjennomgått på fagdag.' });
    expect(read.body.version).toBe(2);

    // Another centre's staff and the municipality: 404 for the record, 403 for the list.
    expect((await (await t.as('veileder@buskerud.demo')).get(`/api/v1/quality-evaluations/${first.body.id}`)).status).toBe(404);
    const adviser = await t.as('radgiver@bergen.demo');
    expect((await adviser.get(`/api/v1/quality-evaluations/${first.body.id}`)).status).toBe(404);
    expect((await adviser.get('/api/v1/quality-evaluations')).status).toBe(403);
    expect((await adviser.get('/api/v1/quality-evaluations/county')).status).toBe(403);
  });

  it('earlier years stay readable and are never written again', async () => {
    const vestland = await org('Karriere Vestland');
    const lead = await t.as('leder@vestland.demo');
    const [old] = await db().insert(qualityEvaluations).values({
      careerCentreId: vestland.id, year: year - 2, updatedBy: await userId('leder@vestland.demo'),
      areas: [{ area: 'ethics', score: 1, evidence: 'I fjor.', improvement: 'Lage rutine.' }],
    }).returning();
    const list = await lead.get('/api/v1/quality-evaluations');
    // The demo has last year's; this test adds the year before.
    expect(list.body.items.map((i: { year: number; open: boolean }) => [i.year, i.open])).toEqual([[year, true], [year - 1, false], [year - 2, false]]);
    const read = await lead.get(`/api/v1/quality-evaluations/${old!.id}`);
    expect(read.body).toMatchObject({ year: year - 2, open: false });
    expect(read.body.areas.find((a: { area: string }) => a.area === 'ethics').evidence).toBe('I fjor.');
    // Saving writes this year's row; last year's stays as it was.
    const current = (await lead.get('/api/v1/quality-evaluations')).body.items[0];
    expect((await lead.put('/api/v1/quality-evaluations/current', { areas: [{ area: 'ethics', score: 4, evidence: 'Nå.', improvement: '' }], version: current.version })).status).toBe(200);
    const [still] = await db().select().from(qualityEvaluations).where(eq(qualityEvaluations.id, old!.id));
    expect(still!.areas).toEqual([{ area: 'ethics', score: 1, evidence: 'I fjor.', improvement: 'Lage rutine.' }]);
    expect(still!.version).toBe(1);
  });

  it('the county: a centre lead sees scores of the centres in the same county, the statistics reader all; never the texts', async () => {
    const vestland = await org('Karriere Vestland');
    const buskerud = await org('Karriere Buskerud');
    const [nord] = await db().insert(organisations).values({ kind: 'career-centre', name: 'Karriere Vestland Nord', countyId: vestland.countyId }).returning();
    const anyUser = await userId('leder@vestland.demo');
    await db().insert(qualityEvaluations).values([
      { careerCentreId: nord!.id, year, updatedBy: anyUser, areas: [{ area: 'career-competence', score: 4, evidence: 'Hemmelig tekst Nord', improvement: 'Tiltak Nord' }] },
      { careerCentreId: buskerud.id, year, updatedBy: anyUser, areas: [{ area: 'ethics', score: 2, evidence: 'Hemmelig tekst Buskerud', improvement: '' }] },
    ]);
    const lead = await t.as('leder@vestland.demo');
    const county = await lead.get('/api/v1/quality-evaluations/county');
    expect(county.status).toBe(200);
    expect(county.body.scope).toBe('county');
    expect(county.body.items.map((i: { centre: { name: string } }) => i.centre.name)).toEqual(['Karriere Vestland', 'Karriere Vestland Nord']);
    const nordYear = county.body.items[1].years[0];
    expect(nordYear).toMatchObject({ year, summary: { scored: 1, average: 4 } });
    expect(nordYear.areas).toContainEqual({ area: 'career-competence', score: 4 });
    expect(JSON.stringify(county.body)).not.toMatch(/Hemmelig|Tiltak|I fjor|Nå\./);

    const stats = await t.as('statistikk@veivalg.demo');
    const national = await stats.get('/api/v1/quality-evaluations/county');
    expect(national.body.scope).toBe('national');
    expect(national.body.items.map((i: { centre: { name: string } }) => i.centre.name)).toEqual(['Karriere Buskerud', 'Karriere Vestland', 'Karriere Vestland Nord']);
    expect(JSON.stringify(national.body)).not.toMatch(/Hemmelig|Tiltak/);
    // A counsellor reads the own centre, not the county.
    expect((await (await t.as('veileder@vestland.demo')).get('/api/v1/quality-evaluations/county')).status).toBe(403);
    // The statistics reader reads no texts.
    expect((await stats.get(`/api/v1/quality-evaluations/${(await lead.get('/api/v1/quality-evaluations')).body.items[0].id}`)).status).toBe(404);
  });
});

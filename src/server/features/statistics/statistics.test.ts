/**
 * Statistics on a small known dataset: a county of its own ("Testfylke") with one municipality and one career
 * centre, five participants and their orders, sessions, group attendance, postponement, notes and feedback,
 * inserted directly so every expected figure below can be worked out by hand (see the comments).
 */
import { recomputeStoredRuleResults } from '../rules/sync.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import {
  auditEvents, counties, groupRegistrations, groupSessions, guidanceNoteFeedback, guidanceNotes, guidanceOrders, guidanceSessions,
  handoverBriefItems, organisations, participants, postponements, users,
} from '../../db/schema.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';
import {
  addDays, decisionDeadline, emptyNoteContent, guidanceRight, todayInOslo, type ResidenceBasis,
} from '../../../domain/index.ts';

const today = todayInOslo();
// The fact sheet looks at last calendar year, so every session below lies wholly in the past.
const Y = Number(today.slice(0, 4)) - 1;
const at = (date: string) => new Date(`${date}T10:00:00Z`);

type Table = { id: string; rows: { key: string; unit: string; value: number | 'under-5' | 'hidden' | null }[] };
const table = (body: { tables: Table[] }, id: string) =>
  Object.fromEntries(body.tables.find((t) => t.id === id)!.rows.map((r) => [r.key, r.value]));

interface Known { countyId: string; municipalityId: string; centreId: string; participantIds: string[]; rightOnly: number }

async function insertKnownDataset(t: TestApp): Promise<Known> {
  const db = t.database.db;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [county] = await db.insert(counties).values({ name: 'Testfylke' }).returning();
  const [centre] = await db.insert(organisations).values({ kind: 'career-centre', name: 'Karriere Testfylke', countyId: county!.id }).returning();
  const [town] = await db.insert(organisations).values({ kind: 'municipality', name: 'Testby kommune', countyId: county!.id, servedByCareerCentreId: centre!.id }).returning();
  const [lead, counsellor] = await db.insert(users).values([
    { email: 'leder@testby.test', name: 'Test Leder', role: 'municipality-lead', organisationId: town!.id, passwordHash },
    { email: 'veileder@testfylke.test', name: 'Test Veileder', role: 'career-counsellor', organisationId: centre!.id, passwordHash },
  ]).returning();

  // P1–P5. Right: P1, P2, P5 right and duty; P3 right only (collective protection); P4 none (16 at settlement).
  const people: { basis: ResidenceBasis; birth: string; settled: string; heldAfter: number | null; gender: 'female' | 'male' | null; country: string | null }[] = [
    { basis: 'refugee', birth: `${Y - 21}-01-01`, settled: addDays(today, -200), heldAfter: 30, gender: 'female', country: 'SY' },
    { basis: 'refugee', birth: `${Y - 40}-06-15`, settled: addDays(today, -200), heldAfter: 120, gender: 'male', country: 'ER' },
    { basis: 'collective-protection', birth: `${Y - 52}-03-03`, settled: addDays(today, -150), heldAfter: null, gender: 'female', country: 'UA' },
    { basis: 'refugee', birth: addDays(today, -16 * 366), settled: addDays(today, -100), heldAfter: null, gender: null, country: null },
    { basis: 'refugee', birth: '1995-01-01', settled: addDays(today, -10), heldAfter: null, gender: 'male', country: 'SY' },
  ];
  const ps = await db.insert(participants).values(people.map((p, i) => ({
    municipalityId: town!.id, givenName: 'Kjent', familyName: `Datasett${i + 1}`, birthDate: p.birth, preferredLanguage: 'ar',
    residenceBasis: p.basis, settlementDate: p.settled, decisionDeadline: decisionDeadline({ settlementDate: p.settled }).date,
    guidanceRight: guidanceRight({ residenceBasis: p.basis, birthDate: p.birth, settlementDate: p.settled }).right,
    guidanceHeldOn: p.heldAfter === null ? null : addDays(p.settled, p.heldAfter), gender: p.gender, countryBackground: p.country,
    createdBy: lead!.id,
  }))).returning();
  const [p1, p2, p3, , p5] = ps;

  // Orders: P1, P2 individual and P3 group (sent or further); P5 a draft, which is not "ordered".
  const order = (p: typeof p1, status: 'draft' | 'sent' | 'completed', format: 'individual' | 'group') => ({
    participantId: p!.id, municipalityId: town!.id, careerCentreId: centre!.id, status, format, language: 'ar', mode: 'in-person' as const,
    decisionDeadline: p!.decisionDeadline, createdBy: lead!.id,
  });
  const [o1, o2, o3] = await db.insert(guidanceOrders).values([
    order(p1, 'completed', 'individual'), order(p2, 'completed', 'individual'), order(p3, 'sent', 'group'), order(p5, 'draft', 'individual'),
  ]).returning();

  // Sessions in June of year Y. Minutes by the domain rule: P1 60 (planned, none recorded) + 45 = 105 (over 90);
  // P2 80 + 0 (no-show); P3 20 (broken off) + 0 (cancelled). Interpreter used: ar 2, ti 1 (P3's took no part).
  let ref = 0;
  const session = (o: typeof o1, p: typeof p1, day: string, outcome: 'held' | 'no-show' | 'broken-off' | 'cancelled', duration: number, minutesUsed: number | null,
    interpreter: string | null, tookPart: boolean | null) => ({
    reference: `STAT-${++ref}-${t.kind}`, orderId: o!.id, participantId: p!.id, municipalityId: town!.id, careerCentreId: centre!.id,
    kind: 'individual' as const, mode: 'in-person' as const, startsAt: at(`${Y}-06-${day}`), durationMinutes: duration,
    leadCounsellorId: counsellor!.id, adviserRole: 'absent' as const, outcome, minutesUsed, interpreterLanguage: interpreter, interpreterTookPart: tookPart,
  });
  await db.insert(guidanceSessions).values([
    session(o1, p1, '02', 'held', 60, null, 'ar', true),
    { ...session(o1, p1, '09', 'held', 60, 45, 'ar', null), kind: 'three-party' as const, threePartyWith: 'adviser' as const },
    session(o2, p2, '03', 'held', 90, 80, 'ti', true),
    session(o2, p2, '10', 'no-show', 60, null, null, null),
    session(o3, p3, '04', 'broken-off', 60, 20, 'uk', false),
    session(o3, p3, '11', 'cancelled', 60, null, null, null),
  ]);
  // One group session of 90 minutes: P1 and P3 attended, P2 absent.
  const [g] = await db.insert(groupSessions).values({
    reference: `STATG-${t.kind}`, careerCentreId: centre!.id, title: 'Gruppe', language: 'ar', mode: 'in-person', startsAt: at(`${Y}-06-20`),
    durationMinutes: 90, capacity: 10, leadCounsellorId: counsellor!.id,
  }).returning();
  await db.insert(groupRegistrations).values([
    { groupSessionId: g!.id, participantId: p1!.id, municipalityId: town!.id, registeredBy: lead!.id, attendance: 'attended' },
    { groupSessionId: g!.id, participantId: p2!.id, municipalityId: town!.id, registeredBy: lead!.id, attendance: 'absent' },
    { groupSessionId: g!.id, participantId: p3!.id, municipalityId: town!.id, registeredBy: lead!.id, attendance: 'attended' },
  ]);
  await db.insert(postponements).values({
    participantId: p3!.id, municipalityId: town!.id, reason: 'health', justification: 'Helse.', expectedDate: addDays(today, 30),
    decidedWith: 'adviser-alone', decidedOn: addDays(today, -5), createdBy: lead!.id, endedAt: new Date(),
  });
  // Schooling from the handover brief: P1 upper secondary (the highest of two), P2 higher; P3 none recorded.
  await db.insert(handoverBriefItems).values([
    { participantId: p1!.id, itemKey: 'schooling', value: { years: 12, completedLevels: ['primary', 'upper-secondary'] }, source: 'adviser', verifiedBy: lead!.id, verifiedOn: today },
    { participantId: p2!.id, itemKey: 'schooling', value: { years: 16, completedLevels: ['higher'] }, source: 'adviser', verifiedBy: lead!.id, verifiedOn: today },
  ]);
  // Notes: read after 2 and 4 days (median 3), one unread. Feedback: followed, partly.
  const sent = new Date(`${Y}-06-15T08:00:00Z`);
  const note = (o: typeof o1, p: typeof p1, readDays: number | null) => ({
    orderId: o!.id, participantId: p!.id, municipalityId: town!.id, careerCentreId: centre!.id, authorId: counsellor!.id, status: 'sent' as const,
    content: emptyNoteContent(), recommendationKind: 'work' as const, firstSentAt: sent, lastSentAt: sent, sentNumber: 1,
    firstReadAt: readDays === null ? null : new Date(sent.getTime() + readDays * 86_400_000),
  });
  const [n1, n2] = await db.insert(guidanceNotes).values([note(o1, p1, 2), note(o2, p2, 4), note(o3, p3, null)]).returning();
  await db.insert(guidanceNoteFeedback).values([
    { noteId: n1!.id, recommendationUse: 'followed', integrationPlanChanged: true, endGoal: 'work', givenBy: lead!.id },
    { noteId: n2!.id, recommendationUse: 'partly', integrationPlanChanged: false, endGoal: 'upper-secondary', givenBy: lead!.id },
  ]);
  // P3 has "right" only while chapter 6A applied on its settlement date (until 1 July 2026), else right and duty.
  const rightOnly = ps.filter((p) => p.guidanceRight === 'right').length;
  return { countyId: county!.id, municipalityId: town!.id, centreId: centre!.id, participantIds: ps.map((p) => p.id), rightOnly };
}

describe.each(databaseKinds)('statistics on %s', (kind) => {
  let t: TestApp;
  let k: Known;
  beforeAll(async () => {
    t = await startTestApp(kind);
    k = await insertKnownDataset(t);
  });
  afterAll(async () => { await t?.close(); });
  const period = () => `from=${addDays(today, -365)}&to=${today}`;

  it("computes every dashboard figure on the known dataset, exactly, for the municipality's own lead", async () => {
    const lead = await t.as('leder@testby.test');
    const res = await lead.get(`/api/v1/statistics/dashboard?${period()}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ level: 'municipality', organisation: { id: k.municipalityId, name: 'Testby kommune' }, exact: true });
    expect(table(res.body, 'overview')).toEqual({
      participants: 5, entitled: 4, ordered: 3, completed: 2,
      'deadline-due': 3, 'held-before-deadline': 1, 'held-before-deadline-share': 33.3, 'median-days-to-guidance': 75,
    });
    expect(table(res.body, 'right')).toEqual({ 'right-and-duty': 4 - k.rightOnly, 'right-only': k.rightOnly });
    expect(table(res.body, 'postponements')).toMatchObject({ health: 1, 'family-situation': 0 });
    expect(table(res.body, 'sessions')).toEqual({ held: 3, 'no-show': 1, 'broken-off': 1, cancelled: 1, 'group-attended': 2, 'group-absent': 1 });
    expect(table(res.body, 'interpreters')).toEqual({ ar: 2, ti: 1 });
    expect(table(res.body, 'hours')).toEqual({
      guided: 3, 'individual-average': 68.3, 'individual-estimate': 90, 'over-individual-estimate': 1,
      'group-average': 60, 'group-estimate': 90, 'over-group-estimate': 0,
    });
    expect(table(res.body, 'notes')).toEqual({ sent: 3, read: 2, 'median-days-to-read': 3 });
    expect(table(res.body, 'recommendations')).toEqual({ followed: 1, partly: 1, 'not-followed': 0 });
    expect(table(res.body, 'format')).toEqual({ individual: 2, group: 1 });
    expect(res.body.options.municipalities).toEqual([{ id: k.municipalityId, name: 'Testby kommune' }]);

    // The period filters the cohort by settlement date: the last 30 days hold only P5.
    const recent = (await lead.get(`/api/v1/statistics/dashboard?from=${addDays(today, -30)}&to=${today}`)).body;
    expect(table(recent, 'overview')).toMatchObject({ participants: 1, entitled: 1, ordered: 0, completed: 0 });
  });

  it('gives the centre its served municipalities exactly, and one municipality suppressed', async () => {
    const counsellor = await t.as('veileder@testfylke.test');
    const own = (await counsellor.get(`/api/v1/statistics/dashboard?${period()}`)).body;
    expect(own).toMatchObject({ level: 'centre', exact: true, organisation: { id: k.centreId } });
    expect(table(own, 'overview').entitled).toBe(4);
    const town = await counsellor.get(`/api/v1/statistics/dashboard?level=municipality&organisationId=${k.municipalityId}&${period()}`);
    expect(town.status).toBe(200);
    expect(town.body.exact).toBe(false);
    expect(table(town.body, 'overview')).toMatchObject({ participants: 5, entitled: 'under-5', completed: 'under-5', 'held-before-deadline-share': null, 'median-days-to-guidance': null });
    // A breakdown hides its small cells and one more (secondary suppression), and tells no "under 5" in it.
    const postponements = table(town.body, 'postponements');
    expect(postponements).toMatchObject({ health: 'hidden' });
    expect(Object.values(postponements).filter((v) => v === 'hidden').length).toBeGreaterThanOrEqual(2);
    expect(Object.values(postponements)).not.toContain('under-5');
    // A municipality the centre does not serve: as if it did not exist.
    const bergen = (await t.database.db.select().from(organisations).where(eq(organisations.name, 'Bergen kommune')))[0]!;
    expect((await counsellor.get(`/api/v1/statistics/dashboard?level=municipality&organisationId=${bergen.id}`)).status).toBe(404);
    expect((await counsellor.get('/api/v1/statistics/dashboard?level=national')).status).toBe(403);
    expect((await counsellor.get('/api/v1/statistics/dashboard?level=municipality')).status).toBe(400);
  });

  it('scopes municipality roles to their own municipality', async () => {
    const bergenLead = await t.as('leder@bergen.demo');
    expect((await bergenLead.get(`/api/v1/statistics/dashboard?organisationId=${k.municipalityId}`)).status).toBe(404);
    expect((await bergenLead.get('/api/v1/statistics/dashboard?level=national')).status).toBe(403);
    expect((await bergenLead.get(`/api/v1/statistics/dashboard?level=county&countyId=${k.countyId}`)).status).toBe(403);
    expect((await bergenLead.get('/api/v1/statistics/fact-sheet')).status).toBe(403);
    const own = (await bergenLead.get('/api/v1/statistics/dashboard')).body;
    expect(own.exact).toBe(true);
    expect(JSON.stringify(own)).not.toContain('Testby');
  });

  it('shows the statistics reader only suppressed aggregates, never a person, at every level', async () => {
    const stats = await t.as('statistikk@veivalg.demo');
    const urls = [
      `/api/v1/statistics/dashboard?${period()}`,
      `/api/v1/statistics/dashboard?level=county&countyId=${k.countyId}&${period()}`,
      `/api/v1/statistics/dashboard?level=centre&organisationId=${k.centreId}&${period()}`,
      `/api/v1/statistics/dashboard?level=municipality&organisationId=${k.municipalityId}&${period()}`,
      `/api/v1/statistics/fact-sheet?countyId=${k.countyId}&year=${Y}`,
      `/api/v1/statistics/fact-sheet?year=${Y}`,
    ];
    const personal = (await t.database.db.select().from(participants)).flatMap((p) => [p.id, p.familyName, p.nationalId].filter((v): v is string => !!v));
    for (const url of urls) {
      const res = await stats.get(url);
      expect(res.status, url).toBe(200);
      expect(res.body.exact).toBe(false);
      const text = JSON.stringify(res.body);
      for (const v of personal) expect(text, url).not.toContain(v);
      // No count from 1 to 4 is ever shown.
      for (const tb of res.body.tables as Table[]) {
        for (const r of tb.rows) if (r.unit === 'count' && typeof r.value === 'number') expect(r.value === 0 || r.value >= 5, `${url} ${tb.id}.${r.key}`).toBe(true);
      }
    }
    const county = (await stats.get(`/api/v1/statistics/dashboard?level=county&countyId=${k.countyId}&${period()}`)).body;
    expect(table(county, 'overview')).toMatchObject({ participants: 5, entitled: 'under-5' });
    expect(county.county).toEqual({ id: k.countyId, name: 'Testfylke' });
    // Unknown ids: 404; a level without its organisation: 400 naming the field.
    expect((await stats.get(`/api/v1/statistics/dashboard?level=county&countyId=${k.municipalityId}`)).status).toBe(404);
    const missing = await stats.get('/api/v1/statistics/dashboard?level=centre');
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('organisationId');
  });

  it('computes the county fact sheet: exact for its career centre, suppressed for the statistics reader', async () => {
    const counsellor = await t.as('veileder@testfylke.test');
    const res = await counsellor.get(`/api/v1/statistics/fact-sheet?year=${Y}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ county: { id: k.countyId, name: 'Testfylke' }, year: Y, exact: true });
    // Users: held sessions (P1, P2) and attended group (P1, P3) = 3; three held sessions; one group session.
    expect(table(res.body, 'totals')).toEqual({ 'unique-users': 3, sessions: 3, 'group-sessions': 1 });
    // Ages on 31 December Y: P1 21, P2 40, P3 52.
    expect(table(res.body, 'age-bands')).toEqual({ 'under-20': 0, '20-24': 1, '25-29': 0, '30-49': 1, '50-plus': 1 });
    expect(table(res.body, 'gender')).toEqual({ female: 2, male: 1, other: 0, unknown: 0 });
    expect(table(res.body, 'education')).toEqual({ none: 0, 'some-primary': 0, primary: 0, 'upper-secondary': 1, higher: 1, unknown: 1 });
    expect(table(res.body, 'country-background')).toEqual({ ER: 1, SY: 1, UA: 1 });
    // Another year has none of it; another county is not the centre's.
    expect(table((await counsellor.get(`/api/v1/statistics/fact-sheet?year=${Y - 1}`)).body, 'totals')).toEqual({ 'unique-users': 0, sessions: 0, 'group-sessions': 0 });
    const vestland = (await t.database.db.select().from(counties).where(eq(counties.name, 'Vestland fylkeskommune')))[0]!;
    expect((await counsellor.get(`/api/v1/statistics/fact-sheet?countyId=${vestland.id}`)).status).toBe(404);

    const stats = await t.as('statistikk@veivalg.demo');
    const suppressed = (await stats.get(`/api/v1/statistics/fact-sheet?countyId=${k.countyId}&year=${Y}`)).body;
    expect(table(suppressed, 'totals')).toEqual({ 'unique-users': 'under-5', sessions: 'under-5', 'group-sessions': 'under-5' });
    // Secondary suppression: 1, 1, 1 and no other person → a zero cell is hidden too, so the total does not tell them.
    expect(table(suppressed, 'age-bands')).toEqual({ 'under-20': 'hidden', '20-24': 'hidden', '25-29': 0, '30-49': 'hidden', '50-plus': 'hidden' });
    expect(table(suppressed, 'gender')).toEqual({ female: 'hidden', male: 'hidden', other: 'hidden', unknown: 0 });
  });

  it('exports every table as formula-safe CSV, with "under 5" as text', async () => {
    const lead = await t.as('leder@testby.test');
    const csv = await lead.get(`/api/v1/statistics/dashboard.csv?${period()}&table=overview`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual([
      'table,row,unit,value', 'overview,participants,count,5', 'overview,entitled,count,4', 'overview,ordered,count,3', 'overview,completed,count,2',
      'overview,deadline-due,count,3', 'overview,held-before-deadline,count,1', 'overview,held-before-deadline-share,percent,33.3',
      'overview,median-days-to-guidance,days,75',
    ]);
    const all = String((await lead.get(`/api/v1/statistics/dashboard.csv?${period()}`)).body);
    for (const id of ['overview', 'right', 'postponements', 'sessions', 'interpreters', 'hours', 'notes', 'recommendations', 'format']) expect(all).toContain(`\r\n${id},`);
    expect((await lead.get('/api/v1/statistics/dashboard.csv?table=nonsense')).status).toBe(400);

    const stats = await t.as('statistikk@veivalg.demo');
    const fact = String((await stats.get(`/api/v1/statistics/fact-sheet.csv?countyId=${k.countyId}&year=${Y}&table=totals`)).body);
    expect(fact).toContain('totals,unique-users,count,under 5');
    expect(fact).not.toMatch(/^[=+@-]/m);
  });

  it('refuses bad input with a field error and writes a statistics audit event without personal data', async () => {
    const lead = await t.as('leder@testby.test');
    for (const [q, field] of [['from=2026-02-30', 'from'], ['from=2026-03-01&to=2026-02-01', 'to'], ['level=planet', 'level'], ['organisationId=abc', 'organisationId'], ['unknown=1', '']] as const) {
      const res = await lead.get(`/api/v1/statistics/dashboard?${q}`);
      expect(res.status, q).toBe(400);
      if (field) expect(JSON.stringify(res.body), q).toContain(field);
    }
    for (const q of ['year=1999', 'year=abc', `countyId=${'x'.repeat(100)}`]) expect((await (await t.as('statistikk@veivalg.demo')).get(`/api/v1/statistics/fact-sheet?${q}`)).status, q).toBe(400);
    expect((await t.client().get('/api/v1/statistics/dashboard')).status).toBe(401);
    expect((await (await t.as('redaktor@veivalg.demo')).get('/api/v1/statistics/dashboard')).status).toBe(403);

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.type, 'statistics.viewed')).orderBy(asc(auditEvents.id));
    expect(events.length).toBeGreaterThan(5);
    for (const e of events) {
      expect(e.participantId).toBeNull();
      const text = JSON.stringify(e.data);
      for (const id of k.participantIds) expect(text).not.toContain(id);
    }
    expect(events.some((e) => (e.data as { format: string }).format === 'csv')).toBe(true);
  });

  it('the participant API takes the fact-sheet fields and stores the right to guidance on every write', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const created = await adviser.post('/api/v1/participants', {
      givenName: 'Fakta', familyName: 'Arksen', birthDate: '1990-05-01', residenceBasis: 'refugee', settlementDate: addDays(today, -20),
      preferredLanguage: 'ar', gender: 'female', countryBackground: 'SY',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ gender: 'female', countryBackground: 'SY', guidanceRight: 'right-and-duty' });
    const stored = async () => (await t.database.db.select().from(participants).where(eq(participants.id, created.body.id)))[0]!;
    expect((await stored()).guidanceRight).toBe('right-and-duty');
    // 60 years old at settlement: no longer in the target group, and the stored column follows.
    const edited = await adviser.patch(`/api/v1/participants/${created.body.id}`, { birthDate: '1960-05-01', gender: null, countryBackground: 'ER', version: created.body.version });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ gender: null, countryBackground: 'ER', guidanceRight: 'none' });
    expect(await stored()).toMatchObject({ guidanceRight: 'none', gender: null, countryBackground: 'ER' });
  });

  it('the backfill migration, then the start-up recompute of rows from another rule-set version, gives every participant what guidanceRight() gives', async () => {
    const db = t.database.db;
    const migration = readFileSync(fileURLToPath(new URL('../../db/migrations/0010_statistics_guidance_right_backfill.sql', import.meta.url)), 'utf8');
    await db.execute(sql`update participants set guidance_right = null`);
    await db.execute(sql.raw(migration));
    // The 0010 copy holds the rules of its day (rule-set version unknown, 0); the start-up recompute brings every stored answer to today's rules.
    await db.execute(sql`update participants set rules_version = 0`);
    await recomputeStoredRuleResults(db);
    const all = await db.select().from(participants);
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) expect(p.guidanceRight, `${p.residenceBasis} ${p.birthDate} ${p.settlementDate}`).toBe(guidanceRight(p).right);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantWithOrder } from '../../test/fixtures.ts';
import { auditEvents, handoverBriefItems } from '../../db/schema.ts';
import { csvRecords, csvTemplate, jsonTemplate, parseImport } from './import.ts';
import { addDays, todayInOslo } from '../../../domain/index.ts';

const today = todayInOslo();
const item = (body: { items: { key: string }[] }, key: string) => body.items.find((i) => i.key === key) as any;

describe('import parser', () => {
  it('reads quoted cells with separators, quotes and line breaks, and knows the line each row starts on', () => {
    const text = 'a,b\n"x, ""y""\nz",w\r\nc,d';
    expect(csvRecords(text, ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"\nz', 'w'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
    expect(csvRecords('a,"b\n', ',')).toEqual({ line: 1 });
  });

  it('reports every bad row with its line and a reason, and returns nothing', () => {
    const csv = [
      'item,field,value,mapped_on',
      'schooling,years,ni,2026-01-10', // 2: not a number
      'schooling,country,Syria,2026-01-11', // 3: another date for the same item
      'shoes,size,42,2026-01-10', // 4: unknown item
      'norwegian,level,A1,2026-02-30', // 5: impossible date
      'wishes,wishes,Sykepleier', // 6: three columns
      'language,preferred,Arabic,2026-01-10', // 7: not a language code
      'dialect,unknown,nei,2026-01-10', // 8: unknown with a value
      'work,occupation,Snekker,2026-01-10',
      'work,occupation,Murer,2026-01-10', // 10: twice
      `programme,lengthMonths,12,${addDays(today, 3)}`, // 11: in the future
    ].join('\n');
    const result = parseImport('csv', csv, 'nb', today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11]);
    expect(result.errors[0]!.reason).toBe('schooling.År med skolegang: Feil type verdi.');
    expect(result.errors[2]!.reason).toBe('Ukjent opplysning «shoes».');
    expect(result.errors[4]!.reason).toContain('4');
  });

  it('reports a missing required field on the line of the item, and an English reason when asked', () => {
    const result = parseImport('csv', 'item,field,value,mapped_on\nnorwegian,training,Kurs,2026-01-10\n', 'en', today);
    expect(result).toEqual({ ok: false, errors: [{ line: 2, reason: 'norwegian.Level (CEFR): This field is required.' }] });
  });

  it('accepts semicolons and a byte-order mark (Excel in Norway), and an explicit unknown', () => {
    const result = parseImport('csv', '\uFEFFitem;field;value;mapped_on\r\nschooling;years;12;2026-01-10\r\nschooling;completedLevels;primary|upper-secondary;2026-01-10\r\ndialect;unknown;;2026-01-09\r\n', 'nb', today);
    expect(result).toEqual({
      ok: true,
      items: [
        { key: 'schooling', value: { years: 12, completedLevels: ['primary', 'upper-secondary'] }, mappedOn: '2026-01-10', line: 2 },
        { key: 'dialect', value: null, mappedOn: '2026-01-09', line: 4 },
      ],
      permitDate: null,
    });
  });

  it('reads the participant\'s permit date from a "participant,permitDate" row, once, as a real date not in the future', () => {
    const head = 'item,field,value,mapped_on\n';
    expect(parseImport('csv', `${head}participant,permitDate,2025-12-01,2026-01-10\n`, 'nb', today)).toMatchObject({ ok: true, permitDate: { value: '2025-12-01', line: 2 } });
    expect(parseImport('csv', `${head}participant,permitDate,2025-02-30,2026-01-10\n`, 'nb', today)).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    expect(parseImport('csv', `${head}participant,permitDate,2025-12-01,2026-01-10\nparticipant,permitDate,2025-12-02,2026-01-10\n`, 'nb', today))
      .toMatchObject({ ok: false, errors: [{ line: 3 }] });
    expect(parseImport('csv', `${head}participant,birthDate,1990-01-01,2026-01-10\n`, 'nb', today)).toMatchObject({ ok: false, errors: [{ line: 2 }] });
  });

  it('reads JSON, with a line for each bad entry', () => {
    const json = `{
  "mappedOn": "2026-01-10",
  "items": [
    { "item": "schooling", "value": { "years": 40 } },
    { "item": "wishes", "value": { "wishes": "Bli \\"item\\": lærer" } },
    { "item": "dialect", "unknown": true, "value": { "dialect": "x" } },
    { "item": "nope", "unknown": true }
  ]
}`;
    const result = parseImport('json', json, 'nb', today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([4, 6, 7]);
    expect(parseImport('json', '{"mappedOn": "2026-01-10", "items": [', 'nb', today)).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseImport('json', '{\n"mappedOn": "2026-01-10",\n"items": [}', 'nb', today)).toMatchObject({ ok: false, errors: [{ line: 3 }] });
  });

  it('the templates import cleanly', () => {
    expect(parseImport('csv', csvTemplate('2026-01-10'), 'nb', today).ok).toBe(true);
    expect(parseImport('json', jsonTemplate('2026-01-10'), 'nb', today).ok).toBe(true);
  });
});

describe.each(databaseKinds)('brief import on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  const rows = (participantId: string) => t.database.db.select().from(handoverBriefItems).where(eq(handoverBriefItems.participantId, participantId)).orderBy(handoverBriefItems.itemKey);

  it('imports a good CSV file with the mapping source and date', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent');
    const adviser = await t.as('radgiver@bergen.demo');
    const template = await adviser.get('/api/v1/brief/import-template.csv');
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('text/csv');
    const csv = (template.body as string).replaceAll(today, '2026-01-15');
    const res = await adviser.post(`/api/v1/participants/${participantId}/brief/import`, { format: 'csv', content: csv });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // The order carried today's language, which is newer than the mapping: kept.
    expect(res.body.importedKeys).toHaveLength(11);
    expect(res.body.skipped).toEqual([{ key: 'language', verifiedOn: today }]);
    expect(item(res.body.brief, 'schooling')).toMatchObject({
      state: 'answered', source: 'mapping-import', verifiedOn: '2026-01-15', value: { years: 9, country: 'Syria', completedLevels: ['primary'] },
    });
    expect(item(res.body.brief, 'health-family')).toMatchObject({ state: 'unknown' });
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.type, 'brief.imported')).orderBy(asc(auditEvents.id));
    expect(events.at(-1)!.data).toMatchObject({ participantId, format: 'csv' });
  });

  it('imports JSON, keeping items verified after the mapping date', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'draft');
    const adviser = await t.as('radgiver@bergen.demo');
    const template = await adviser.get('/api/v1/brief/import-template.json');
    expect(template.status).toBe(200);
    const doc = JSON.parse(typeof template.body === 'string' ? template.body : JSON.stringify(template.body));
    doc.mappedOn = '2026-01-15';
    // The order carried today's language; the older mapping must not overwrite it.
    const res = await adviser.post(`/api/v1/participants/${participantId}/brief/import`, { format: 'json', content: JSON.stringify(doc) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.skipped).toEqual([{ key: 'language', verifiedOn: today }]);
    expect(res.body.importedKeys).not.toContain('language');
    expect(item(res.body.brief, 'language')).toMatchObject({ source: 'adviser', verifiedOn: today });
    expect(item(res.body.brief, 'programme')).toMatchObject({ source: 'mapping-import', value: { lengthMonths: 24, expectedEnd: '2027-12-31' } });
  });

  it('stores nothing from a file with bad rows, and reports each with line and reason', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'draft');
    const adviser = await t.as('radgiver@bergen.demo');
    const before = await rows(participantId);
    const csv = 'item,field,value,mapped_on\nwishes,wishes,Lærer,2026-01-10\nschooling,years,-3,2026-01-10\nwork,shoe,42,2026-01-10\n';
    const res = await adviser.post(`/api/v1/participants/${participantId}/brief/import`, { format: 'csv', content: csv });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'brief.import-invalid', message: 'Filen har 2 feil. Ingenting er lagret; rett feilene og last opp på nytt.' });
    expect(res.body.rows).toEqual([
      { line: 3, reason: 'schooling.År med skolegang: Verdien er for liten (minst 0).' },
      { line: 4, reason: 'Opplysningen «work» har ikke feltet «shoe».' },
    ]);
    expect(res.body.fields).toEqual([{ path: 'content', message: res.body.message }]);
    expect(await rows(participantId)).toEqual(before);

    adviser.lang = 'en';
    const en = await adviser.post(`/api/v1/participants/${participantId}/brief/import`, { format: 'json', content: '{"mappedOn": "2026-01-10", "items": [{"item": "wishes"}]}' });
    adviser.lang = 'nb';
    expect(en.status).toBe(400);
    expect(en.body.rows).toEqual([{ line: 1, reason: 'Each entry needs "item" and either "value" or "unknown": true.' }]);
    expect(await rows(participantId)).toEqual(before);
  });

  it('is for the municipality only; the centre gets 403, another municipality 404', async () => {
    const { participantId } = await participantWithOrder(t, 'bergen', 'sent');
    const content = 'item,field,value,mapped_on\nwishes,wishes,Lærer,2026-01-10\n';
    expect((await (await t.as('veileder@vestland.demo')).post(`/api/v1/participants/${participantId}/brief/import`, { format: 'csv', content })).status).toBe(403);
    expect((await (await t.as('radgiver@drammen.demo')).post(`/api/v1/participants/${participantId}/brief/import`, { format: 'csv', content })).status).toBe(404);
    expect((await t.client().get('/api/v1/brief/import-template.csv')).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaBytes } from '../../test/schema-bytes.ts';
import { eq, sql } from 'drizzle-orm';
import { participants } from '../../db/schema.ts';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantJson, participantList } from './schemas.ts';

/**
 * The list routes write their 200 answer with JSON.stringify (http/trusted-serializer.ts) instead of the zod
 * schema's serializer. This checks, on every shape a row can take, that the bytes are exactly what the schema's
 * serializer writes: same fields, same order, nothing extra.
 */
describe.each(databaseKinds)('participant list serialisation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  const zodBytes = (text: string) => schemaBytes(participantList, text);

  it('writes the same bytes as the response schema’s serializer, for every kind of row', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const base = {
      givenName: 'Serie', familyName: 'Bytesen', birthDate: '1990-05-01', nationalId: null, residenceBasis: 'refugee',
      settlementDate: '2026-01-15', preferredLanguage: 'ar', interpreterLanguage: null,
    };
    // A permit date, a programme request and a planned end, gender and country; then an edit that changes the
    // § 11 answer (a jsonb column, whose keys PostgreSQL stores in its own order).
    const full = (await adviser.post('/api/v1/participants', {
      ...base, permitDate: '2025-12-01', programmeRequestDate: '2026-02-01', programmeEndDate: '2027-01-01', gender: 'female', countryBackground: 'SY',
    })).body;
    expect(full.id).toBeDefined();
    const changed = await adviser.patch(`/api/v1/participants/${full.id}`, { birthDate: '1960-05-01', version: full.version });
    expect(changed.status).toBe(200);
    expect(changed.body.guidanceRightChange).not.toBeNull();

    const cookie = [...adviser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const get = await fetch(`${t.url}/api/v1/participants?limit=100`, { headers: { cookie } });
    expect(get.status).toBe(200);
    const text = await get.text();
    const items = JSON.parse(text).items as Record<string, unknown>[];
    // The page must hold every shape, or the comparison proves less than it claims.
    expect(items.some((i) => i.guidanceRightChange !== null)).toBe(true);
    expect(items.some((i) => i.postponement !== null)).toBe(true);
    expect(items.some((i) => i.latestOrder !== null)).toBe(true);
    expect(items.some((i) => i.permitDate !== null && i.programmeEndDate !== null)).toBe(true);
    expect(items.some((i) => (i.deadlines as { decision: unknown }).decision === null)).toBe(true);
    expect(text).toBe(zodBytes(text));

    const search = await fetch(`${t.url}/api/v1/participants/search`, {
      method: 'POST', body: JSON.stringify({ q: 'bytesen' }),
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': adviser.cookies.get('csrf')! },
    });
    expect(search.status).toBe(200);
    const searchText = await search.text();
    expect(JSON.parse(searchText).items).toHaveLength(1);
    expect(searchText).toBe(zodBytes(searchText));
  });
  /**
   * Rows of every kind a participant can be in, and names no test fixture has: the list (read as one JSON value per
   * row, service.ts) must give exactly the bytes the schema's serializer writes, page after page, and each item must
   * be byte for byte the participant's own GET (read by drizzle as a whole row, written by the schema's serializer).
   */
  it('writes the schema’s bytes for varied rows on every page, and each item as the participant’s own GET', async () => {
    const adviser = await t.as('radgiver@bergen.demo');
    const cookie = [...adviser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const base = {
      givenName: 'Variert', familyName: 'Radsen', birthDate: '1995-02-03', residenceBasis: 'refugee', settlementDate: '2026-02-10',
      preferredLanguage: 'ar',
    };
    // Names in Norwegian, Cyrillic, Arabic, Chinese, Tigrinya and with characters outside the BMP; optional fields
    // present and absent; every residence basis (a right, a right and duty, none: no § 12 deadline); old and new law.
    const variants: Record<string, unknown>[] = [
      { givenName: 'Øyvind Åsmund', familyName: 'Ærlig-Strøm', nationalId: '15076500565', interpreterLanguage: 'ar', gender: 'male', countryBackground: 'NO' },
      { givenName: 'Олена', familyName: 'Шевченко', residenceBasis: 'collective-protection', preferredLanguage: 'uk', programmeRequestDate: '2026-03-01' },
      { givenName: 'محمد', familyName: 'الأحمد', residenceBasis: 'refugee-family-reunification', permitDate: '2025-11-20', programmeEndDate: '2028-01-31', gender: 'other' },
      { givenName: '王小明', familyName: '李', residenceBasis: 'other-family-reunification', countryBackground: 'CN', gender: 'female' },
      { givenName: 'ሰላም', familyName: 'ተስፋይ', residenceBasis: 'other', preferredLanguage: 'ti', interpreterLanguage: 'ti' },
      { givenName: 'Emoji 😀', familyName: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', birthDate: '1960-07-01', settlementDate: '2020-12-01', permitDate: '2020-10-01' },
      { givenName: 'O\'Brien "Q"', familyName: 'Back\\slash', birthDate: '2009-12-31', settlementDate: '2026-06-01', programmeRequestDate: '2026-06-02' },
    ];
    const made: { id: string; version: number }[] = [];
    for (const v of variants) {
      const res = await adviser.post('/api/v1/participants', { ...base, ...v });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      made.push(res.body);
    }
    // A right changed by an edit (jsonb), an open postponement, an order. The edit's answer is the schema's bytes too.
    const edited = await fetch(`${t.url}/api/v1/participants/${made[0]!.id}`, {
      method: 'PATCH', body: JSON.stringify({ birthDate: '1960-05-01', version: made[0]!.version }),
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': adviser.cookies.get('csrf')! },
    });
    expect(edited.status).toBe(200);
    const editedText = await edited.text();
    expect(JSON.parse(editedText).guidanceRightChange).not.toBeNull();
    expect(editedText).toBe(schemaBytes(participantJson, editedText));
    const postponed = await adviser.post(`/api/v1/participants/${made[2]!.id}/postponements`, {
      reason: 'health', justification: 'Syk i perioden', expectedDate: new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10), decidedWith: 'adviser-alone', version: made[2]!.version,
    });
    expect(postponed.status, JSON.stringify(postponed.body)).toBe(201);
    // What the API's input does not take but a row may hold (an import, a correction, an older version): quotes,
    // backslashes and control characters in names, U+2028 (valid JSON, not valid JavaScript before ES2019), and
    // timestamps with 0, 1 and 6 decimals.
    const db = t.database.db;
    await db.update(participants).set({ givenName: 'Tab\there\u0001\u001f', familyName: 'Ny\nlinje\r\u2028\u2029\u007f"\\' })
      .where(eq(participants.id, made[3]!.id));
    await db.execute(sql`update ${participants} set created_at = '2026-03-29 01:30:00+00', updated_at = '2026-03-29 02:30:00.1+00' where id = ${made[4]!.id}`);
    await db.execute(sql`update ${participants} set created_at = '2025-10-26 00:59:59.999999+00', updated_at = '2025-10-26 01:00:00.000001+00' where id = ${made[5]!.id}`);

    const zodItem = (item: unknown) => schemaBytes(participantJson, item);
    const seen = new Map<string, Record<string, unknown>>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Response = await fetch(`${t.url}/api/v1/participants?limit=4${cursor ? `&cursor=${cursor}` : ''}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toBe(zodBytes(text));
      const body = JSON.parse(text) as { items: Record<string, unknown>[]; nextCursor: string | null };
      for (const item of body.items) {
        const own = await fetch(`${t.url}/api/v1/participants/${item.id as string}`, { headers: { cookie } });
        expect(own.status).toBe(200);
        // The item, written alone by the schema's serializer, is the detail route's answer, byte for byte; and the
        // detail route (JSON.stringify of toJson too, routes.ts) writes what the schema's serializer writes.
        const ownText = await own.text();
        expect(zodItem(item)).toBe(ownText);
        expect(ownText).toBe(zodItem(JSON.parse(ownText)));
        seen.set(item.id as string, item);
      }
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(2);
    for (const p of made) expect(seen.has(p.id)).toBe(true);
    const items = [...seen.values()];
    expect(items.some((i) => i.guidanceRight === 'none' && (i.deadlines as { decision: unknown }).decision === null)).toBe(true);
    expect(items.some((i) => i.guidanceRight === 'right')).toBe(true);
    expect(items.some((i) => (i.guidanceRightBasis as { law: string }).law === 'introduksjonsloven')).toBe(true);
    expect(items.some((i) => (i.deadlines as { startsFrom: unknown }).startsFrom === 'programme-request')).toBe(true);
    expect(items.some((i) => i.nationalId !== null && i.gender !== null && i.countryBackground !== null)).toBe(true);
    expect(items.some((i) => i.postponement !== null && (i.postponement as { reminderDue: boolean }).reminderDue === false)).toBe(true);
    expect(items.some((i) => i.latestOrder !== null)).toBe(true);
    expect(items.some((i) => i.guidanceRightChange !== null)).toBe(true);
    expect(seen.get(made[3]!.id)).toMatchObject({ givenName: 'Tab\there\u0001\u001f', familyName: 'Ny\nlinje\r\u2028\u2029\u007f"\\' });
    expect(seen.get(made[4]!.id)).toMatchObject({ createdAt: '2026-03-29T01:30:00.000Z', updatedAt: '2026-03-29T02:30:00.100Z' });
    expect(seen.get(made[5]!.id)).toMatchObject({ createdAt: '2025-10-26T00:59:59.999Z', updatedAt: '2025-10-26T01:00:00.000Z' });
  });
});

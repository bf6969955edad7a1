import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { participantList } from './schemas.ts';

/**
 * The list routes write their 200 answer with JSON.stringify (http/trusted-serializer.ts) instead of the zod
 * schema's serializer. This checks, on every shape a row can take, that the bytes are exactly what the schema's
 * serializer writes: same fields, same order, nothing extra.
 */
describe.each(databaseKinds)('participant list serialisation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  const zodBytes = (text: string) => serializerCompiler({ schema: participantList, method: 'GET', url: '/api/v1/participants' } as never)(JSON.parse(text));

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
});

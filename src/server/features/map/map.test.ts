import { todayInOslo } from '../../../domain/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from '../../test/harness.ts';
import { offers } from '../../../content/index.ts';

describe.each(databaseKinds)('opportunity map API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('publishes every offer with lanes and Norwegian levels, without sign-in', async () => {
    const res = await t.client().get('/api/v1/map/offers');
    expect(res.status).toBe(200);
    expect(res.body.offers).toHaveLength(offers.length);
    expect(res.body.lanes.map((l: { id: string }) => l.id)).toEqual(['language', 'work-and-education', 'supplementary', 'financing']);
    expect(res.body.norwegianLevels.map((l: { level: string }) => l.level)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1']);
    const hoyere = (await t.client().get('/api/v1/map/offers/hoyere-utdanning')).body;
    expect(hoyere).toMatchObject({ id: 'hoyere-utdanning', lane: 'work-and-education', version: 0, requirements: { norwegianLevel: 'B2' } });
    expect((await t.client().get('/api/v1/map/offers/finnes-ikke')).status).toBe(404);
    const gz = await t.client().request('GET', '/api/v1/map/offers', undefined, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the overview as one answer per version: the same JSON in every encoding, 304 for a known ETag, a new ETag after an edit', async () => {
    const url = `${t.client().baseUrl}/api/v1/map/offers`;
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const etag = plain.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch decodes brotli and gzip itself: the bytes it returns are the same JSON.
    for (const encoding of ['br', 'gzip', 'gzip, deflate, br']) {
      const res = await fetch(url, { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe(encoding.includes('br') ? 'br' : 'gzip');
      expect(await res.text()).toBe(text);
      expect(res.headers.get('etag')).toBe(etag);
    }
    const again = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(url, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200);

    // A refused edit changes nothing; a saved one is in the next answer, under a new ETag.
    const editor = await t.as('redaktor@veivalg.demo');
    const edit = { texts: { summary: { nb: 'Kort tekst om leksehjelp.', en: 'Short text on homework help.' } }, reviewDue: '2027-06-01', note: '', version: 0 };
    expect((await editor.patch('/api/v1/map/offers/leksehjelp', { ...edit, version: 7 })).status).toBe(409);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await editor.patch('/api/v1/map/offers/leksehjelp', edit)).status).toBe(200);
    const changed = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const offer = (await changed.json()).offers.find((o: { id: string }) => o.id === 'leksehjelp');
    expect(offer).toMatchObject({ version: 1, summary: { nb: 'Kort tekst om leksehjelp.' }, editedTexts: ['summary'] });
  });

  it('says what the rules say for a profile, in the reader\'s language', async () => {
    const c = t.client();
    const refugee = await c.post('/api/v1/map/eligibility', { profile: { age: 30, residenceBasis: 'refugee' }, offerIds: ['karriereveiledning-integreringsloven'] });
    expect(refugee.status).toBe(200);
    expect(refugee.body.results[0]).toMatchObject({ offerId: 'karriereveiledning-integreringsloven', status: 'right-and-duty' });
    expect(refugee.body.results[0].reasons[0].legalRef).toMatch(/§ 11/);
    const ukr = await c.post('/api/v1/map/eligibility', { profile: { age: 30, residenceBasis: 'collective-protection' }, offerIds: ['karriereveiledning-integreringsloven'] });
    // Chapter 6A lapsed on 1 July 2026: collective protection follows the ordinary rules today.
    expect(ukr.body.results[0].status).toBe(todayInOslo() < '2026-07-01' ? 'right' : 'right-and-duty');

    const all = (await c.post('/api/v1/map/eligibility', { profile: { norwegianLevel: 'B1', schooling: 'upper-secondary' } })).body;
    expect(all.results).toHaveLength(offers.length);
    expect(all.results.find((r: { offerId: string }) => r.offerId === 'hoyere-utdanning').status).toBe('not-eligible');
    const unknown = all.results.find((r: { offerId: string }) => r.offerId === 'praksiskandidat');
    expect(unknown.status).toBe('unknown');
    expect(unknown.toFindOut.length).toBeGreaterThan(0);
    // Every text carries its key in the translation catalogue, so the page can show the six other languages.
    expect(unknown.toFindOutKeys).toHaveLength(unknown.toFindOut.length);
    for (const r of all.results) {
      expect(r.reasons.map((x: { key: string | null }) => x.key), r.offerId).not.toContain(null);
      expect(r.toFindOutKeys, r.offerId).not.toContain(null);
      expect(r.caveatKey).toBe(`caveat.${r.status}`);
    }
    expect(refugee.body.results[0].reasons[0].key).toMatch(/^reason\.karriereveiledning-integreringsloven\./);

    c.lang = 'en';
    const en = (await c.post('/api/v1/map/eligibility', { profile: { yearsOfRelevantPractice: 5 }, offerIds: ['praksiskandidat'] })).body;
    expect(en.lang).toBe('en');
    expect(en.results[0].caveat).toMatch(/[a-z]/);
    expect(en.results[0].caveat).not.toMatch(/[æøå]/);
  });

  it('refuses unknown profile fields and impossible values with a field-level message', async () => {
    const c = t.client();
    const typo = await c.post('/api/v1/map/eligibility', { profile: { alder: 30 } });
    expect(typo.status).toBe(400);
    expect(typo.body.fields).toEqual([{ path: 'profile.alder', message: 'Ukjent felt.' }]);
    const negative = await c.post('/api/v1/map/eligibility', { profile: { age: -1, norwegianLevel: 'B3' } });
    expect(negative.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['profile.age', 'profile.norwegianLevel']);
    expect((await c.post('/api/v1/map/eligibility', { profile: { age: 30 }, on: '2026-02-30' })).status).toBe(400);
  });

  it('lets a content editor edit texts as a new version with who and when; stale edits and other roles are refused', async () => {
    const editor = await t.as('redaktor@veivalg.demo');
    const edit = {
      texts: { summary: { nb: 'Ny kort tekst.', en: 'New short text.' } }, reviewDue: '2027-06-01', note: 'Klarere språk', version: 0,
    };
    const saved = await editor.patch('/api/v1/map/offers/sprakpraksis', edit);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, summary: { nb: 'Ny kort tekst.' }, reviewDue: '2027-06-01' });
    expect((await editor.patch('/api/v1/map/offers/sprakpraksis', edit)).status).toBe(409);
    const second = await editor.patch('/api/v1/map/offers/sprakpraksis', { ...edit, texts: { title: { nb: 'Språkpraksis (ny)', en: 'Language practice (new)' } }, version: 1 });
    // Fields not sent keep the previous edit's wording.
    expect(second.body).toMatchObject({ version: 2, summary: { nb: 'Ny kort tekst.' }, title: { nb: 'Språkpraksis (ny)' } });
    expect((await t.client().get('/api/v1/map/offers/sprakpraksis')).body.title.nb).toBe('Språkpraksis (ny)');
    // The translations are of the checked-in wording: the page shows the edited fields in Norwegian.
    expect(second.body.editedTexts).toEqual(['summary', 'title']);
    expect((await t.client().get('/api/v1/map/offers/norskprove')).body.editedTexts).toEqual([]);
    // Publishing systems take the edited text in pieces, as Markdown.
    const md = await t.client().get('/api/v1/map/offers/sprakpraksis/markdown');
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.body).toContain('## Språkpraksis (ny)');
    expect(md.body).toContain('Ny kort tekst.');

    const history = (await editor.get('/api/v1/map/offers/sprakpraksis/revisions')).body.items;
    expect(history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(history[1]).toMatchObject({ editedBy: { name: 'Randi Redaktør' }, note: 'Klarere språk' });

    const adviser = await t.as('radgiver@bergen.demo');
    expect((await adviser.patch('/api/v1/map/offers/sprakpraksis', { ...edit, version: 2 })).status).toBe(403);
    expect((await t.client().patch('/api/v1/map/offers/sprakpraksis', { ...edit, version: 2 })).status).toBe(401);
    expect((await editor.patch('/api/v1/map/offers/sprakpraksis', { ...edit, texts: { links: [] }, version: 2 })).status).toBe(400);
    expect((await editor.patch('/api/v1/map/offers/sprakpraksis', { ...edit, texts: { summary: { nb: '', en: 'x' } }, version: 2 })).status).toBe(400);
    expect((await editor.patch('/api/v1/map/offers/finnes-ikke', { ...edit, version: 0 })).status).toBe(404);
    const huge = await editor.patch('/api/v1/map/offers/sprakpraksis', { ...edit, texts: { summary: { nb: 'x'.repeat(100_000), en: 'x' } }, version: 2 });
    expect(huge.status).toBe(400);
    expect(huge.body.fields[0].path).toBe('texts.summary.nb');
    expect((await editor.patch('/api/v1/map/offers/sprakpraksis', { ...edit, reviewDue: '2027-02-29', version: 2 })).status).toBe(400);
    expect((await t.client().get('/api/v1/map/offers/sprakpraksis')).body.version).toBe(2);
    expect((await editor.get('/api/v1/map/offers/sprakpraksis/revisions')).body.items).toHaveLength(2);
  });
});

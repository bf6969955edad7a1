// The content export (issue 18 item 5): local offers by county from a running Veivalg's public API, the map's
// translations with their status, in JSON and Markdown, and never an editor's name. Run against a real server on
// each database (PGlite, and PostgreSQL when DATABASE_URL is set).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { addDays, todayInOslo } from '../src/domain/index.ts';
import { databaseKinds, startTestApp, type TestApp } from '../src/server/test/harness.ts';
import { organisations, users } from '../src/server/db/schema.ts';
import type { PublicLocalOffer } from '../src/server/features/local-offers/schemas.ts';
import { countyMarkdown, exportContent, groupByCounty, mapTranslations } from './content-export.ts';

const today = todayInOslo();
const ar = JSON.parse(fs.readFileSync(new URL('../src/content/map-i18n/ar.json', import.meta.url), 'utf8')) as { status: string; texts: Record<string, string> };

/** Every file under `dir`, as text. */
function allFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file), fs.readFileSync(file, 'utf8'));
    }
  }
  return out;
}

describe.each(databaseKinds)('npm run export-content --from a running Veivalg on %s', (kind) => {
  let t: TestApp;
  let out: string;
  const title = `Jobbnorsk for helsefag ${Date.now().toString(36)}`;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const [bergen] = await t.database.db.select().from(organisations).where(eq(organisations.name, 'Bergen kommune'));
    const linn = await t.as('lokal@bergen.demo');
    const created = await linn.post('/api/v1/local-offers', {
      lane: 'language', nationalOfferId: null, textLanguage: 'nb', title, provider: 'Bergen voksenopplæring',
      summary: 'Norsk med fagord for helse og omsorg, med praksis på sykehjem.', forWhom: 'Voksne med norsk på A2-nivå.',
      area: { kind: 'municipalities', municipalityIds: [bergen!.id] }, address: 'Kalfarveien 31, Bergen', digital: false,
      startDates: [addDays(today, 21)], applicationDeadline: addDays(today, 7), length: '20 uker', instructionLanguages: ['nb'],
      cost: 'Gratis', contact: 'post@bergen.kommune.no', link: 'https://www.bergen.kommune.no', source: 'Kommunens side', reviewDue: addDays(today, 90),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-export-'));
    await exportContent({ out, from: t.url });
  });
  afterAll(async () => {
    await t?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('puts the new local offer under its county, in content.json and in the county\'s Markdown file', () => {
    const content = JSON.parse(fs.readFileSync(path.join(out, 'content.json'), 'utf8'));
    expect(content.offers.length).toBeGreaterThan(40);
    expect(content.localOffers.from).toBe('database');
    const vestland = content.localOffers.counties.find((c: { offers: { title: string }[] }) => c.offers.some((o) => o.title === title));
    expect(vestland?.county.name).toMatch(/Vestland/);
    const offer = vestland.offers.find((o: { title: string }) => o.title === title);
    expect(offer).toMatchObject({ provider: 'Bergen voksenopplæring', publishedBy: 'Bergen kommune', area: { kind: 'municipalities', municipalities: ['Bergen kommune'] }, startDates: [addDays(today, 21)] });
    // Offers are listed once per county, though the API gives a county-wide offer once per municipality.
    const ids = vestland.offers.map((o: { id: string }) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Drammen's county has no local offers in the demo data: no group for it.
    expect(content.localOffers.counties.every((c: { offers: unknown[] }) => c.offers.length > 0)).toBe(true);

    const files = allFiles(out);
    const md = [...files].find(([name, text]) => name.startsWith('local-offers/') && text.includes(`## ${title}`));
    expect(md, 'a Markdown file for the county with the offer').toBeDefined();
    expect(md![1]).toContain(`# Lokale tilbud i ${vestland.county.name}`);
    expect(md![1]).toContain('- Lagt inn av Bergen kommune');
    expect(md![1]).toContain(`- Søknadsfrist: ${addDays(today, 7)}`);
  });

  it('includes the map translations with their status, in JSON and Markdown', () => {
    const content = JSON.parse(fs.readFileSync(path.join(out, 'content.json'), 'utf8'));
    const arabic = content.mapTranslations.languages.find((l: { language: string }) => l.language === 'ar');
    expect(arabic.status).toBe(ar.status);
    expect(arabic.texts['ui.localOffers.map.heading']).toBe(ar.texts['ui.localOffers.map.heading']);
    expect(arabic.texts['ui.map.title']).toBe(ar.texts['ui.map.title']);
    expect(content.mapTranslations.languages.map((l: { language: string }) => l.language)).toEqual(['uk', 'ru', 'ar', 'ti', 'so', 'prs']);
    const md = fs.readFileSync(path.join(out, 'map-translations', 'ar.md'), 'utf8');
    expect(md).toContain(`status: ${ar.status}`);
    expect(md).toContain(`| \`ui.localOffers.map.heading\` | Hvor bor du? | ${ar.texts['ui.localOffers.map.heading']} |`);
  });

  it('never contains an editor\'s name or id, nor who edited', async () => {
    const editors = await t.database.db.select({ id: users.id, name: users.name }).from(users)
      .where(inArray(users.role, ['local-offer-editor', 'content-editor']));
    expect(editors.map((e) => e.name)).toContain('Linn Lokal');
    const files = allFiles(out);
    for (const [name, text] of files) {
      for (const editor of editors) {
        expect(text, name).not.toContain(editor.name);
        expect(text, name).not.toContain(editor.id);
      }
      expect(text, name).not.toMatch(/updatedBy|editedBy|createdBy|removedBy|reviewedBy/);
    }
  });
});

describe('the export\'s local offers, without a server', () => {
  const county = { id: '00000000-0000-4000-8000-000000000001', name: 'Vestland' };
  const offer = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
    id, lane: 'language', nationalOfferId: null, textLanguage: 'nb', title, provider: 'Biblioteket', summary: 'Samtaler på norsk.', forWhom: 'Alle.',
    area: { kind: 'county', county, municipalities: [] }, address: 'Strømgaten 6', digital: false, startDates: [], continuousAdmission: true,
    applicationDeadline: null, length: '', instructionLanguages: ['nb'], cost: '', contact: '', link: null, source: 'Biblioteket',
    publishedBy: { name: 'Vestland fylkeskommune' }, updatedOn: today, current: true, removed: false, ...extra,
  }) as unknown as PublicLocalOffer;

  it('copies only the public fields (a field the API might gain, such as an editor, is left out) and lists an offer once', () => {
    const groups = groupByCounty([offer('a', 'Språkkafé', { updatedBy: { name: 'Frida Fylke' } }), offer('a', 'Språkkafé'), offer('b', 'Arbeidsnorsk')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.offers.map((o) => o.title)).toEqual(['Arbeidsnorsk', 'Språkkafé']);
    expect(JSON.stringify(groups)).not.toContain('Frida');
    const md = countyMarkdown(groups[0]!);
    expect(md).toContain('# Lokale tilbud i Vestland');
    expect(md).toContain('- Gjelder: Hele Vestland');
    expect(md).toContain('- Oppstart: løpende opptak');
  });

  it('reads every translation file that exists, with its status and without the reviewer\'s name', () => {
    const translations = mapTranslations();
    expect(translations.map((x) => x.language)).toEqual(['uk', 'ru', 'ar', 'ti', 'so', 'prs']);
    for (const x of translations) {
      expect(['draft', 'reviewed']).toContain(x.status);
      expect(Object.keys(x)).not.toContain('reviewedBy');
    }
  });
});

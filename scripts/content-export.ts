/**
 * The content export (`npm run export-content`, issue 18 item 5): what a county website or IMDi can publish.
 *
 * - `content.json`: lanes, offers and Norwegian levels (as before); `localOffers`, the local offers on the map
 *   today grouped by county; `mapTranslations`, the map's texts in uk, ru, ar, ti, so and prs with each file's
 *   translation status (draft or reviewed, and the date a qualified translator reviewed it).
 * - Markdown: `offers/<id>.md` (as before), `local-offers/<county>.md` one file per county, and
 *   `map-translations/<language>.md` one file per language (key, Norwegian source, translation).
 *
 * Local offers live in the database only, so they come from a running Veivalg (`--from`), through its public
 * endpoints (`/api/v1/map/municipalities`, `/api/v1/map/local-offers?municipalityId=…`): exactly what the map
 * shows, never an editor's name. Each offer is copied field by field (a list of public fields, not a spread), so a
 * field added to the API later does not leak into the export unnoticed. The translations' `reviewedBy` (a person's
 * name) is left out for the same reason; the map itself shows only the date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lanes, norwegianLevels, offers as checkedInOffers, type Offer } from '../src/content/index.ts';
import { offerMarkdown } from '../src/content/markdown.ts';
import {
  translatedMapLanguages, type MapTranslationStatus, type SourceCatalogue, type TranslatedMapLanguage,
} from '../src/content/map-i18n/model.ts';
import type { PublicLocalOffer } from '../src/server/features/local-offers/schemas.ts';

const mapI18nDir = new URL('../src/content/map-i18n/', import.meta.url);

/** A local offer as exported: the public fields only. */
export interface ExportedLocalOffer {
  id: string;
  lane: string;
  nationalOfferId: string | null;
  textLanguage: string;
  title: string;
  provider: string;
  summary: string;
  forWhom: string;
  /** `county`: the whole county; otherwise the municipalities it is for. */
  area: { kind: 'municipalities' | 'county'; municipalities: string[] };
  address: string;
  digital: boolean;
  startDates: string[];
  continuousAdmission: boolean;
  applicationDeadline: string | null;
  length: string;
  instructionLanguages: string[];
  cost: string;
  contact: string;
  link: string | null;
  source: string;
  /** The organisation that publishes it (never the person). */
  publishedBy: string;
  updatedOn: string;
}

export interface CountyLocalOffers {
  county: { id: string; name: string };
  offers: ExportedLocalOffer[];
}

export interface ExportedTranslation {
  language: TranslatedMapLanguage;
  status: MapTranslationStatus;
  /** The day a qualified translator reviewed the file; null while it is a draft. */
  reviewedAt: string | null;
  texts: Record<string, string>;
}

export function publicLocalOffer(o: PublicLocalOffer): ExportedLocalOffer {
  return {
    id: o.id, lane: o.lane, nationalOfferId: o.nationalOfferId, textLanguage: o.textLanguage,
    title: o.title, provider: o.provider, summary: o.summary, forWhom: o.forWhom,
    area: { kind: o.area.kind, municipalities: o.area.municipalities.map((m) => m.name) },
    address: o.address, digital: o.digital, startDates: [...o.startDates], continuousAdmission: o.continuousAdmission,
    applicationDeadline: o.applicationDeadline, length: o.length, instructionLanguages: [...o.instructionLanguages],
    cost: o.cost, contact: o.contact, link: o.link, source: o.source, publishedBy: o.publishedBy.name, updatedOn: o.updatedOn,
  };
}

/** Local offers by county (counties and offers in a stable order: county name, then first start, then title). */
export function groupByCounty(list: readonly PublicLocalOffer[]): CountyLocalOffers[] {
  const counties = new Map<string, CountyLocalOffers>();
  const seen = new Set<string>();
  for (const o of list) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    const group = counties.get(o.area.county.id) ?? { county: { id: o.area.county.id, name: o.area.county.name }, offers: [] };
    group.offers.push(publicLocalOffer(o));
    counties.set(o.area.county.id, group);
  }
  const first = (o: ExportedLocalOffer) => o.startDates[0] ?? '9999-12-31';
  return [...counties.values()]
    .sort((a, b) => a.county.name.localeCompare(b.county.name, 'nb'))
    .map((g) => ({ ...g, offers: g.offers.sort((a, b) => first(a).localeCompare(first(b)) || a.title.localeCompare(b.title, 'nb')) }));
}

type Fetch = (url: URL) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function getJson<T>(fetcher: Fetch, url: URL): Promise<T> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`GET ${url.pathname}${url.search}: ${response.status}`);
  return (await response.json()) as T;
}

/** The local offers a running Veivalg shows on its map today, through its public API, by county. */
export async function fetchLocalOffers(from: string, fetcher: Fetch = fetch): Promise<CountyLocalOffers[]> {
  const municipalities = await getJson<{ items: { id: string }[] }>(fetcher, new URL('/api/v1/map/municipalities', from));
  const all: PublicLocalOffer[] = [];
  for (const m of municipalities.items) {
    const url = new URL('/api/v1/map/local-offers', from);
    url.searchParams.set('municipalityId', m.id);
    all.push(...(await getJson<{ items: PublicLocalOffer[] }>(fetcher, url)).items);
  }
  return groupByCounty(all);
}

/** The map's translation files that exist, with their status; `reviewedBy` (a person) is not exported. */
export function mapTranslations(dir: URL = mapI18nDir): ExportedTranslation[] {
  return translatedMapLanguages.flatMap((language) => {
    const file = new URL(`${language}.json`, dir);
    if (!fs.existsSync(file)) return [];
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { status: MapTranslationStatus; reviewedAt: string | null; texts: Record<string, string> };
    return [{ language, status: parsed.status, reviewedAt: parsed.status === 'reviewed' ? parsed.reviewedAt : null, texts: parsed.texts }];
  });
}

export function mapSource(dir: URL = mapI18nDir): SourceCatalogue {
  return JSON.parse(fs.readFileSync(new URL('source.json', dir), 'utf8')) as SourceCatalogue;
}

// ------------------------------------------------------------------------------------------------ Markdown

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

/** One county's local offers as Markdown (Norwegian labels: the export's readers are Norwegian publishers). */
export function countyMarkdown(group: CountyLocalOffers): string {
  const lines = [
    '---', `county: ${group.county.name}`, `countyId: ${group.county.id}`, `offers: ${group.offers.length}`, '---', '',
    `# Lokale tilbud i ${group.county.name}`, '',
  ];
  for (const o of group.offers) {
    const where = o.area.kind === 'county' ? `Hele ${group.county.name}` : o.area.municipalities.join(', ');
    lines.push(`## ${o.title}`, '', o.summary, '');
    lines.push(`- Tilbyder: ${o.provider}`);
    lines.push(`- Gjelder: ${where}`);
    lines.push(`- Felt i kartet: ${o.lane}${o.nationalOfferId ? ` (nasjonalt tilbud: ${o.nationalOfferId})` : ''}`);
    lines.push(`- Språket teksten er skrevet på: ${o.textLanguage}`);
    lines.push(`- Oppstart: ${o.continuousAdmission ? 'løpende opptak' : o.startDates.join(', ')}`);
    if (o.applicationDeadline) lines.push(`- Søknadsfrist: ${o.applicationDeadline}`);
    if (o.address || o.digital) lines.push(`- Sted: ${[o.address, o.digital ? 'digitalt' : ''].filter(Boolean).join(' · ')}`);
    if (o.length) lines.push(`- Varighet: ${o.length}`);
    lines.push(`- Undervisningsspråk: ${o.instructionLanguages.join(', ')}`);
    if (o.cost) lines.push(`- Pris: ${o.cost}`);
    if (o.contact) lines.push(`- Kontakt: ${o.contact}`);
    if (o.link) lines.push(`- Lenke: <${o.link}>`);
    lines.push(`- For hvem: ${o.forWhom}`);
    lines.push(`- Kilde: ${o.source}`);
    lines.push(`- Lagt inn av ${o.publishedBy}, oppdatert ${o.updatedOn}`, '');
  }
  return `${lines.join('\n')}\n`;
}

/** One language's map texts as Markdown: status, then a table of key, Norwegian source and translation. */
export function translationMarkdown(t: ExportedTranslation, source: SourceCatalogue): string {
  const status = t.status === 'reviewed'
    ? `Kontrollert av en kvalifisert oversetter ${t.reviewedAt ?? ''}.`
    : 'Utkast: ikke kontrollert av en kvalifisert oversetter ennå.';
  const lines = [
    '---', `language: ${t.language}`, `status: ${t.status}`, `reviewedAt: ${t.reviewedAt ?? 'null'}`, `texts: ${Object.keys(t.texts).length}`, '---', '',
    `# Mulighetskartet på ${t.language}`, '', status, '', '| Nøkkel | Bokmål | Oversettelse |', '|---|---|---|',
  ];
  for (const [key, text] of Object.entries(t.texts)) {
    const base = key.replace(/_(zero|one|two|few|many|other)$/u, '');
    const nb = source[key]?.nb ?? source[`${base}_other`]?.nb ?? '';
    lines.push(`| \`${key}\` | ${cell(nb)} | ${cell(text)} |`);
  }
  return `${lines.join('\n')}\n`;
}

const slug = (name: string) =>
  name.toLowerCase().replace(/æ/gu, 'ae').replace(/ø/gu, 'o').replace(/å/gu, 'a').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');

// ------------------------------------------------------------------------------------------------ the export

export interface ExportResult {
  offers: number;
  counties: number;
  localOffers: number;
  languages: number;
}

/** Writes the export to `out`; with `from`, the offers and the local offers come from that running Veivalg. */
export async function exportContent({ out, from, fetcher = fetch }: { out: string; from?: string; fetcher?: Fetch }): Promise<ExportResult> {
  const national = from
    ? await getJson<{ lanes: unknown; offers: Offer[]; norwegianLevels: unknown }>(fetcher, new URL('/api/v1/map/offers', from))
    : { lanes, offers: [...checkedInOffers], norwegianLevels };
  const localOffers = from ? await fetchLocalOffers(from, fetcher) : [];
  const translations = mapTranslations();
  const source = mapSource();

  const content = {
    ...national,
    localOffers: {
      /** Where they came from: a running Veivalg's database, or none (the checked-in content has no local offers). */
      from: from ? 'database' : 'none',
      counties: localOffers,
    },
    mapTranslations: { sourceLanguage: 'nb', languages: translations },
  };

  fs.rmSync(path.join(out, 'local-offers'), { recursive: true, force: true });
  fs.rmSync(path.join(out, 'map-translations'), { recursive: true, force: true });
  for (const dir of ['offers', 'local-offers', 'map-translations']) fs.mkdirSync(path.join(out, dir), { recursive: true });
  fs.writeFileSync(path.join(out, 'content.json'), `${JSON.stringify(content, null, 2)}\n`);
  for (const offer of national.offers) fs.writeFileSync(path.join(out, 'offers', `${offer.id}.md`), offerMarkdown(offer));
  for (const group of localOffers) fs.writeFileSync(path.join(out, 'local-offers', `${slug(group.county.name)}.md`), countyMarkdown(group));
  for (const t of translations) fs.writeFileSync(path.join(out, 'map-translations', `${t.language}.md`), translationMarkdown(t, source));
  return {
    offers: national.offers.length,
    counties: localOffers.length,
    localOffers: localOffers.reduce((n, g) => n + g.offers.length, 0),
    languages: translations.length,
  };
}

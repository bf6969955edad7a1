/**
 * The opportunity map in eight languages (issue 18 item 3): the shape of the source catalogue and of one
 * language's translation file, and the rules shared by the build, the server and the browser.
 *
 * - `source.json` is generated (`npm run map-texts`) from the content, the eligibility rules and the map's UI
 *   labels: `{ "<key>": { "nb": "…", "en": "…" } }`. nb is the source text, en the existing English.
 * - `<lang>.json` (uk, ru, ar, ti, so, prs) holds one language: a status like the information packages'
 *   (`draft` until a qualified translator has reviewed it) and `texts`, one translation per source key.
 * - A name or term that stays Norwegian is written `[[Lånekassen]]`; the page shows it marked lang="nb".
 *
 * This file has no zod and no content imports: the browser bundle uses it.
 */

/** Display order of the language switch on the public map pages. */
export const mapLanguages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;
export type MapLanguage = (typeof mapLanguages)[number];

/** The languages that come from a translation file (nb and en are in the content itself). */
export const translatedMapLanguages = ['uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;
export type TranslatedMapLanguage = (typeof translatedMapLanguages)[number];

/** Arabic and Dari are written right to left. */
export const rtlMapLanguages: readonly MapLanguage[] = ['ar', 'prs'];

export function isMapLanguage(value: unknown): value is MapLanguage {
  return typeof value === 'string' && (mapLanguages as readonly string[]).includes(value);
}

export function isTranslatedMapLanguage(value: unknown): value is TranslatedMapLanguage {
  return typeof value === 'string' && (translatedMapLanguages as readonly string[]).includes(value);
}

/** BCP 47 tag for the `lang` attribute. Dari: `fa-AF` is what browsers and screen readers know; `prs` is the ISO 639-3 code. */
export const mapHtmlLang: Record<MapLanguage, string> = {
  nb: 'nb', en: 'en', uk: 'uk', ru: 'ru', ar: 'ar', ti: 'ti', so: 'so', prs: 'fa-AF',
};

export type SourceCatalogue = Record<string, { nb: string; en: string }>;

/** The same two states as the information packages' `Translation` (src/content/info-packages/model.ts). */
export type MapTranslationStatus = 'draft' | 'reviewed';

export interface MapTranslationFile {
  status: MapTranslationStatus;
  /** Name (or role and organisation) of the qualified translator; null while a draft. */
  reviewedBy: string | null;
  /** YYYY-MM-DD; null while a draft. */
  reviewedAt: string | null;
  texts: Record<string, string>;
}

/** `[[…]]` marks a Norwegian name or term inside a translation. */
export const NORWEGIAN_MARKER = /\[\[([^\][]+)\]\]/gu;

/** Placeholders: i18next's `{{count}}` in the UI labels. */
export const PLACEHOLDER = /\{\{\s*[a-zA-Z]+\s*\}\}/gu;

/** i18next plural suffixes. A source key ending in `_one` or `_other` is one plural form of its base key. */
export const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;

/**
 * The plural forms a language needs (CLDR, as `Intl.PluralRules` and i18next use them). Tigrinya is not in every
 * browser's data: it has two forms like Amharic. Dari follows Persian.
 */
export const pluralFormsOf: Record<MapLanguage, readonly string[]> = {
  nb: ['one', 'other'],
  en: ['one', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  ti: ['one', 'other'],
  so: ['one', 'other'],
  prs: ['one', 'other'],
};

/** The base of a plural key (`map.laneCount_other` → `map.laneCount`), or null for an ordinary key. */
export function pluralBase(key: string): string | null {
  const suffix = pluralSuffixes.find((s) => key.endsWith(s));
  return suffix ? key.slice(0, -suffix.length) : null;
}

/**
 * The keys a language file must have: every source key, except that a plural key has the language's own forms
 * (Arabic six, Russian and Ukrainian four, the others two).
 */
export function expectedKeys(sourceKeys: readonly string[], language: MapLanguage): string[] {
  const out: string[] = [];
  const seenBases = new Set<string>();
  for (const key of sourceKeys) {
    const base = pluralBase(key);
    if (base === null) {
      out.push(key);
    } else if (!seenBases.has(base)) {
      seenBases.add(base);
      for (const form of pluralFormsOf[language]) out.push(`${base}_${form}`);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ keys

/** Offer fields a reader sees, in reading order. `flexibility` is the flexibility note; `review` the note shown as "under review". */
export const offerTextFields = [
  'title', 'summary', 'forWhom', 'requirements', 'content', 'duration', 'fundedBy', 'flexibility', 'noLegalBasisReason', 'review',
] as const;
export type OfferTextField = (typeof offerTextFields)[number];

export const offerKey = (offerId: string, field: OfferTextField) => `offer.${offerId}.${field}`;
/** A link's title, keyed by its address (host and path) so that adding or reordering links keeps the keys. */
export const linkKey = (offerId: string, url: string) => {
  let slug = url;
  try {
    const u = new URL(url);
    slug = `${u.hostname}${u.pathname}`;
  } catch {
    // keep the raw text: the content schema only lets https URLs through anyway
  }
  return `offer.${offerId}.link.${slug.replace(/^www\./u, '').replace(/[^a-zA-Z0-9]+/gu, '-').replace(/^-|-$/gu, '').toLowerCase()}`;
};
export const laneKey = (laneId: string, field: 'title' | 'description') => `lane.${laneId}.${field}`;
export const levelKey = (level: string, field: 'title' | 'description') => `level.${level}.${field}`;
export const actorKey = (actor: string) => `ui.map.actors.${actor}`;
export const journeyKey = (journeyId: string, field: string) => `journey.${journeyId}.${field}`;
/** The UI label `map.detail.back` is `ui.map.detail.back` in the catalogue. */
export const uiKey = (i18nKey: string) => `ui.${i18nKey}`;

/**
 * An eligibility reason: offer and reason code. Where one offer has two texts with the same code (the old and the
 * new education act), the key also carries the first day of the rule that gives it.
 */
export const reasonKey = (offerId: string, code: string, ruleFrom?: string) =>
  ruleFrom ? `reason.${offerId}.${code}.${ruleFrom}` : `reason.${offerId}.${code}`;
export const caveatKey = (status: string) => `caveat.${status}`;
/** A question to find out: one per profile field (`question.age`), or a rule's own (`question.<offer>.<n>`). */
export const questionKey = (name: string) => `question.${name}`;

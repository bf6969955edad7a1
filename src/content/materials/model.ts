/**
 * Information films, brochures and web pages for participants and counsellors (issue 18 point 4): a curated list of
 * links to the publishers' own pages. Veivalg hosts none of them and copies nothing: it names the publisher, the
 * language(s), subtitles, length and the date someone last checked the link.
 *
 * Why: seed 000 (the county gatherings' summary) asks that the participant gets information "på en måte som
 * vedkommende kan nyttiggjøre seg av, f.eks. informasjonsvideo på sitt morsmål", and the recommendations repeat it:
 * "skriftlig informasjon om karriereveiledning som kan tas frem senere og videoer på ulike språk".
 *
 * Plain types and functions with no runtime imports, so the participant's page and the map can import them
 * without zod; `schema.ts` holds the zod schema and `index.ts` parses `materials.json` with it at import.
 */
import type { InfoLanguage, InfoTopic } from '../info-packages/model.ts';

export const materialKinds = ['film', 'brochure', 'web-page'] as const;
export type MaterialKind = (typeof materialKinds)[number];

/** Who it is written for: the participant's page shows only `participant`; the map shows both, marked. */
export const materialAudiences = ['participant', 'counsellor'] as const;
export type MaterialAudience = (typeof materialAudiences)[number];

/** `unknown` where the publisher's page does not say (and nobody has watched the film yet). */
export const subtitleStatuses = ['yes', 'no', 'unknown'] as const;
export type SubtitleStatus = (typeof subtitleStatuses)[number];

/** Limits of the curated fields (the validation test and the schema use them). */
export const materialLimits = { id: 80, title: 120, publisher: 120, sourceNote: 600 } as const;
/** A link checked longer ago than this is listed as a warning (check it again), not an error. */
export const materialStaleAfterDays = 365;

export interface Material {
  /** Stable, kebab-case; never reused. */
  id: string;
  kind: MaterialKind;
  audience: MaterialAudience;
  /** The title as the publisher gives it, in its own language. */
  title: { language: InfoLanguage; text: string };
  /** A Norwegian title for staff and for the Norwegian page. */
  titleNb: string;
  /** https, the publisher's own page. */
  url: string;
  /** The publisher's name (Norwegian names stay Norwegian: shown with lang="nb"). */
  publisher: string;
  /** The languages the film is spoken in or the brochure/page is written in (BCP 47, the eight languages). */
  languages: InfoLanguage[];
  subtitles: { status: SubtitleStatus; languages: InfoLanguage[] };
  /** Films: length in minutes (`to` for a series of films of different lengths). */
  minutes?: { from: number; to?: number };
  /** Brochures: number of pages. */
  pages?: number;
  /** The information packages' topics it belongs to. */
  topics: InfoTopic[];
  /** Offers on the map it belongs to. */
  offers: string[];
  /** YYYY-MM-DD: when someone last checked that the link works and says what the entry says. */
  checkedOn: string;
  /** True until a person has opened the page and confirmed language, subtitles and length. */
  review: boolean;
  /** Where the entry comes from and what is not confirmed (Norwegian, for editors). */
  sourceNote: string;
}

/** The materials a reader sees: those in their language first, then those with subtitles in it, then the rest. */
export function orderForReader(items: readonly Material[], language: InfoLanguage): Material[] {
  const rank = (m: Material) => (m.languages.includes(language) ? 0 : m.subtitles.status === 'yes' && m.subtitles.languages.includes(language) ? 1 : 2);
  return items.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i).map(({ m }) => m);
}

/** For one information-package topic on the participant's page: participant materials only, reader's language first. */
export function materialsForTopic(items: readonly Material[], topic: string, language: InfoLanguage): Material[] {
  return orderForReader(items.filter((m) => m.audience === 'participant' && (m.topics as string[]).includes(topic)), language);
}

/** For one offer on the map: every material linked to it, the reader's language first. */
export function materialsForOffer(items: readonly Material[], offerId: string, language: InfoLanguage): Material[] {
  return orderForReader(items.filter((m) => m.offers.includes(offerId)), language);
}

/** Whole days from `checkedOn` to `today` (both YYYY-MM-DD). */
export function daysSinceChecked(checkedOn: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${checkedOn}T00:00:00Z`)) / 86_400_000);
}

/** Materials due for a new check: a warning for editors and `npm run check-links`, never a failure. */
export function staleMaterials(items: readonly Material[], today: string, maxDays = materialStaleAfterDays): Material[] {
  return items.filter((m) => daysSinceChecked(m.checkedOn, today) > maxDays);
}

/**
 * Which parts of the locale files the public pages use (issue 19: staff translations never load on public pages).
 * The public build makes one small JSON module per language from these top-level keys of
 * src/web/i18n/locales/<language>.json (vite.config.ts, `publicTexts`); the public pages load only the chosen one.
 * A key used on a public page must sit under one of these (texts.test.ts checks the public modules' keys).
 */
export const publicTextKeys = [
  'app', 'common', 'errors', 'journeys', 'language', 'layout', 'map', 'notFound', 'routeError', 'residenceBasis',
] as const;

/** The public part of one language's texts. */
export function publicTexts(all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(publicTextKeys.filter((key) => key in all).map((key) => [key, all[key]]));
}

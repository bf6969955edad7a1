/**
 * Which parts of the locale files the public pages use (issue 19: staff translations never load on public pages).
 * The public build makes one small JSON module per language from these keys of
 * src/web/i18n/locales/<language>.json (scripts/public-pages.ts); the public pages load only the chosen one.
 * A key is a top-level area or a dotted path into one (the local-offer editor's texts are staff texts; only the
 * map's "Hvor bor du?" part, the language names and a removed local step's mark in a journey are public).
 * A key used on a public page must sit under one of these (texts.test.ts checks the public modules' keys).
 */
export const publicTextKeys = [
  'app', 'common', 'errors', 'journeys', 'language', 'layout', 'map', 'materials', 'notFound', 'routeError', 'residenceBasis',
  'localOffers.map', 'localOffers.languages', 'localOffers.step.removed',
] as const;

/** Whether `key` (a text's full key, or the fixed start of a composed one) is public. */
export function isPublicKey(key: string): boolean {
  return publicTextKeys.some((area) => key === area || key.startsWith(`${area}.`));
}

/** The public part of one language's texts. */
export function publicTexts(all: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of publicTextKeys) {
    const parts = key.split('.');
    const value = parts.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), all);
    if (value === undefined) continue;
    // Rebuild the path to it: { localOffers: { map: … } }.
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return out;
}

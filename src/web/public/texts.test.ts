import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublicKey, publicTexts } from './texts.ts';

// The public pages load only the public part of the locale files (issue 19): a text they use outside that part
// would show as its key. These are the modules the public build renders with i18next.
const dir = path.resolve(import.meta.dirname, '..');
const publicModules = [
  'public/routes.tsx',
  'features/map/MapRoot.tsx', 'features/map/MapOverviewPage.tsx', 'features/map/OfferDetailPage.tsx', 'features/map/LaneGrid.tsx',
  'features/map/OfferList.tsx', 'features/map/ProfilePanel.tsx', 'features/map/mapParts.tsx', 'features/map/mapLanguage.tsx',
  'features/local-offers/MapLocalOffers.tsx',
  'features/journeys/JourneyListPage.tsx', 'features/journeys/JourneyPage.tsx', 'features/journeys/JourneyTimeline.tsx',
  'components/Loading.tsx', 'components/ErrorAlert.tsx', 'components/LanguageSwitcher.tsx', 'components/useDocumentTitle.ts',
  'features/NotFoundPage.tsx', 'features/RouteError.tsx', 'api.ts',
];

describe('public texts', () => {
  const used = publicModules.flatMap((file) =>
    [...readFileSync(path.join(dir, file), 'utf8').matchAll(/\bt\(\s*['`]([a-zA-Z]+)\.([\w.]*)/g)].map((m) => ({ file, area: m[1]!, rest: m[2]! })),
  );

  it('finds the texts the public modules use', () => {
    expect(used.length).toBeGreaterThan(100);
  });

  it.each(['nb', 'en'])('every text a public module uses is in the public part (%s)', (language) => {
    const all = JSON.parse(readFileSync(path.join(dir, 'i18n/locales', `${language}.json`), 'utf8')) as Record<string, unknown>;
    const texts = publicTexts(all);
    const missing = used.filter(({ area, rest }) => !isPublicKey(`${area}.${rest}`) || !(area in texts));
    expect(missing).toEqual([]);
  });

  it('leaves the staff texts out', () => {
    const all = JSON.parse(readFileSync(path.join(dir, 'i18n/locales/nb.json'), 'utf8')) as Record<string, unknown>;
    const texts = publicTexts(all);
    expect(Object.keys(texts)).not.toContain('notes');
    // Of the local offers, only what the map shows: not the editor's form.
    expect(Object.keys(texts['localOffers'] as object).sort()).toEqual(['languages', 'map', 'step']);
    expect(JSON.stringify(texts).length).toBeLessThan(JSON.stringify(all).length / 4);
  });
});

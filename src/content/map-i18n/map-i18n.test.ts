import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eligibilityForAll } from '../../domain/eligibility/index.ts';
import type { Profile } from '../../domain/eligibility/profile.ts';
import { offerIds } from '../model.ts';
import { buildSourceCatalogue } from './catalogue.ts';
import { eligibilityKeys } from './eligibility-keys.ts';
import { expectedKeys, translatedMapLanguages, type SourceCatalogue, type TranslatedMapLanguage } from './model.ts';
import { validateMapTranslation } from './validate.ts';

const dir = new URL('./', import.meta.url);
const source = JSON.parse(readFileSync(new URL('source.json', dir), 'utf8')) as SourceCatalogue;
const fileOf = (language: string) => new URL(`${language}.json`, dir);
/** Translations arrive one language at a time: a language is checked, fully, as soon as its file exists. */
const present = translatedMapLanguages.filter((l) => existsSync(fileOf(l)));

describe('the source catalogue', () => {
  it('is what `npm run map-texts` writes from the content, the rules and the labels today', () => {
    expect(source).toEqual(buildSourceCatalogue());
  });

  it('has every offer, lane, level and the map labels, each in nb and en', () => {
    for (const id of offerIds) expect(source[`offer.${id}.title`]?.nb, id).toBeTruthy();
    expect(Object.keys(source).filter((k) => k.startsWith('lane.'))).toHaveLength(8);
    expect(Object.keys(source).filter((k) => k.startsWith('level.'))).toHaveLength(10);
    expect(source['ui.map.translation.draft']?.en).toMatch(/translator/);
    for (const [key, text] of Object.entries(source)) expect(text.nb && text.en, key).toBeTruthy();
  });

  it('leaves the titles of Norwegian reports and staff-only labels out', () => {
    expect(Object.keys(source).some((k) => k.startsWith('ui.map.seeds'))).toBe(false);
    expect(Object.keys(source).some((k) => k.startsWith('ui.notes.') || k.startsWith('ui.journeys.builder'))).toBe(false);
  });

  it('gives a key to every reason, question and caveat the rules give for the test profiles', () => {
    const profiles: Profile[] = [
      {},
      { age: 30, residenceBasis: 'refugee', schooling: 'primary', norwegianLevel: 'A2', employed: false },
      { age: 17, residenceBasis: 'collective-protection', schooling: 'none' },
      { age: 45, residenceBasis: 'other', schooling: 'higher', foreignEducationRecognised: false, norwegianLevel: 'B2', employed: true, yearsOfRelevantPractice: 6 },
      { age: 25, residenceBasis: 'other-family-reunification', schooling: 'upper-secondary', norwegianLevel: 'none' },
    ];
    for (const on of ['2022-01-10', '2024-09-01', '2026-12-06']) {
      for (const profile of profiles) {
        for (const result of eligibilityForAll(profile, [...offerIds, 'no-such-offer'], on)) {
          const keys = eligibilityKeys(result);
          expect([...keys.reasons, ...keys.toFindOut, keys.caveat], `${result.offerId} on ${on}`).not.toContain(null);
        }
      }
    }
  });
});

describe.each(present)('the %s translation', (language) => {
  const file: unknown = JSON.parse(readFileSync(fileOf(language), 'utf8'));
  it('has every key of the catalogue, in its own script, with the placeholders and without Norwegian left outside [[ ]]', () => {
    expect(validateMapTranslation(language, file, source)).toEqual([]);
  });
});

describe('validateMapTranslation', () => {
  const tiny: SourceCatalogue = {
    'ui.map.laneCount_one': { nb: '{{count}} tilbud', en: '{{count}} offer' },
    'ui.map.laneCount_other': { nb: '{{count}} tilbud', en: '{{count}} offers' },
    'offer.lanekassen.title': { nb: 'Lån og stipend fra Lånekassen', en: 'Loans and grants from Lånekassen' },
    'ui.map.printedOn': { nb: 'Skrevet ut {{date}} fra Veivalg.', en: 'Printed {{date}} from Veivalg.' },
  };
  const arTexts = {
    'ui.map.laneCount_zero': '{{count}} عروض',
    'ui.map.laneCount_one': 'عرض واحد',
    'ui.map.laneCount_two': 'عرضان',
    'ui.map.laneCount_few': '{{count}} عروض',
    'ui.map.laneCount_many': '{{count}} عرضًا',
    'ui.map.laneCount_other': '{{count}} عرض',
    'offer.lanekassen.title': 'قروض ومنح من [[Lånekassen]]',
    'ui.map.printedOn': 'طُبع في {{date}} من Veivalg.',
  };
  const draft = (texts: Record<string, string>) => ({ status: 'draft', reviewedBy: null, reviewedAt: null, texts });
  const check = (language: TranslatedMapLanguage, texts: Record<string, string>, extra: object = {}) =>
    validateMapTranslation(language, { ...draft(texts), ...extra }, tiny);

  it('accepts a complete Arabic file with its six plural forms and a marked name', () => {
    expect(expectedKeys(Object.keys(tiny), 'ar')).toHaveLength(8);
    expect(check('ar', arTexts)).toEqual([]);
  });

  it('refuses missing and unknown keys', () => {
    const { 'ui.map.laneCount_two': _two, ...withoutTwo } = arTexts;
    expect(check('ar', withoutTwo).join()).toMatch(/1 missing keys: ui.map.laneCount_two/);
    expect(check('ar', { ...arTexts, 'offer.nope.title': 'لا' }).join()).toMatch(/unknown keys: offer.nope.title/);
  });

  it('refuses a changed or lost placeholder', () => {
    expect(check('ar', { ...arTexts, 'ui.map.printedOn': 'طُبع في {{dato}} من Veivalg.' }).join()).toMatch(/placeholders \{\{dato\}\}/);
    expect(check('ar', { ...arTexts, 'ui.map.laneCount_other': 'عروض' }).join()).toMatch(/placeholders none instead of \{\{count\}\}/);
  });

  it('refuses Norwegian left outside [[ ]], and a marked word the Norwegian text does not have', () => {
    expect(check('ar', { ...arTexts, 'offer.lanekassen.title': 'قروض ومنح من Lånekassen' }).join()).toMatch(/Latin letters outside/);
    expect(check('ar', { ...arTexts, 'offer.lanekassen.title': 'قروض من [[Husbanken]]' }).join()).toMatch(/\[\[Husbanken\]\] is not in the Norwegian text/);
    expect(check('ar', { ...arTexts, 'offer.lanekassen.title': 'قروض من [[Lånekassen' }).join()).toMatch(/unbalanced/);
    const so = { 'ui.map.laneCount_one': '{{count}} barnaamij', 'ui.map.laneCount_other': '{{count}} barnaamijyo', 'ui.map.printedOn': 'Waxaa la daabacay {{date}} laga soo qaaday Veivalg.' };
    expect(check('so', { ...so, 'offer.lanekassen.title': 'Amaah iyo deeq [[Lånekassen]]' })).toEqual([]);
    expect(check('so', { ...so, 'offer.lanekassen.title': 'Lån og stipend fra Lånekassen' }).join()).toMatch(/Norwegian words outside \[\[ \]\]: og, fra/);
  });

  it('refuses the wrong script and the neighbouring language', () => {
    const ru = { 'ui.map.laneCount_one': '{{count}} предложение', 'ui.map.laneCount_few': '{{count}} предложения', 'ui.map.laneCount_many': '{{count}} предложений', 'ui.map.laneCount_other': '{{count}} предложения', 'ui.map.printedOn': 'Напечатано {{date}} из Veivalg.' };
    expect(check('ru', { ...ru, 'offer.lanekassen.title': 'Кредиты и стипендии от [[Lånekassen]]' })).toEqual([]);
    expect(check('ru', { ...ru, 'offer.lanekassen.title': 'Кредити і стипендії від [[Lånekassen]]' }).join()).toMatch(/Ukrainian letters/);
    expect(check('ti', { 'ui.map.laneCount_one': '{{count}} ዕድል', 'ui.map.laneCount_other': '{{count}} ዕድላት', 'ui.map.printedOn': 'ብ{{date}} ካብ Veivalg ዝተሓትመ።', 'offer.lanekassen.title': 'قروض ومنح من [[Lånekassen]]' }).join()).toMatch(/Arabic or Cyrillic letters in Tigrinya/);
    expect(check('prs', { 'ui.map.laneCount_one': '{{count}} فرصت', 'ui.map.laneCount_other': '{{count}} فرصت', 'ui.map.printedOn': 'چاپ شده در {{date}} از Veivalg.', 'offer.lanekassen.title': 'قرض و بورسیه از [[Lånekassen]] في' }).join()).toMatch(/Arabic ي or ك in Dari/);
  });

  it('refuses a reviewed file without the reviewer and date, and a draft that names one', () => {
    expect(check('ar', arTexts, { status: 'reviewed' }).join()).toMatch(/reviewedBy.*reviewedAt/s);
    expect(check('ar', arTexts, { status: 'reviewed', reviewedBy: 'Navn Navnesen, statsautorisert translatør', reviewedAt: '2026-12-01' })).toEqual([]);
    expect(check('ar', arTexts, { reviewedBy: 'Navn Navnesen' }).join()).toMatch(/a draft has reviewedBy and reviewedAt null/);
    expect(check('ar', arTexts, { status: 'final' }).join()).toMatch(/status must be/);
  });
});

/**
 * The labels around the texts on the participant's page: every label in every language, the same placeholders as
 * the Norwegian source, really translated (the language's own script, no Norwegian left), and an honest status.
 */
import { describe, expect, it } from 'vitest';
import { infoLanguages, pageLabelKeys, pageLabels, type InfoLanguage } from './index.ts';
import { pageLabelTextsSchema } from './model.ts';
import { fillLabel, labelPlaceholders, pageLabel } from './page-labels.ts';

const translated = infoLanguages.filter((l) => l !== 'nb');

/** Every letter of a language must be in this script (placeholders and the names below aside). */
const script: Record<Exclude<InfoLanguage, 'nb'>, RegExp> = {
  en: /\p{Script=Latin}/u,
  so: /\p{Script=Latin}/u,
  uk: /\p{Script=Cyrillic}/u,
  ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  prs: /\p{Script=Arabic}/u,
  ti: /\p{Script=Ethiopic}/u,
};
const norwegianWords = ['ikke', 'og', 'du', 'deg', 'din', 'dine', 'hos', 'til', 'av', 'fra', 'med', 'på', 'lenke', 'lenken', 'siden', 'side', 'timene', 'tolk', 'sted', 'utkast', 'måned', 'skriv', 'ut', 'vis', 'norsk', 'hei', 'planen'];
/** A label may equal the Norwegian one only where the word really is the same in that language. */
const sameAsNorwegian: Partial<Record<InfoLanguage, PageLabelKeyList>> = { en: ['plan', 'materialFilm'] };
type PageLabelKeyList = (typeof pageLabelKeys)[number][];

const withoutPlaceholders = (label: string) => label.replace(/\{\w+\}/gu, ' ');

describe('page labels', () => {
  it('exist in every language, key for key, and pass the schema', () => {
    for (const language of infoLanguages) {
      expect(Object.keys(pageLabels[language].labels).sort(), language).toEqual([...pageLabelKeys].sort());
      expect(pageLabelTextsSchema(pageLabelKeys).safeParse(pageLabels[language]).success, language).toBe(true);
    }
    expect(Object.keys(pageLabels).sort()).toEqual([...infoLanguages].sort());
  });

  it('keep the placeholders of the Norwegian source in every language', () => {
    for (const key of pageLabelKeys) {
      const expected = labelPlaceholders(pageLabels.nb.labels[key]);
      for (const language of translated) expect(labelPlaceholders(pageLabels[language].labels[key]), `${language}.${key}`).toEqual(expected);
    }
  });

  it.each(translated)('%s is translated: no label left in Norwegian, every letter in the language’s script', (language) => {
    const expected = script[language];
    for (const key of pageLabelKeys) {
      const label = pageLabels[language].labels[key];
      if (!sameAsNorwegian[language]?.includes(key)) expect(label, `${language}.${key}`).not.toBe(pageLabels.nb.labels[key]);
      const rest = withoutPlaceholders(label);
      const foreign = [...rest].filter((ch) => /\p{L}/u.test(ch) && !expected.test(ch));
      expect(foreign.join(''), `${language}.${key}: "${label}"`).toBe('');
      if (expected.source.includes('Latin')) {
        expect(rest, `${language}.${key}`).not.toMatch(/[æøåÆØÅ]/u);
        const words = rest.toLowerCase().split(/[^\p{L}]+/u);
        expect(words.filter((w) => norwegianWords.includes(w)), `${language}.${key}: "${label}"`).toEqual([]);
      }
    }
  });

  it('gives weekday and month names in the language’s script where it ships them', () => {
    for (const language of translated) {
      const calendar = pageLabels[language].calendar;
      if (!calendar) continue;
      for (const name of [...calendar.weekdays, ...calendar.months]) {
        expect([...name].every((ch) => !/\p{L}/u.test(ch) || script[language].test(ch)), `${language}: ${name}`).toBe(true);
      }
    }
    // Chromium has no Tigrinya or Somali date names: these two must ship their own.
    expect(pageLabels.ti.calendar?.months[2]).toBe('መጋቢት');
    expect(pageLabels.so.calendar?.weekdays[4]).toBe('Khamiis');
  });

  it('is honest about translation status: every language is a draft nobody qualified has reviewed', () => {
    for (const language of infoLanguages) {
      const t = pageLabels[language].translation;
      expect(t.status, language).toBe('draft');
      expect(t.reviewedBy, language).toBeUndefined();
      expect(t.note.length, language).toBeGreaterThan(20);
    }
    for (const language of translated) expect(pageLabels[language].translation.note).toMatch(/ikke gjennomgått av en kvalifisert oversetter/i);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(pageLabel('nb', 'heading', { name: 'Amina' })).toBe('Hei, Amina');
    expect(pageLabel('ar', 'heading', { name: 'Amina' })).toBe('مرحبًا، Amina');
    expect(fillLabel('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('rejects a label that is empty, padded or carries markup, and a missing key', () => {
    const schema = pageLabelTextsSchema(pageLabelKeys);
    const broken = (label: string) => schema.safeParse({ ...pageLabels.en, labels: { ...pageLabels.en.labels, title: label } }).success;
    expect(broken(' ')).toBe(false);
    expect(broken(' Your page')).toBe(false);
    expect(broken('<b>Your page</b>')).toBe(false);
    const { title: _title, ...missing } = pageLabels.en.labels;
    expect(schema.safeParse({ ...pageLabels.en, labels: missing }).success).toBe(false);
  });
});

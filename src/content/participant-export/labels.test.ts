/**
 * The readable copy of everything Veivalg holds about a participant, in bokmål and the participant's language:
 * every word in every language, the same placeholders as bokmål, really translated (the language's own script,
 * no Norwegian left), honest about being a draft, and a name for every section the export has.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { infoLanguages, type InfoLanguage } from '../info-packages/index.ts';
import { translationSchema } from '../info-packages/model.ts';
import { labelPlaceholders } from '../info-packages/page-labels.ts';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as schema_ from '../../server/db/schema.ts';
import { exportFieldKeys, exportLabels, exportLanguageFor, exportSectionKeys, exportUiKeys } from './labels.ts';

const translated = infoLanguages.filter((l) => l !== 'nb');
const script: Record<Exclude<InfoLanguage, 'nb'>, RegExp> = {
  en: /\p{Script=Latin}/u, so: /\p{Script=Latin}/u, uk: /\p{Script=Cyrillic}/u, ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u, prs: /\p{Script=Arabic}/u, ti: /\p{Script=Ethiopic}/u,
};
const norwegianWords = ['ikke', 'og', 'du', 'deg', 'din', 'dine', 'hos', 'til', 'av', 'fra', 'med', 'på', 'om', 'alt', 'har', 'kommunen', 'opplysninger', 'utkast', 'etter', 'før'];
const line = z.string().min(1).refine((s) => s === s.trim() && !/[<>]/u.test(s), 'trimmed, no markup');
const schema = z.strictObject({
  translation: translationSchema,
  ui: z.strictObject(Object.fromEntries(exportUiKeys.map((k) => [k, line]))),
  sections: z.strictObject(Object.fromEntries(exportSectionKeys.map((k) => [k, line]))),
  fields: z.strictObject(Object.fromEntries(exportFieldKeys.map((k) => [k, line]))),
});
const everyLabel = (language: InfoLanguage) => {
  const l = exportLabels[language];
  return [...Object.entries(l.ui), ...Object.entries(l.sections), ...Object.entries(l.fields)] as [string, string][];
};

describe('the readable export’s words', () => {
  it('exist in the eight languages of the participant’s page, key for key', () => {
    expect(Object.keys(exportLabels).sort()).toEqual([...infoLanguages].sort());
    for (const language of infoLanguages) expect(schema.safeParse(exportLabels[language]).success, language).toBe(true);
  });

  it('name sections by tables that exist (a table added later shows its table name until it gets words here)', () => {
    const tables = (Object.values(schema_) as unknown[])
      .filter((v): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v)
      .map((t) => getTableConfig(t).name);
    expect(exportSectionKeys.filter((k) => !tables.includes(k))).toEqual([]);
  });

  it('keep the placeholders of bokmål in every language', () => {
    const nb = Object.fromEntries(everyLabel('nb'));
    for (const language of translated) {
      for (const [key, label] of everyLabel(language)) expect(labelPlaceholders(label), `${language}.${key}`).toEqual(labelPlaceholders(nb[key]!));
    }
  });

  it.each(translated)('%s is translated: every letter in the language’s script, no Norwegian left', (language) => {
    const nb = Object.fromEntries(everyLabel('nb'));
    for (const [key, label] of everyLabel(language)) {
      expect(label, `${language}.${key}`).not.toBe(nb[key]);
      const rest = label.replace(/\{\w+\}/gu, ' ');
      expect([...rest].filter((ch) => /\p{L}/u.test(ch) && !script[language].test(ch)).join(''), `${language}.${key}: "${label}"`).toBe('');
      if (script[language].source.includes('Latin')) {
        expect(rest, `${language}.${key}`).not.toMatch(/[æøåÆØÅ]/u);
        expect(rest.toLowerCase().split(/[^\p{L}]+/u).filter((w) => norwegianWords.includes(w)), `${language}.${key}`).toEqual([]);
      }
    }
  });

  it('is honest: every translation is a draft nobody qualified has read', () => {
    for (const language of infoLanguages) {
      expect(exportLabels[language].translation.status, language).toBe('draft');
      expect(exportLabels[language].translation.reviewedBy, language).toBeUndefined();
    }
    for (const language of translated) expect(exportLabels[language].translation.note).toMatch(/ikke gjennomgått av en kvalifisert oversetter/i);
  });

  it('finds the copy for the participant’s language, and none for a language without one', () => {
    expect(exportLanguageFor('ar')).toBe('ar');
    expect(exportLanguageFor('prs')).toBe('prs');
    expect(exportLanguageFor('fa')).toBeNull();
    expect(exportLanguageFor('toString')).toBeNull();
  });
});

/** The survey in eight languages: every label and step present, in the language's own script, honest status. */
import { describe, expect, it } from 'vitest';
import { infoLanguages, type InfoLanguage } from '../info-packages/model.ts';
import { scaleFaces, surveyLabelKeys, surveyTexts } from './texts.ts';

const script: Record<Exclude<InfoLanguage, 'nb'>, RegExp> = {
  en: /\p{Script=Latin}/u, so: /\p{Script=Latin}/u, uk: /\p{Script=Cyrillic}/u, ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u, prs: /\p{Script=Arabic}/u, ti: /\p{Script=Ethiopic}/u,
};

describe.each(infoLanguages)('survey texts in %s', (lang) => {
  const texts = surveyTexts[lang];
  it('has every label and five steps, each one trimmed line', () => {
    expect(Object.keys(texts.labels).sort()).toEqual([...surveyLabelKeys].sort());
    expect(texts.scale).toHaveLength(5);
    for (const v of [...Object.values(texts.labels), ...texts.scale]) {
      expect(v.trim()).toBe(v);
      expect(v.length).toBeGreaterThan(0);
      expect(v).not.toMatch(/[<>\n]/);
    }
    expect(new Set(texts.scale).size).toBe(5);
  });
  it('is written in its own script and not left in Norwegian', () => {
    if (lang === 'nb') return;
    const re = script[lang];
    for (const v of [...Object.values(texts.labels), ...texts.scale]) {
      const outside = [...v].filter((ch) => /\p{L}/u.test(ch) && !re.test(ch)).join('');
      expect(outside, v).toBe('');
    }
    if (lang !== 'en') expect(texts.labels.submit).not.toBe(surveyTexts.en.labels.submit);
    expect(texts.status).toBe('draft');
  });
});

it('has five distinct faces with no text inside', () => {
  expect(new Set(scaleFaces).size).toBe(5);
  for (const svg of scaleFaces) expect(svg).not.toMatch(/<text/);
});

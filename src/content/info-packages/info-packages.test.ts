/**
 * Content validation for the information packages: every package exists in every language for
 * every background and right, every language has the same structure as the Norwegian source,
 * the texts are really translated, short, free of placeholders, and honest about their status.
 */
import { readFileSync } from 'node:fs';
import { seedsDir, seedsMissingMessage, skipWithoutSeeds } from '../seeds-dir.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerById } from '../index.ts';
import {
  backgrounds,
  infoLanguageMeta,
  infoLanguages,
  infoPackage,
  infoPackageSources,
  infoPackageText,
  infoTopics,
  isBackground,
  isInfoLanguage,
  pictograms,
  replacementTextsSchema,
  sectionIds,
  type InfoLanguage,
  type InfoSection,
} from './index.ts';
import { infoPackageTextSchema, translationSchema } from './model.ts';
import { packageSources } from './sources.ts';

const rights = [undefined, 'right-and-duty', 'right', 'none'] as const;
const nb = infoPackageText('nb');
const translated = infoLanguages.filter((l) => l !== 'nb');

/** Every text of a section, heading first. */
const textsOf = (s: InfoSection) => [s.heading, ...s.paragraphs];
const allTexts = (language: InfoLanguage) => infoPackageText(language).sections.flatMap(textsOf);

/** Sentences end with . ! ? (Latin), ؟ (Arabic script) or ። (Ethiopic), followed by a space or the end. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟።])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
const wordCount = (sentence: string) => sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('every package exists', () => {
  it.each(infoLanguages)('%s: every background and right gets a package covering all five topics', (language) => {
    for (const background of backgrounds) {
      for (const right of rights) {
        const pkg = infoPackage(language, background, right);
        const where = `${language}/${background}/${right ?? 'unknown'}`;
        expect(pkg.language, where).toBe(language);
        expect(pkg.direction, where).toBe(infoLanguageMeta[language].direction);
        expect(pkg.translation, where).toEqual(infoPackageText(language).translation);
        expect([...new Set(pkg.sections.map((s) => s.topic))], where).toEqual([...infoTopics]);
        for (const s of pkg.sections) expect(s.backgrounds, `${where}: ${s.id}`).toContain(background);
      }
    }
  });

  it('gives each reader only the right section that fits their right', () => {
    const ids = (right?: 'right-and-duty' | 'right' | 'none') => infoPackage('en', 'primary', right).sections.map((s) => s.id);
    expect(ids('right-and-duty')).toContain('right-and-duty');
    expect(ids('right-and-duty')).not.toContain('right-only');
    expect(ids('right')).toContain('right-only');
    expect(ids('right')).not.toContain('right-and-duty');
    expect(ids('none')).not.toContain('right-and-duty');
    expect(ids('none')).not.toContain('right-only');
    // Everyone learns that guidance is free for all residents and where to ask.
    for (const right of rights) {
      expect(ids(right)).toEqual(expect.arrayContaining(['guidance-for-everyone', 'where-to-ask']));
    }
    // Unknown right (a general leaflet): both, each saying whom it is for.
    expect(ids()).toEqual(expect.arrayContaining(['right-and-duty', 'right-only']));
  });

  it('differentiates by background', () => {
    const ids = (b: (typeof backgrounds)[number]) => infoPackage('nb', b, 'right-and-duty').sections.map((s) => s.id);
    expect(ids('no-schooling')).toContain('education-system-no-schooling');
    expect(ids('no-schooling')).not.toContain('recognition-foreign-education');
    expect(ids('primary')).toContain('education-system-primary');
    expect(ids('upper-secondary')).toEqual(expect.arrayContaining(['education-system-upper-secondary', 'recognition-foreign-education']));
    expect(ids('higher')).toEqual(expect.arrayContaining(['education-system-higher', 'recognition-foreign-education']));
    // Each background has at least one section written only for it.
    for (const b of backgrounds) {
      expect(nb.sections.some((s) => s.backgrounds.length === 1 && s.backgrounds[0] === b), b).toBe(true);
    }
  });

  it('orders sections by topic', () => {
    for (const language of infoLanguages) {
      const order = infoPackage(language, 'higher').sections.map((s) => infoTopics.indexOf(s.topic));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('cannot be changed by a caller (the same objects serve every reader)', () => {
    const pkg = infoPackage('nb', 'primary', 'right');
    const first = pkg.sections[0];
    if (!first) throw new Error('empty package');
    expect(() => first.paragraphs.push('Endret.')).toThrow(TypeError);
    expect(() => {
      first.heading = 'Endret';
    }).toThrow(TypeError);
    expect(infoPackage('nb', 'primary', 'right').sections[0]?.heading).toBe('Hva er karriereveiledning?');
  });

  it('recognises languages and backgrounds from untrusted strings', () => {
    expect(isInfoLanguage('prs')).toBe(true);
    expect(isInfoLanguage('fa')).toBe(false);
    expect(isInfoLanguage('__proto__')).toBe(false);
    expect(isBackground('higher')).toBe(true);
    expect(isBackground('phd')).toBe(false);
  });
});

describe('same structure as the Norwegian source', () => {
  it.each(translated)('%s has the same sections, topics, backgrounds, pictograms, rights and paragraph counts as nb', (language) => {
    const text = infoPackageText(language);
    expect(text.sections.map((s) => s.id)).toEqual(nb.sections.map((s) => s.id));
    text.sections.forEach((s, i) => {
      const source = nb.sections[i];
      expect(source).toBeDefined();
      if (!source) return;
      expect({ topic: s.topic, pictogram: s.pictogram, backgrounds: s.backgrounds, forRight: s.forRight }, s.id).toEqual({
        topic: source.topic,
        pictogram: source.pictogram,
        backgrounds: source.backgrounds,
        forRight: source.forRight,
      });
      expect(s.paragraphs.length, `${language}/${s.id}`).toBe(source.paragraphs.length);
    });
  });

  it('exports the section ids in package order', () => {
    expect([...sectionIds]).toEqual(nb.sections.map((s) => s.id));
  });
});

describe('texts', () => {
  it.each(infoLanguages)('%s has no empty or padded strings', (language) => {
    for (const t of allTexts(language)) {
      expect(t.trim().length).toBeGreaterThan(0);
      expect(t).toBe(t.trim());
      expect(t).not.toMatch(/\s{2,}/);
    }
  });

  // Norwegian words the reader will meet may stay Norwegian, but only inside «…»; names and levels may too.
  const allowedLatin = [/«[^»]*»/gu, /\bkarriereveiledning\.no\b/gu, /\bHK-dir\b/gu, /\bNAV\b/gu, /\bLånekassen\b/gu, /\b[ABC][12]\b/gu];
  const stripAllowed = (t: string) => allowedLatin.reduce((acc, re) => acc.replace(re, ' '), t);
  const script: Partial<Record<InfoLanguage, RegExp>> = {
    uk: /\p{Script=Cyrillic}/u,
    ru: /\p{Script=Cyrillic}/u,
    ar: /\p{Script=Arabic}/u,
    prs: /\p{Script=Arabic}/u,
    ti: /\p{Script=Ethiopic}/u,
    en: /\p{Script=Latin}/u,
    so: /\p{Script=Latin}/u,
  };
  const norwegianWords = ['ikke', 'og', 'du', 'deg', 'jeg', 'hvis', 'eller', 'skal', 'også', 'har', 'det', 'som', 'er', 'til', 'på', 'med', 'av', 'hva', 'hvor'];

  it.each(translated)('%s is translated: no heading or paragraph equals nb, no leftover Norwegian', (language) => {
    const text = infoPackageText(language);
    const expected = script[language];
    expect(expected).toBeDefined();
    text.sections.forEach((s, i) => {
      const source = nb.sections[i];
      if (!source) throw new Error(`no nb section at ${i}`);
      expect(s.heading, `${language}/${s.id} heading`).not.toBe(source.heading);
      s.paragraphs.forEach((p, j) => expect(p, `${language}/${s.id}[${j}]`).not.toBe(source.paragraphs[j]));
      for (const t of textsOf(s)) {
        const rest = stripAllowed(t);
        // Every letter outside the allowed names is in the language's own script (catches a Latin
        // sentence left in Arabic, or a Cyrillic letter typed into Somali).
        const foreign = [...rest].filter((ch) => /\p{L}/u.test(ch) && !expected?.test(ch));
        expect(foreign.join(''), `${language}/${s.id}: "${t}"`).toBe('');
        if (language === 'en' || language === 'so') {
          expect(rest, `${language}/${s.id}`).not.toMatch(/[æøåÆØÅ]/u);
          const words = rest.toLowerCase().split(/[^\p{L}]+/u);
          const leftovers = words.filter((w) => norwegianWords.includes(w));
          expect(leftovers, `${language}/${s.id}: "${t}"`).toEqual([]);
        }
      }
    });
  });

  it('keeps Norwegian terms in «…» only where nb uses the same word, so no untranslated sentence hides there', () => {
    const source = allTexts('nb').join(' ').toLowerCase();
    for (const language of translated) {
      for (const t of allTexts(language)) {
        for (const [, term] of t.matchAll(/«([^»]*)»/gu)) {
          expect(term && term.split(/\s+/).length <= 3, `${language}: «${term}» is too long for a term`).toBe(true);
          expect(source, `${language}: «${term}» is not a word from the Norwegian text`).toContain(term?.toLowerCase());
        }
      }
    }
  });

  it.each(infoLanguages)('%s: sentences have at most 25 words', (language) => {
    for (const t of allTexts(language)) {
      for (const s of sentences(t)) expect(wordCount(s), `${language}: "${s}"`).toBeLessThanOrEqual(25);
    }
  });

  it.each(['nb', 'en'] as const)('%s: sections for readers with no schooling have at most 15 words per sentence', (language) => {
    const sections = infoPackageText(language).sections.filter((s) => s.backgrounds.includes('no-schooling'));
    expect(sections.length).toBeGreaterThan(5);
    for (const section of sections) {
      for (const t of textsOf(section)) {
        for (const s of sentences(t)) expect(wordCount(s), `${language}/${section.id}: "${s}"`).toBeLessThanOrEqual(15);
      }
    }
  });

  it('counts sentences and words the way the limits assume', () => {
    expect(sentences('Ett. To ord? Tre ord her! Se karriereveiledning.no nå.')).toEqual(['Ett.', 'To ord?', 'Tre ord her!', 'Se karriereveiledning.no nå.']);
    expect(sentences('جملة أولى. جملة ثانية؟ نعم')).toHaveLength(3);
    expect(sentences('ሓደ። ክልተ።')).toHaveLength(2);
    expect(wordCount('Kartet — A1 til C1.')).toBe(4);
  });

  it.each(infoLanguages)('%s carries no personal data and no placeholders', (language) => {
    for (const t of allTexts(language)) {
      expect(t, language).not.toMatch(/[{}<>[\]]|%[sd]|\$\{|__|XXX|\bN\.N\.|TODO/u);
      expect(t, language).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/u); // e-mail address
      expect(t, language).not.toMatch(/\d{6,}|\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}/u); // national id, phone number
      expect(t, language).not.toMatch(/https?:\/\//u); // links belong in the web page, next to their owner
    }
  });

  it('states the Norwegian age limits the domain rule uses, in every language', () => {
    for (const language of infoLanguages) {
      const s = infoPackageText(language).sections.find((x) => x.id === 'right-and-duty');
      expect(s?.paragraphs.join(' '), language).toMatch(/18\D+55/u);
      expect(s?.paragraphs.join(' '), language).toContain('11');
    }
  });
});

describe('languages', () => {
  it('has right-to-left layout for Arabic and Dari only', () => {
    expect(infoLanguages.filter((l) => infoLanguageMeta[l].direction === 'rtl')).toEqual(['ar', 'prs']);
  });

  it('gives each language a BCP 47 tag, a native name and names in nb and en', () => {
    expect(Object.fromEntries(infoLanguages.map((l) => [l, infoLanguageMeta[l].htmlLang]))).toEqual({
      nb: 'nb', en: 'en', uk: 'uk', ru: 'ru', ar: 'ar', ti: 'ti', so: 'so', prs: 'fa-AF',
    });
    for (const l of infoLanguages) {
      const m = infoLanguageMeta[l];
      expect([m.nativeName, m.nb, m.en].every((x) => x.trim().length > 0), l).toBe(true);
    }
    expect(Object.keys(infoLanguageMeta).sort()).toEqual([...infoLanguages].sort());
  });
});

describe('translation status is honest', () => {
  it('marks every text as a draft until a named person has reviewed it', () => {
    for (const language of infoLanguages) {
      const t = infoPackageText(language).translation;
      // Nobody qualified has reviewed these texts yet. When someone does, this test is updated with
      // the reviewer: a 'reviewed' status must never appear without a name and a date.
      expect(t.status, language).toBe('draft');
      expect(t.reviewedBy, language).toBeUndefined();
      expect(t.reviewedOn, language).toBeUndefined();
      expect(t.note.length, language).toBeGreaterThan(20);
    }
    for (const language of translated) {
      expect(infoPackageText(language).translation.note).toMatch(/ikke gjennomgått av en kvalifisert oversetter/i);
    }
  });

  it('rejects a reviewed text without reviewer or date, and a draft that names a reviewer', () => {
    expect(translationSchema.safeParse({ status: 'reviewed', note: 'x' }).success).toBe(false);
    expect(translationSchema.safeParse({ status: 'reviewed', reviewedBy: 'A. Translator', note: 'x' }).success).toBe(false);
    expect(translationSchema.safeParse({ status: 'reviewed', reviewedBy: 'A. Translator', reviewedOn: '2026-02-30', note: 'x' }).success).toBe(false);
    expect(translationSchema.safeParse({ status: 'draft', reviewedBy: 'A. Translator', note: 'x' }).success).toBe(false);
    expect(translationSchema.safeParse({ status: 'reviewed', reviewedBy: 'A. Translator', reviewedOn: '2026-03-02', note: 'Statsautorisert translatør' }).success).toBe(true);
  });
});

describe('schema', () => {
  const section = (over: Partial<InfoSection> = {}): InfoSection => ({
    id: 'x', topic: 'what-is-guidance', pictogram: 'conversation', backgrounds: ['primary'], heading: 'H', paragraphs: ['P.'], ...over,
  });
  const text = (sections: InfoSection[]) => ({ language: 'nb', translation: { status: 'draft', note: 'n' }, sections });

  it('accepts a minimal package', () => {
    expect(infoPackageTextSchema.safeParse(text([section()])).success).toBe(true);
  });

  it.each([
    ['a repeated id', [section(), section()]],
    ['topics out of order', [section({ id: 'a', topic: 'recognition' }), section({ id: 'b', topic: 'what-is-guidance' })]],
    ['forRight outside the your-right topic', [section({ forRight: ['right'] })]],
    ['an empty paragraph', [section({ paragraphs: ['  '] })]],
    ['no paragraphs', [section({ paragraphs: [] })]],
    ['no backgrounds', [section({ backgrounds: [] })]],
    ['a repeated background', [section({ backgrounds: ['primary', 'primary'] })]],
    ['an unknown background', [section({ backgrounds: ['phd' as never] })]],
    ['an id that is not kebab-case', [section({ id: 'Right And Duty' })]],
  ])('rejects %s', (_, sections) => {
    expect(infoPackageTextSchema.safeParse(text(sections)).success).toBe(false);
  });

  it('rejects an unknown language', () => {
    expect(infoPackageTextSchema.safeParse({ ...text([section()]), language: 'fa' }).success).toBe(false);
  });
});

describe('pictograms', () => {
  it('every section uses a pictogram that exists', () => {
    for (const language of infoLanguages) {
      for (const s of infoPackageText(language).sections) expect(pictograms[s.pictogram], `${language}/${s.id}`).toBeDefined();
    }
  });

  it.each(Object.entries(pictograms))('%s is a clean, self-contained SVG with alt text in every language', (key, p) => {
    expect(p.svg.startsWith('<svg ')).toBe(true);
    expect(p.svg.endsWith('</svg>')).toBe(true);
    expect(p.svg).toContain('viewBox="0 0 48 48"');
    expect(p.svg).toContain('currentColor');
    // No text (one picture for all languages), no external files, no scripts or event handlers.
    expect(p.svg).not.toMatch(/<text|<tspan|<image|<use|<script|<foreignObject|href=|url\(|\son\w+=|style=/u);
    expect(p.svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/u);
    expect(p.svg).not.toMatch(/#[0-9a-f]{3,6}\b|fill="(?!none)/iu); // colour only from currentColor
    for (const l of infoLanguages) {
      expect(p.alt[l]?.trim().length, `${key}/${l}`).toBeGreaterThan(0);
      if (l !== 'nb') expect(p.alt[l], `${key}/${l}`).not.toBe(p.alt.nb);
    }
  });

  it('every pictogram is used by some section', () => {
    const used = new Set(nb.sections.map((s) => s.pictogram));
    expect(Object.keys(pictograms).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe('sources', () => {
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('names a source or a backing offer for every section, and only offers that exist', () => {
    expect(Object.keys(infoPackageSources)).toEqual([...sectionIds]);
    for (const id of sectionIds) {
      const s = infoPackageSources[id];
      expect(s.sources.length + (s.offers?.length ?? 0), id).toBeGreaterThan(0);
      for (const offer of s.offers ?? []) expect(offerById(offer), `${id}: ${offer}`).toBeDefined();
    }
  });

  it.skipIf(skipWithoutSeeds)('quotes the seeds verbatim (whitespace aside)', () => {
    expect(seedsMissingMessage()).toBeNull();
    const cache = new Map<string, string>();
    const seedText = (file: string) => {
      if (!cache.has(file)) cache.set(file, normalise(readFileSync(join(seedsDir, file), 'utf8')));
      return cache.get(file) ?? '';
    };
    const refs = [...packageSources, ...Object.values(infoPackageSources).flatMap((s) => s.sources)];
    let checked = 0;
    for (const s of refs) {
      if (s.kind !== 'seed' || !s.quote) continue;
      expect(seedText(s.seed).includes(normalise(s.quote)), `${s.seed}: "${s.quote}"`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });
});

describe('replacement texts (a centre replaces or reviews a translation)', () => {
  const fromLanguage = (language: InfoLanguage) =>
    Object.fromEntries(infoPackageText(language).sections.map((s) => [s.id, { heading: s.heading, paragraphs: [...s.paragraphs] }]));

  it('accepts every shipped language as a replacement', () => {
    for (const language of infoLanguages) expect(replacementTextsSchema.safeParse(fromLanguage(language)).success, language).toBe(true);
  });

  it('rejects a missing or unknown section, a wrong paragraph count, empty, NUL or oversized text', () => {
    const bad = (mutate: (t: Record<string, { heading: string; paragraphs: string[] }>) => void) => {
      const t = fromLanguage('ar');
      mutate(t);
      return replacementTextsSchema.safeParse(t).success;
    };
    expect(bad((t) => delete t['right-only'])).toBe(false);
    expect(bad((t) => (t['new-section'] = { heading: 'x', paragraphs: ['y'] }))).toBe(false);
    expect(bad((t) => t['what-is-guidance']?.paragraphs.pop())).toBe(false);
    expect(bad((t) => t['what-is-guidance']?.paragraphs.push('extra'))).toBe(false);
    expect(bad((t) => t['where-to-ask'] && (t['where-to-ask'].heading = '   '))).toBe(false);
    expect(bad((t) => t['where-to-ask'] && (t['where-to-ask'].heading = 'a\u0000b'))).toBe(false);
    expect(bad((t) => t['where-to-ask'] && (t['where-to-ask'].paragraphs[0] = 'x'.repeat(100_000)))).toBe(false);
  });
});

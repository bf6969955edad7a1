/**
 * Information packages for participants before career guidance, in eight languages.
 *
 * Every language file is assembled with the shared structure (`sections.ts`) and parsed with the
 * zod schemas when this module is imported, so a missing translation, an unknown pictogram or a
 * broken status stops the build and the tests instead of reaching a participant.
 *
 * Usage (participant page):
 *   infoPackage('ar', 'primary', 'right-and-duty')  // sections for this reader, in topic order
 *   infoLanguageMeta.ar.direction                   // 'rtl' → set dir="rtl" and lang="ar"
 *   pictograms[section.pictogram].svg               // inline SVG, colour from currentColor
 */
import { ar } from './ar.ts';
import { en } from './en.ts';
import {
  backgrounds,
  infoLanguages,
  infoPackageTextSchema,
  infoTopics,
  pageLabelTextsSchema,
  type Background,
  type InfoLanguage,
  type InfoPackageText,
  type InfoSection,
  type Translation,
} from './model.ts';
import { nb } from './nb.ts';
import { pageLabelKeys, pageLabels } from './page-labels.ts';
import { pictograms } from './pictograms.ts';
import { prs } from './prs.ts';
import { ru } from './ru.ts';
import { sectionStructure, type LanguageTexts, type SectionId } from './sections.ts';
import { so } from './so.ts';
import { z } from 'zod';
import { ti } from './ti.ts';
import { uk } from './uk.ts';

export { infoPackageTextSchema, infoSectionSchema, translationSchema } from './model.ts';
export {
  backgrounds,
  infoLanguages,
  infoTopics,
  sectionRights,
  type Background,
  type InfoLanguage,
  type InfoPackageText,
  type InfoSection,
  type InfoTopic,
  type PictogramKey,
  type SectionRight,
  type Translation,
} from './model.ts';
export { pictograms, type KnownPictogram, type Pictogram } from './pictograms.ts';
export { sectionIds, type SectionId } from './sections.ts';
export { infoPackageSources } from './sources.ts';
export { fillLabel, pageLabel, pageLabelKeys, pageLabels, type CalendarNames, type PageLabelKey, type PageLabelTexts } from './page-labels.ts';

export interface InfoLanguageMeta {
  direction: 'ltr' | 'rtl';
  /** The language's name in itself, for the language picker. */
  nativeName: string;
  /** The name in Norwegian and English, for staff. */
  nb: string;
  en: string;
  /** BCP 47 tag for the `lang` attribute (screen readers pick voice and hyphenation from it). */
  htmlLang: string;
}

export const infoLanguageMeta: Record<InfoLanguage, InfoLanguageMeta> = {
  nb: { direction: 'ltr', nativeName: 'Norsk bokmål', nb: 'Norsk bokmål', en: 'Norwegian Bokmål', htmlLang: 'nb' },
  en: { direction: 'ltr', nativeName: 'English', nb: 'Engelsk', en: 'English', htmlLang: 'en' },
  uk: { direction: 'ltr', nativeName: 'Українська', nb: 'Ukrainsk', en: 'Ukrainian', htmlLang: 'uk' },
  ru: { direction: 'ltr', nativeName: 'Русский', nb: 'Russisk', en: 'Russian', htmlLang: 'ru' },
  ar: { direction: 'rtl', nativeName: 'العربية', nb: 'Arabisk', en: 'Arabic', htmlLang: 'ar' },
  ti: { direction: 'ltr', nativeName: 'ትግርኛ', nb: 'Tigrinja', en: 'Tigrinya', htmlLang: 'ti' },
  so: { direction: 'ltr', nativeName: 'Soomaali', nb: 'Somali', en: 'Somali', htmlLang: 'so' },
  // Dari has no two-letter code; 'fa-AF' (Persian as written in Afghanistan) is what browsers and screen readers understand.
  prs: { direction: 'rtl', nativeName: 'دری', nb: 'Dari', en: 'Dari', htmlLang: 'fa-AF' },
};

const languageTexts: Record<InfoLanguage, LanguageTexts> = { nb, en, uk, ru, ar, ti, so, prs };

function assemble(language: InfoLanguage): InfoPackageText {
  const texts = languageTexts[language];
  const sections = sectionStructure.map((s) => {
    const words = texts.sections[s.id];
    return {
      id: s.id,
      topic: s.topic,
      pictogram: s.pictogram,
      backgrounds: [...s.backgrounds],
      ...('forRight' in s ? { forRight: [...s.forRight] } : {}),
      heading: words.heading,
      paragraphs: [...words.paragraphs],
    };
  });
  return infoPackageTextSchema.parse({ language, translation: texts.translation, sections }) as InfoPackageText;
}

/** The packages are shared by every request: freeze them so a caller cannot change the text for the next reader. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// Parsed once at import: a broken text fails here, at build, test and server start.
const packages: Record<InfoLanguage, InfoPackageText> = deepFreeze(
  Object.fromEntries(infoLanguages.map((l) => [l, assemble(l)])) as Record<InfoLanguage, InfoPackageText>,
);

// The labels around the texts on the participant's page: parsed here too, so a broken label never reaches a reader.
for (const language of infoLanguages) pageLabelTextsSchema(pageLabelKeys).parse(pageLabels[language]);
deepFreeze(pageLabels);

for (const s of packages.nb.sections) {
  if (!(s.pictogram in pictograms)) throw new Error(`section ${s.id} uses unknown pictogram ${s.pictogram}`);
}

/** Every section of a language, in topic order. */
export function infoPackageText(language: InfoLanguage): InfoPackageText {
  return packages[language];
}

/** True when the section is meant for a reader with this right. Unknown right (undefined) sees every right section. */
function forReader(section: InfoSection, right: 'right-and-duty' | 'right' | 'none' | undefined): boolean {
  if (!section.forRight || right === undefined) return true;
  return right !== 'none' && section.forRight.includes(right);
}

/**
 * The package for one reader: the sections for their background and right, ordered by topic.
 *
 * `right` comes from `guidanceRight()` in src/domain. Leave it out when the right is not known (a
 * general leaflet): then both right sections are included, each saying whom it is for. With
 * 'none' the reader gets only the general sections (everyone can get free guidance; where to ask).
 */
export function infoPackage(
  language: InfoLanguage,
  background: Background,
  right?: 'right-and-duty' | 'right' | 'none',
): { language: InfoLanguage; direction: 'ltr' | 'rtl'; translation: Translation; sections: InfoSection[] } {
  const text = packages[language];
  const sections = text.sections
    .filter((s) => s.backgrounds.includes(background) && forReader(s, right))
    .map((s, i) => ({ s, i }))
    // Stable sort by topic; the schema already enforces topic order, this keeps the promise explicit.
    .sort((a, b) => infoTopics.indexOf(a.s.topic) - infoTopics.indexOf(b.s.topic) || a.i - b.i)
    .map(({ s }) => s);
  return { language, direction: infoLanguageMeta[language].direction, translation: text.translation, sections };
}

export function isInfoLanguage(value: string): value is InfoLanguage {
  return (infoLanguages as readonly string[]).includes(value);
}

export function isBackground(value: string): value is Background {
  return (backgrounds as readonly string[]).includes(value);
}

/**
 * The words a centre may put in place of a shipped translation (the replace/review feature in the
 * app validates its request body with this): every section id exactly once, a heading and exactly as
 * many paragraphs as the Norwegian source, each a trimmed non-empty line of sensible length. The
 * structure (who sees what, pictograms) cannot be changed this way.
 */
const replacementLine = (max: number) =>
  z.string().trim().min(1).max(max).refine((v) => !v.includes('\u0000'), { message: 'must not contain NUL' });
const replacementSectionSchema = (count: number) =>
  z.strictObject({
    heading: replacementLine(200),
    paragraphs: z.array(replacementLine(1000)).length(count, { message: `must have exactly ${count} paragraphs, like the Norwegian text` }),
  });

export const replacementTextsSchema = z.strictObject(
  Object.fromEntries(sectionStructure.map((s) => [s.id, replacementSectionSchema(nb.sections[s.id].paragraphs.length)])) as Record<
    SectionId,
    ReturnType<typeof replacementSectionSchema>
  >,
);
export type ReplacementTexts = z.infer<typeof replacementTextsSchema>;

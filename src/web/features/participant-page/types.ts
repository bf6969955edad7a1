// Shapes of the participant-page API, inferred from src/server/features/participant-page/schemas.ts (types only).
import type { z } from 'zod';
import type {
  linkJson, linkList, pageJson, resourceJson, translationList, translationSectionJson, translationStatus,
} from '../../../server/features/participant-page/schemas.ts';
import type { AssertTrue, SameType } from '../../types.ts';

export const pageLanguages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;
export type PageLanguage = (typeof pageLanguages)[number];
export const pageBackgrounds = ['no-schooling', 'primary', 'upper-secondary', 'higher'] as const;
export type PageBackground = (typeof pageBackgrounds)[number];

export type PageLink = z.output<typeof linkJson>;
export type PageLinkList = z.output<typeof linkList>;
export type PageResource = z.output<typeof resourceJson>;
export type TranslationStatus = z.output<typeof translationStatus>;
export type PublicPage = z.output<typeof pageJson>;
export type TranslationSection = z.output<typeof translationSectionJson>;
export type TranslationList = z.output<typeof translationList>;

/** The lists above are the server's (its content model's), copied because the browser may not load that module. */
export type PageListsMatchServer = [
  AssertTrue<SameType<PageLanguage, PageLink['language']>>,
  AssertTrue<SameType<PageBackground, NonNullable<PageLink['background']>>>,
];

/** Directions and native names for the staff UI, without loading the package texts into the staff bundle. */
export const languageInfo: Record<PageLanguage, { nativeName: string; dir: 'ltr' | 'rtl'; htmlLang: string }> = {
  nb: { nativeName: 'Norsk bokmål', dir: 'ltr', htmlLang: 'nb' },
  en: { nativeName: 'English', dir: 'ltr', htmlLang: 'en' },
  uk: { nativeName: 'Українська', dir: 'ltr', htmlLang: 'uk' },
  ru: { nativeName: 'Русский', dir: 'ltr', htmlLang: 'ru' },
  ar: { nativeName: 'العربية', dir: 'rtl', htmlLang: 'ar' },
  ti: { nativeName: 'ትግርኛ', dir: 'ltr', htmlLang: 'ti' },
  so: { nativeName: 'Soomaali', dir: 'ltr', htmlLang: 'so' },
  prs: { nativeName: 'دری', dir: 'rtl', htmlLang: 'fa-AF' },
};

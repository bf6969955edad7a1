// Shapes of the participant-page API (src/server/features/participant-page/schemas.ts).
export const pageLanguages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;
export type PageLanguage = (typeof pageLanguages)[number];
export const pageBackgrounds = ['no-schooling', 'primary', 'upper-secondary', 'higher'] as const;
export type PageBackground = (typeof pageBackgrounds)[number];

export interface PageLink {
  id: string;
  language: PageLanguage;
  background: PageBackground | null;
  status: 'active' | 'expired' | 'revoked';
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  version: number;
}

export interface PageLinkList {
  items: PageLink[];
  backgroundFromBrief: PageBackground | null;
  sending: { sms: boolean; email: boolean };
}

export interface PageResource {
  id: string;
  kind: 'offer' | 'link';
  offerId: string | null;
  url: string | null;
  title: string;
  note: string;
  addedBy: string;
  createdAt: string;
  version: number;
}

export interface TranslationStatus { status: 'draft' | 'reviewed'; reviewedBy: string | null; reviewedOn: string | null }

export interface PublicPage {
  givenName: string;
  language: PageLanguage;
  direction: 'ltr' | 'rtl';
  htmlLang: string;
  languages: { code: PageLanguage; nativeName: string; direction: 'ltr' | 'rtl'; htmlLang: string }[];
  translation: TranslationStatus;
  sections: {
    id: string;
    topic: string;
    heading: string;
    paragraphs: string[];
    pictogram: { svg: string; alt: string } | null;
    translation: TranslationStatus | null;
  }[];
  appointments: {
    kind: 'session' | 'group-session';
    startsAt: string;
    endsAt: string;
    mode: string;
    place: string | null;
    meetingUrl: string | null;
    interpreterLanguage: string | null;
    centre: string;
  }[];
  resources: { kind: 'offer' | 'link'; title: string; titleLang: string; url: string; note: string }[];
  note: { language: string; text: string } | null;
  journey: { plan: 'A' | 'B'; goal: string; steps: { title: string; titleLang: string; startMonth: number | null; durationMonths: number | null }[] }[];
  contact: { kind: 'adviser' | 'municipality'; name: string; email: string | null; phone: string | null };
  expiresAt: string;
}

export interface TranslationSection {
  id: string;
  topic: string;
  original: { heading: string; paragraphs: string[] };
  norwegian: { heading: string; paragraphs: string[] };
  override: (TranslationStatus & { heading: string | null; paragraphs: string[] | null; version: number; updatedAt: string }) | null;
}
export interface TranslationList { language: PageLanguage; translation: TranslationStatus; sections: TranslationSection[] }

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

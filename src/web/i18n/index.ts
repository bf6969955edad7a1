import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from './locales/nb.json';
import en from './locales/en.json';

export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'veivalg.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
  // Both UI languages are left-to-right; the attribute is here so that adding Arabic or Dari is a data change.
  document.documentElement.dir = i18n.dir(language);
}

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'nb',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});

reflectOnDocument(i18n.language);
i18n.on('languageChanged', (language) => {
  reflectOnDocument(language);
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
});

/**
 * Makes a language's app texts available. Here both are bundled, so there is nothing to load; the public pages'
 * build resolves this module to src/web/public/i18n.ts, which fetches them on demand (issue 19).
 */
export async function loadTexts(_language: string): Promise<void> {}

/** BCP 47 locale for Intl, from the UI language. */
export function intlLocale(language: string = i18n.language): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

export default i18n;

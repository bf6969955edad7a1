import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nb from './locales/nb.json';
import en from './locales/en.json';
import { followOnDocument, languages, storedLanguage } from './language-choice.ts';

export { languages, type Language } from './language-choice.ts';

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

followOnDocument(i18n);

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

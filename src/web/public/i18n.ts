/**
 * The public pages' i18n (issue 19). The public build resolves src/web/i18n/index.ts to this file, so the map,
 * the journeys and the participant's page use the same i18next calls as the staff app, but only the chosen
 * language's public texts are downloaded (a language switch loads its texts before switching).
 * Exports what index.ts exports.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loaders, names } from 'virtual:public-texts';
import { followOnDocument, languages, storedLanguage } from '../i18n/language-choice.ts';

export { languages, storedLanguage, type Language } from '../i18n/language-choice.ts';

const loaded = new Set<string>();

/** Texts that came with the page (the pre-rendered pages carry theirs: hydration need not wait for a download). */
export function addTexts(language: string, texts: Record<string, unknown>): void {
  i18n.addResourceBundle(language, 'translation', texts, true, true);
  loaded.add(language);
}

/** Adds a language's public texts (once); the language switch waits for this before switching. */
export async function loadTexts(language: string): Promise<void> {
  if (loaded.has(language) || !loaders[language]) return;
  const { default: texts } = await loaders[language]();
  addTexts(language, texts);
}

/** i18next is ready (with no texts yet: main.tsx loads the chosen language's where the page needs them). */
const initial = typeof window === 'undefined' ? 'nb' : storedLanguage();
export const ready = i18n
  .use(initReactI18next)
  .init({
    // Every language's own name (the switch names the other language in that language), nothing else.
    resources: Object.fromEntries(Object.entries(names).map(([lang, name]) => [lang, { translation: { language: { name } } }])),
    lng: initial,
    fallbackLng: false,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    react: { useSuspense: false },
    initAsync: false,
  })
  .then(() => {
    if (typeof document === 'undefined') return;
    followOnDocument(i18n);
  });

/** BCP 47 locale for Intl, from the UI language. */
export function intlLocale(language: string = i18n.language): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

// The language switch (LanguageSwitcher) calls changeLanguage: fetch that language's texts first, so the page
// switches in one go instead of showing keys meanwhile.
const changeLanguage = i18n.changeLanguage.bind(i18n);
i18n.changeLanguage = async (language, callback) => {
  if (language) await loadTexts(language);
  return changeLanguage(language, callback);
};

export default i18n;

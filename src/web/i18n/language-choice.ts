import type { i18n as I18n } from 'i18next';

/**
 * The staff UI's language choice, shared by the staff app (src/web/i18n/index.ts) and the public pages' build
 * (src/web/public/i18n.ts): both remember it on the device and put it on the document.
 */
export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'veivalg.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

/** Puts the language on <html> now and on every change, and remembers each change on the device. */
export function followOnDocument(i18n: I18n): void {
  const reflect = (language: string) => {
    document.documentElement.lang = language;
    // Both UI languages are left-to-right; the attribute is here so that adding Arabic or Dari is a data change.
    document.documentElement.dir = i18n.dir(language);
  };
  reflect(i18n.language);
  i18n.on('languageChanged', (language) => {
    reflect(language);
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
}

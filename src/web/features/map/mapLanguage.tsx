// The public map pages in eight languages (issue 18). nb and en are the app's own languages (the header's switch);
// uk, ru, ar, ti, so and prs come from one translation file each (src/content/map-i18n/<lang>.json), loaded only when
// the reader picks that language, so /kart carries no language it does not show. The staff UI stays nb/en: the map
// gets its own i18next instance for its pages, and the rest of the app never sees the six languages.
import { Alert, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createInstance, type i18n as I18n } from 'i18next';
import { createContext, Fragment, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import {
  isTranslatedMapLanguage,
  mapHtmlLang,
  mapLanguages,
  NORWEGIAN_MARKER,
  rtlMapLanguages,
  type MapLanguage,
  type MapTranslationFile,
  type TranslatedMapLanguage,
} from '../../../content/map-i18n/model.ts';
import { loadTexts } from '../../i18n/index.ts';
import type { Localized } from './mapData.ts';

// One lazily loaded chunk per language file; source.json (the catalogue) never goes to the browser.
const loaders = import.meta.glob<MapTranslationFile>(['../../../content/map-i18n/*.json', '!../../../content/map-i18n/source.json'], {
  import: 'default',
});
const loaderFor = (language: TranslatedMapLanguage) => loaders[`../../../content/map-i18n/${language}.json`];

/** The languages the switch offers: nb, en and every language that has a translation file. */
export const offeredMapLanguages: readonly MapLanguage[] = mapLanguages.filter(
  (l) => !isTranslatedMapLanguage(l) || loaderFor(l) !== undefined,
);

/** Each language named in itself (as the information packages and GOV.UK do), so a reader finds their own. */
export const endonyms: Record<MapLanguage, string> = {
  nb: 'Norsk (bokmål)',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ar: 'العربية',
  ti: 'ትግርኛ',
  so: 'Soomaali',
  prs: 'دری',
};

const storageKey = 'veivalg.mapLanguage';

/** The translated language this device chose earlier, if any (the public entry renders anew rather than hydrate then). */
export function storedChoice(): TranslatedMapLanguage | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isTranslatedMapLanguage(value) && loaderFor(value) ? value : null;
  } catch {
    return null;
  }
}

function store(language: TranslatedMapLanguage | null): void {
  try {
    if (language) localStorage.setItem(storageKey, language);
    else localStorage.removeItem(storageKey);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** A text of the map in the reader's language, or the Norwegian text when there is no translation for it. */
export interface MapString {
  text: string;
  /** True when `text` is the Norwegian fallback: shown with lang="nb" and "only in Norwegian". */
  norwegian: boolean;
}

export interface MapLanguageState {
  language: MapLanguage;
  /** For the `lang` attribute and Intl. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** The translation file, for the six languages once loaded. */
  file: MapTranslationFile | null;
  /** The language the server should answer in: en for English, nb (the fallback) for every other. */
  apiLanguage: 'nb' | 'en';
  choose: (language: MapLanguage) => void;
  /** The text under `key` in the reader's language; `source` is the nb/en text from the API. */
  text: (key: string, source: Localized | undefined | null, stale?: boolean) => MapString;
  /** A text the server sent in `apiLanguage` with its catalogue key (eligibility): the translation, or the text as sent. */
  keyed: (key: string | null, sent: string) => MapString;
}

const MapLanguageContext = createContext<MapLanguageState | null>(null);

/** Outside the map pages (the staff's journey builder shares the timeline): nb/en as the app's language. */
export function useMapLanguage(): MapLanguageState {
  const own = useContext(MapLanguageContext);
  const { i18n } = useTranslation();
  if (own) return own;
  const language = i18n.language === 'en' ? 'en' : 'nb';
  return {
    language,
    htmlLang: language,
    dir: 'ltr',
    file: null,
    apiLanguage: language,
    choose: (l) => void i18n.changeLanguage(l === 'en' ? 'en' : 'nb'),
    text: (_key, source) => ({ text: source ? source[language] : '', norwegian: false }),
    keyed: (_key, sent) => ({ text: sent, norwegian: false }),
  };
}

/** `[[Lånekassen]]` in a plain string (a title attribute, the document title): the name, isolated for bidi. */
export const plainMarkers = (text: string) => text.replace(NORWEGIAN_MARKER, '\u2068$1\u2069');

type Tree = { [key: string]: string | Tree };

/** `{ "ui.map.detail.back": "…" }` → `{ map: { detail: { back: "…" } } }` for i18next. */
function uiTree(texts: Record<string, string>): Tree {
  const tree: Tree = {};
  for (const [key, value] of Object.entries(texts)) {
    if (!key.startsWith('ui.')) continue;
    const parts = key.slice(3).split('.');
    let node = tree;
    parts.slice(0, -1).forEach((part) => {
      const next = node[part];
      node = typeof next === 'object' ? next : (node[part] = {});
    });
    node[parts[parts.length - 1] ?? ''] = value;
  }
  return tree;
}

/** The map's own i18next instance for one of the six languages: its labels, and nb (the app's) for anything missing. */
function mapI18n(language: TranslatedMapLanguage, file: MapTranslationFile, app: I18n): I18n {
  const instance = createInstance();
  void instance
    .use({ type: 'postProcessor', name: 'mapMarkers', process: (value: string) => plainMarkers(value) })
    .init({
      resources: {
        nb: { translation: app.getResourceBundle('nb', 'translation') as Tree },
        [language]: { translation: uiTree(file.texts) },
      },
      lng: language,
      fallbackLng: 'nb',
      supportedLngs: [language, 'nb'],
      postProcess: ['mapMarkers'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    });
  return instance;
}

/**
 * Provides the map language to the map pages (MapRoot wraps its outlet in it): the chosen language, its file, and
 * an i18next instance whose `t` gives the map's labels in that language.
 */
export function MapLanguageProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [choice, setChoice] = useState<TranslatedMapLanguage | null>(storedChoice);

  // The header's nb/en switch speaks for the whole app: pressing it leaves the six languages.
  useEffect(() => {
    const onChange = () => setChoice((current) => (current === null ? null : (store(null), null)));
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);

  const loaded = useQuery({
    queryKey: ['map', 'language', choice] as const,
    queryFn: async () => {
      const load = choice ? loaderFor(choice) : undefined;
      if (!load) throw new Error('no such language');
      // The map's i18next instance falls back to the app's nb texts (mapI18n), which the public pages load on demand.
      const [file] = await Promise.all([load(), loadTexts('nb')]);
      return file;
    },
    enabled: choice !== null,
    staleTime: Infinity,
    retry: 1,
  });

  const appLanguage: MapLanguage = i18n.language === 'en' ? 'en' : 'nb';
  const file = choice && loaded.data ? loaded.data : null;
  const language: MapLanguage = choice && file ? choice : appLanguage;
  const instance = useMemo(() => (choice && file ? mapI18n(choice, file, i18n) : null), [choice, file, i18n]);

  const state = useMemo<MapLanguageState>(() => {
    const texts = file?.texts ?? {};
    return {
      language,
      htmlLang: mapHtmlLang[language],
      dir: rtlMapLanguages.includes(language) ? 'rtl' : 'ltr',
      file,
      apiLanguage: language === 'en' ? 'en' : 'nb',
      choose: (next) => {
        if (isTranslatedMapLanguage(next)) {
          store(next);
          setChoice(next);
        } else {
          store(null);
          setChoice(null);
          void i18n.changeLanguage(next);
        }
      },
      text: (key, source, stale = false) => {
        if (!source) return { text: '', norwegian: false };
        if (language === 'nb' || language === 'en') return { text: source[language], norwegian: false };
        const translated = stale ? undefined : texts[key];
        return translated ? { text: translated, norwegian: false } : { text: source.nb, norwegian: true };
      },
      keyed: (key, sent) => {
        if (language === 'nb' || language === 'en') return { text: sent, norwegian: false };
        const translated = key ? texts[key] : undefined;
        return translated ? { text: translated, norwegian: false } : { text: sent, norwegian: true };
      },
    };
  }, [language, file, i18n]);

  const content = (
    <MapLanguageContext.Provider value={state}>
      {/* One frame around the switch and the page, so that print puts both on the page's named page (styles.css). */}
      <div className="map-language-frame">
        <LanguageBar loading={choice !== null && loaded.isPending} failed={choice !== null && loaded.isError} />
        <div lang={state.htmlLang} dir={state.dir} className="map-language-root">
          {children}
        </div>
      </div>
    </MapLanguageContext.Provider>
  );
  return instance ? <I18nextProvider i18n={instance}>{content}</I18nextProvider> : content;
}

/** The language switch and, for a translation, its status in the reader's language. */
function LanguageBar({ loading, failed }: { loading: boolean; failed: boolean }) {
  const { t } = useTranslation();
  const { language, file, choose, htmlLang, dir } = useMapLanguage();
  if (offeredMapLanguages.length <= 2) return null;
  return (
    <div className="map-language" lang={htmlLang} dir={dir}>
      <Field className="map-language__switch no-print">
        <Label>{t('map.translation.label')}</Label>
        <Select value={language} onChange={(e) => choose(e.target.value as MapLanguage)} data-size="sm">
          {offeredMapLanguages.map((l) => (
            <option key={l} value={l} lang={mapHtmlLang[l]}>
              {endonyms[l]}
            </option>
          ))}
        </Select>
      </Field>
      {loading ? <Paragraph data-size="sm" role="status">{t('map.translation.loading')}</Paragraph> : null}
      {failed ? <Alert data-color="warning" data-size="sm">{t('map.translation.loadFailed')}</Alert> : null}
      {file ? (
        <Alert data-color={file.status === 'draft' ? 'warning' : 'info'} data-size="sm" className="map-language__status">
          {file.status === 'draft'
            ? t('map.translation.draft')
            : t('map.translation.reviewed', { date: formatMapDate(file.reviewedAt ?? '', htmlLang) })}
        </Alert>
      ) : null}
    </div>
  );
}

/** Norwegian names inside a page in another language (law names, report titles, organisations). */
export function Nb({ children }: { children: ReactNode }) {
  return (
    <span lang="nb" dir="ltr">
      {children}
    </span>
  );
}

/** A map text: the translation with its `[[…]]` names marked Norwegian, or the Norwegian text marked "only in Norwegian". */
export function MapText({ value }: { value: MapString }) {
  const { t } = useTranslation();
  if (value.norwegian) {
    return (
      <>
        <span lang="nb" dir="ltr">
          {value.text}
        </span>{' '}
        <span className="only-norwegian">({t('map.translation.onlyNorwegian')})</span>
      </>
    );
  }
  const parts = value.text.split(NORWEGIAN_MARKER);
  if (parts.length === 1) return <>{value.text}</>;
  // split() with one capture group: even indices are the translation, odd ones the Norwegian names.
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="nb" dir="ltr">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** The map's texts as React nodes: `tx(key, source)`; `txt` gives a plain string (titles, attributes). */
export function useMapText() {
  const state = useMapLanguage();
  return {
    ...state,
    tx: (key: string, source: Localized | undefined | null, stale?: boolean) => <MapText value={state.text(key, source, stale)} />,
    txt: (key: string, source: Localized | undefined | null, stale?: boolean) => plainMarkers(state.text(key, source, stale).text),
  };
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-04-30' in the map's language (calendar date, no time zone shift). */
export function formatMapDate(value: string, htmlLang: string): string {
  const match = isoDatePattern.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const locale = htmlLang === 'nb' ? 'nb-NO' : htmlLang === 'en' ? 'en-GB' : htmlLang;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** What the pre-rendered pages and the public entry agree on (prerender.tsx writes, main.tsx reads). */
export const prerenderedDataId = 'veivalg-prerendered-data';
/** The language the pages are pre-rendered in (the default). */
export const prerenderedLanguage = 'nb';

/** The data a pre-rendered page was rendered from: a JSON file, preloaded by the page's <link id={prerenderedDataId}>. */
export interface PrerenderedData {
  /** The public texts of `prerenderedLanguage`. */
  texts: Record<string, unknown>;
  /** [query key, data] pairs, as the queries' cache holds them. */
  queries: [readonly unknown[], unknown][];
}

/** What the pre-rendered pages and the public entry agree on (prerender.tsx writes, main.tsx reads). */
export const prerenderedDataId = 'veivalg-prerendered-data';
/** The language the pages are pre-rendered in (the default). */
export const prerenderedLanguage = 'nb';

/**
 * The pre-rendered public pages carry their critical CSS inline and load the full stylesheet with media="print", so
 * that it does not hold up the first paint (scripts/public-pages.ts); now that the script runs, it applies to the
 * screen too. (An onload attribute would do this sooner, but the CSP allows no inline script, attributes included;
 * the inline CSS already styles everything the page shows.) Imported first by main.tsx.
 */
for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-full-stylesheet]')) link.media = 'all';

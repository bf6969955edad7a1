/**
 * Writes src/content/map-i18n/source.json: every text a reader of the public map pages sees, in nb and en, under
 * a stable key. Translators translate from it into src/content/map-i18n/<lang>.json (see the README there).
 * Run after changing an offer, a lane, a level, an eligibility text, a journey or a map UI label:
 *   npm run map-texts
 * `map-i18n.test.ts` fails while the committed file differs from what this script would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSourceCatalogue } from '../src/content/map-i18n/catalogue.ts';

const target = fileURLToPath(new URL('../src/content/map-i18n/source.json', import.meta.url));
const catalogue = buildSourceCatalogue();
writeFileSync(target, `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`${Object.keys(catalogue).length} texts written to ${target}`);

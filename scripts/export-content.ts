/**
 * npm run export-content [-- --out DIR] [--from http://localhost:3000]
 * Writes DIR/content.json (lanes, offers, Norwegian levels, local offers by county, the map's translations with
 * their status) and Markdown: DIR/offers/<id>.md one per offer, DIR/local-offers/<county>.md one per county,
 * DIR/map-translations/<language>.md one per language. With --from, the offers and the local offers are what a
 * running Veivalg publishes (editors' changes included; local offers exist only there); otherwise the checked-in
 * content and no local offers. Never an editor's name (scripts/content-export.ts).
 */
import path from 'node:path';
import { exportContent } from './content-export.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const out = path.resolve(arg('--out') ?? 'content-export');
const from = arg('--from');

const result = await exportContent({ out, from });
console.log(
  `Wrote ${result.offers} offers, ${result.localOffers} local offers in ${result.counties} counties` +
    `${from ? '' : ' (local offers come only from a running Veivalg: --from URL)'} and ${result.languages} map translations to ${out}.`,
);

/**
 * npm run export-content [-- --out DIR] [--from http://localhost:3000]
 * Writes DIR/content.json (lanes, offers, Norwegian levels) and DIR/offers/<id>.md, one file per offer.
 * With --from, exports what a running Veivalg publishes (editors' changes included); otherwise the
 * checked-in content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lanes, norwegianLevels, offers, type Offer } from '../src/content/index.ts';
import { offerMarkdown } from '../src/content/markdown.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const out = path.resolve(arg('--out') ?? 'content-export');
const from = arg('--from');

const content: { lanes: unknown; offers: Offer[]; norwegianLevels: unknown } = from
  ? await (await fetch(new URL('/api/v1/map/offers', from))).json()
  : { lanes, offers: [...offers], norwegianLevels };

fs.mkdirSync(path.join(out, 'offers'), { recursive: true });
fs.writeFileSync(path.join(out, 'content.json'), `${JSON.stringify(content, null, 2)}\n`);
for (const offer of content.offers) fs.writeFileSync(path.join(out, 'offers', `${offer.id}.md`), offerMarkdown(offer));
console.log(`Wrote ${content.offers.length} offers to ${out} (content.json and offers/*.md).`);

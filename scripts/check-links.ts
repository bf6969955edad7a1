/**
 * npm run check-links [-- --online] [-- --list]
 * Offline (default): every link in src/content (the offers and the curated films, brochures and web pages in
 * src/content/materials) is well-formed https, none repeats within an offer, and no page is listed twice as a
 * material. Materials checked longer ago than a year are listed as a warning (check them again), not an error.
 * --list: prints every URL with where it comes from.
 * --online: also asks each distinct URL once (HEAD, then GET), 10 s each, and lists the ones that fail.
 * Exits 1 when a problem is found.
 */
import { offers } from '../src/content/index.ts';
import { contentLinks, materialLinkProblems, materialLinks, offlineLinkProblems, urlsToCheck } from '../src/content/links.ts';
import { materials, materialStaleAfterDays, staleMaterials } from '../src/content/materials/index.ts';

const problems = [
  ...offlineLinkProblems(offers).map((p) => `${p.problem}\t${p.offerId}\t${p.where}\t${p.url}`),
  ...materialLinkProblems(materials).map((p) => `${p.problem}\tmaterial\t${p.materialId}\t${p.url}`),
];
for (const p of problems) console.log(p);
if (process.argv.includes('--list')) {
  for (const l of contentLinks(offers)) console.log(`link\toffer\t${l.offerId}\t${l.where}\t${l.url}`);
  for (const l of materialLinks(materials)) console.log(`link\tmaterial\t${l.materialId}\t${l.url}`);
}
const today = new Date().toISOString().slice(0, 10);
for (const m of staleMaterials(materials, today)) {
  console.log(`warning\tmaterial checked ${m.checkedOn}, more than ${materialStaleAfterDays} days ago: check it again\t${m.id}\t${m.url}`);
}
const urls = urlsToCheck(offers, materials);
console.log(`Offline check: ${urls.length} distinct URLs (${materials.length} materials), ${problems.length} problems.`);

let unreachable = 0;
if (process.argv.includes('--online')) {
  for (const url of urls) {
    const status = await reach(url);
    if (status !== 'ok') {
      unreachable++;
      console.log(`unreachable\t${status}\t${url}`);
    }
  }
  console.log(`Online check: ${urls.length - unreachable} of ${urls.length} reachable.`);
} else {
  console.log('Reachability not checked (run with --online where a network is available).');
}
process.exit(problems.length || unreachable ? 1 : 0);

async function reach(url: string): Promise<string> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(10_000) });
      if (res.ok) return 'ok';
      if (method === 'GET') return String(res.status);
    } catch (e) {
      if (method === 'GET') return (e as Error).name;
    }
  }
  return 'failed';
}

/**
 * npm run check-links [-- --online]
 * Offline (default): every link in src/content is well-formed https and none repeats within an offer.
 * --online: also asks each distinct URL once (HEAD, then GET), 10 s each, and lists the ones that fail.
 * Exits 1 when a problem is found.
 */
import { offers } from '../src/content/index.ts';
import { distinctUrls, offlineLinkProblems } from '../src/content/links.ts';

const problems = offlineLinkProblems(offers);
for (const p of problems) console.log(`${p.problem}\t${p.offerId}\t${p.where}\t${p.url}`);
const urls = distinctUrls(offers);
console.log(`Offline check: ${urls.length} distinct URLs, ${problems.length} problems.`);

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

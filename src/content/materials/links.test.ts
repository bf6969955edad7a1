/** The link checker covers the curated materials: `npm run check-links` lists and checks their addresses. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { offers } from '../index.ts';
import { distinctUrls, materialLinkProblems, urlsToCheck } from '../links.ts';
import { materials } from './index.ts';

describe('link checker and materials', () => {
  it('asks for every material’s address besides the offers’ links', () => {
    const urls = urlsToCheck(offers, materials);
    for (const m of materials) expect(urls, m.id).toContain(m.url);
    for (const url of distinctUrls(offers)) expect(urls).toContain(url);
    expect(materialLinkProblems(materials)).toEqual([]);
  });

  it('reports a malformed address and the same page listed twice', () => {
    const m = materials[0]!;
    expect(materialLinkProblems([m, { ...m, id: 'copy', url: `${m.url}/` }, { ...m, id: 'plain', url: 'http://example.no/film' }])).toEqual([
      { materialId: 'copy', url: `${m.url}/`, problem: 'duplicate-material' },
      { materialId: 'plain', url: 'http://example.no/film', problem: 'not-https-or-malformed' },
    ]);
  });

  it('`npm run check-links -- --list` prints every material’s address and counts them, offline', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/check-links.ts', '--list'], { cwd: process.cwd(), timeout: 60_000 });
    for (const m of materials) expect(stdout).toContain(`link\tmaterial\t${m.id}\t${m.url}`);
    expect(stdout).toContain(`(${materials.length} materials), 0 problems.`);
  }, 60_000);
});

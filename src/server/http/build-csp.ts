/**
 * What the web build adds to the Content-Security-Policy (issue 19): the hashes of the inline <style> elements of
 * the pre-rendered public pages (their critical CSS, scripts/public-pages.ts), written to csp.json in the build
 * folder and read by the server when it starts. A build without the file adds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

export const buildCspFile = 'csp.json';

export interface BuildCsp {
  /** Hashes of the pages' inline <style> elements ('sha256-…', quoted as the CSP writes them). */
  styleSrc: string[];
}

export function readBuildCsp(webRoot: string): BuildCsp {
  const file = path.join(webRoot, buildCspFile);
  if (!fs.existsSync(file)) return { styleSrc: [] };
  const { styleSrc } = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BuildCsp>;
  // Only hash sources: nothing in the file can loosen the policy.
  return { styleSrc: (styleSrc ?? []).filter((source) => /^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/.test(source)) };
}

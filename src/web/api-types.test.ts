import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 20, item 2: the web app's API shapes are inferred from the server's zod schemas (src/web/types.ts says how),
 * so `tsc` fails in the web code when a response changes. This keeps it so: the modules that hold the API's shapes
 * write none by hand (no interface, no object type), and the web app imports from src/server only types, which the
 * build erases (no server code or zod added to the browser bundle; the lint rule checks the same while editing).
 */
const apiModules = [
  'src/web/types.ts',
  'src/web/api.ts',
  'src/web/session.ts',
  'src/web/features/notes/noteApi.ts',
  'src/web/features/cooperation/cooperationApi.ts',
  'src/web/features/cooperation/documentsApi.ts',
  'src/web/features/cooperation/meetingsApi.ts',
  'src/web/features/gatherings/gatheringApi.ts',
  'src/web/features/journeys/journeyData.ts',
  'src/web/features/local-offers/localOfferData.ts',
  'src/web/features/map/mapData.ts',
  'src/web/features/participant-page/types.ts',
  'src/web/features/participant-survey/surveyApi.ts',
];
/** Shapes that are no single answer's: a generic page of items. */
const allowed = new Set(['Page']);

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function webFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return webFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [relative(root, path)] : [];
  });
}

describe('API types in the web app', () => {
  it.each(apiModules)('%s declares no API shape by hand', (path) => {
    const text = read(path);
    const handWritten = [
      ...[...text.matchAll(/^\s*(?:export\s+)?interface\s+(\w+)/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/^\s*(?:export\s+)?type\s+(\w+)(?:<[^>]*>)?\s*=\s*\{/gm)].map((m) => m[1]!),
    ].filter((name) => !allowed.has(name));
    expect(handWritten).toEqual([]);
  });

  it('imports only types from src/server (and zod)', () => {
    const runtime: string[] = [];
    for (const path of webFiles(join(root, 'src/web'))) {
      for (const m of read(path).matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
        const from = m[2]!;
        if (!m[1] && (from === 'zod' || /(^|\/)server\//.test(from))) runtime.push(`${path}: ${from}`);
      }
    }
    expect(runtime).toEqual([]);
  });

  it('the scan sees the imports it checks', () => {
    // Guards the regular expression above: types.ts imports its shapes from the server, as types.
    expect(read('src/web/types.ts')).toMatch(/^import type \{ participantJson \} from '\.\.\/server\/features\/participants\/schemas\.ts';$/m);
  });
});

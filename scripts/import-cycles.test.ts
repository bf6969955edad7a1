import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles } from './import-cycles.ts';

describe('import cycles', () => {
  it('finds none among the modules of src/ (server, web, domain, content), but the database schema\'s known pairs', () => {
    // Known and harmless: schema.ts re-exports each feature's schema file (drizzle-kit and the app read one module),
    // and the feature files use schema.ts's tables only inside drizzle's callbacks (`references(() => …)`, index
    // builders), which run after every module has loaded. Anything else is a new cycle.
    const schemaPair = (c: string[]) => c.length === 3 && /^server\/db\/schema-[a-z-]+\.ts$/.test(c[0]!) && c[1] === 'server/db/schema.ts';
    const cycles = importCycles(path.resolve(import.meta.dirname, '..', 'src'));
    expect(cycles.filter((c) => !schemaPair(c)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a cycle through value imports, re-exports and side-effect imports, and ignores type-only imports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-cycles-'));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('limits.ts', "import { noteLimits } from './note.ts';\nexport const L = { ...noteLimits };\n");
    write('note.ts', "export * from './offers.ts';\nexport const noteLimits = {};\n");
    write('offers.ts', "import {\n  L,\n} from './limits.ts';\nexport const x = L;\n");
    write('typed.ts', "import type { x } from './typed-b.ts';\nexport type Y = typeof x;\n");
    write('typed-b.ts', "import type { Y } from './typed.ts';\nexport const x: Y | 1 = 1;\n");
    write('side.ts', "import './side-b.ts';\n");
    write('side-b.ts', "import './side.ts';\n");
    const cycles = importCycles(dir).map((c) => c.join(' → '));
    expect(cycles).toEqual(['limits.ts → note.ts → offers.ts → limits.ts', 'side-b.ts → side.ts → side-b.ts']);
    fs.rmSync(dir, { recursive: true });
  });
});

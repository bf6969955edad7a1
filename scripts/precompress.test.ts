import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

describe('precompress', () => {
  it('writes a brotli and a gzip copy of each text file of 1 kB or more, in every folder, and leaves the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-precompress-'));
    const big = `<p>${'Mulighetskart – تعليم – ትምህርቲ. '.repeat(200)}</p>`;
    fs.mkdirSync(path.join(dir, 'kart', 'reiser'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'kart', 'reiser', 'index.html'), big);
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), `console.log(${JSON.stringify(big)});`);
    fs.writeFileSync(path.join(dir, 'assets', 'app.js.map'), big);
    fs.writeFileSync(path.join(dir, 'assets', 'logo.png'), Buffer.alloc(4096, 7));
    fs.writeFileSync(path.join(dir, 'csp.json'), '{"styleSrc":[]}');

    const done = precompress(dir).map((f) => path.relative(dir, f)).sort();
    expect(done).toEqual([path.join('assets', 'app.js'), path.join('kart', 'reiser', 'index.html')]);
    for (const file of done) {
      const body = fs.readFileSync(path.join(dir, file));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`))).equals(body)).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`))).equals(body)).toBe(true);
      expect(fs.statSync(path.join(dir, `${file}.br`)).size).toBeLessThan(body.length / 5);
    }
    for (const left of ['assets/app.js.map', 'assets/logo.png', 'csp.json']) expect(fs.existsSync(path.join(dir, `${left}.br`)), left).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
});

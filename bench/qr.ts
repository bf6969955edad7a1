/**
 * The participant letter's QR code: our encoder (src/web/qr) against the `qrcode` library. Prints what each adds to
 * the browser bundle (minified, and gzipped) and the time to encode a page link. Correctness is a test
 * (src/web/qr/qr-compare.test.ts: both read back by jsQR). Run: npm run bench:qr
 */
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import QRCode from 'qrcode';
import { encodeQr, qrSvgPath } from '../src/web/qr/qr.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What a module adds to the web bundle, bundled for the browser as Vite would (ESM, minified). */
async function bundleSize(source: string) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser',
    write: false, logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

function time(label: string, run: (text: string) => unknown) {
  const links = Array.from({ length: 2000 }, () => `https://veivalg.no/p/${randomBytes(32).toString('base64url')}`);
  for (const l of links.slice(0, 200)) run(l); // warm up
  const start = process.hrtime.bigint();
  for (const l of links) run(l);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { label, perLinkMs: Number((ms / links.length).toFixed(3)) };
}

const ours = await bundleSize(`import { encodeQr, qrSvgPath } from './src/web/qr/qr.ts'; export const f = (t) => qrSvgPath(encodeQr(t));`);
// The library's own SVG renderer (toString type 'svg') is its nearest equivalent to our path.
const theirs = await bundleSize(`import QRCode from 'qrcode'; export const f = (t) => QRCode.toString(t, { type: 'svg', errorCorrectionLevel: 'M' });`);
console.table([
  { encoder: 'ours (src/web/qr)', ...ours },
  { encoder: 'qrcode 1.5', ...theirs },
]);
console.table([
  time('ours: encodeQr (matrix only)', (t) => encodeQr(t)),
  time('ours: encodeQr + qrSvgPath', (t) => qrSvgPath(encodeQr(t))),
  time('qrcode: create (matrix only)', (t) => QRCode.create(t, { errorCorrectionLevel: 'M' })),
]);

/**
 * Our encoder against a maintained library (`qrcode`), both read back by a decoder (`jsqr`): for the links the
 * letter carries, both must decode to the exact text, and ours may need at most one version more (qrcode's mixed segments). The bundle size
 * and speed figures are in bench/qr.ts (bench/README.md).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { encodeQr } from './qr.ts';

/** Draws a module matrix as RGBA pixels, 4 pixels a module, with the 4-module quiet zone a printed code has. */
function pixels(size: number, dark: (x: number, y: number) => boolean, scale = 4, margin = 4) {
  const width = (size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!dark(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + margin) * scale + dy) * width + (x + margin) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
  }
  return { data, width };
}

const decode = ({ data, width }: { data: Uint8ClampedArray; width: number }) =>
  jsQR(data, width, width, { inversionAttempts: 'dontInvert' })?.binaryData;
const bytes = (text: string) => [...Buffer.from(text, 'utf8')];

// Link tokens are 32 random bytes in base64url; fixed ones here, so a failure can be read again with the same input.
let n = 0;
const token = () => createHash('sha256').update(`token-${n++}`).digest('base64url');
const texts = [
  ...Array.from({ length: 20 }, () => `https://veivalg.no/p/${token()}`),
  ...Array.from({ length: 5 }, () => `https://karriere.vestlandfylke.no/veivalg/p/${token()}`),
  'http://localhost:3000/p/abc',
  'Blåbærsyltetøy på Ørland: æøå ÆØÅ',
  'x'.repeat(106), 'x'.repeat(107), 'x'.repeat(213),
];

describe('our QR encoder and the qrcode library, read back by jsQR', () => {
  it.each(texts)('both decode to the exact bytes, and ours is at most one version bigger: %s', (text) => {
    const ours = encodeQr(text);
    const theirs = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(decode(pixels(ours.size, (x, y) => ours.modules[y]![x]!))).toEqual(bytes(text));
    expect(decode(pixels(theirs.modules.size, (x, y) => Boolean(theirs.modules.get(y, x))))).toEqual(bytes(text));
    // qrcode splits some texts into mixed segments and can save one version; the letter prints a fixed-size code,
    // so one version more is invisible there (measured on random tokens: never more than one).
    expect(ours.version).toBeLessThanOrEqual(theirs.version + 1);
  });

  it('every one of our eight masks decodes', () => {
    const text = `https://veivalg.no/p/${token()}`;
    for (let mask = 0; mask < 8; mask++) {
      const qr = encodeQr(text, { mask });
      expect(decode(pixels(qr.size, (x, y) => qr.modules[y]![x]!))).toEqual(bytes(text));
    }
  });
});

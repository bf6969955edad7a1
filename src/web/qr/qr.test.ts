import { describe, expect, it } from 'vitest';
import { dataCodewords, encodeQr, formatBits, penalty, qrSvgPath, rsDivisor, rsRemainder } from './qr.ts';
// Module matrices made by python-qrcode 7.4.2 (Debian's python3-qrcode) for the same text, level M, byte mode,
// with the mask forced; each was also read back with zbarimg. Rows top to bottom, '1' = dark.
import vectors from './qr-vectors.json' with { type: 'json' };

const rowsOf = (modules: boolean[][]) => modules.map((row) => row.map((d) => (d ? '1' : '0')).join(''));

describe('QR encoder (byte mode, level M)', () => {
  it('computes the Reed–Solomon codewords of the standard\'s worked example (ISO/IEC 18004 annex, "01234567", 1-M)', () => {
    const data = [0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11];
    expect(rsRemainder(data, rsDivisor(10))).toEqual([0xa5, 0x24, 0xd4, 0xc1, 0xed, 0x36, 0xc7, 0x87, 0x2c, 0x55]);
  });

  it('writes the format information of the standard\'s table for level M', () => {
    expect(formatBits(0).toString(2).padStart(15, '0')).toBe('101010000010010');
    expect(formatBits(5).toString(2).padStart(15, '0')).toBe('100000011001110');
    expect(formatBits(1).toString(2).padStart(15, '0')).toBe('101000100100101');
    expect(formatBits(7).toString(2).padStart(15, '0')).toBe('100101010100000');
  });

  it.each(vectors.map((v) => [v.text, v.version, v.mask, v.rows] as const))('"%s" matches the known matrix (version %i, mask %i)', (text, version, mask, rows) => {
    const qr = encodeQr(text, { mask });
    expect(qr.version).toBe(version);
    expect(qr.size).toBe(version * 4 + 17);
    expect(rowsOf(qr.modules)).toEqual(rows);
  });

  it('picks the smallest version that fits, and the mask with the lowest penalty', () => {
    const link = `https://veivalg.no/p/${'a'.repeat(43)}`;
    const qr = encodeQr(link);
    expect(qr.version).toBe(5);
    const scores = Array.from({ length: 8 }, (_, mask) => penalty(encodeQr(link, { mask }).modules));
    expect(scores[qr.mask]).toBe(Math.min(...scores));
  });

  it('holds up to version 10 and refuses longer text', () => {
    expect(dataCodewords(10)).toBe(216);
    expect(encodeQr('x'.repeat(213)).version).toBe(10);
    expect(() => encodeQr('x'.repeat(214))).toThrow(RangeError);
  });

  it('draws an SVG path with a quiet zone of four modules', () => {
    const qr = encodeQr('hello');
    const { path, viewBox } = qrSvgPath(qr);
    expect(viewBox).toBe('0 0 29 29');
    // The top-left finder's corner module sits at (4,4) inside the quiet zone.
    expect(path.startsWith('M4,4h1v1h-1z')).toBe(true);
  });
});

/**
 * A small QR code encoder (ISO/IEC 18004) for the participant page's printed letter: byte mode, error correction
 * level M, versions 1–10 (up to 213 bytes at M, plenty for a ~80-character link). Written here because the link
 * holds a secret token and must not be sent to an online QR service; the structure follows the standard's
 * steps: data bits → Reed–Solomon blocks → interleaving → function patterns → zigzag placement → best mask.
 */

export interface QrCode {
  version: number;
  size: number;
  mask: number;
  /** modules[y][x]: true = dark. */
  modules: boolean[][];
}

// Per version 1–10, error correction level M (index 0 unused).
const EC_CODEWORDS_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const NUM_BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const ALIGNMENT_POSITIONS: number[][] = [
  [], [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
];
export const MAX_VERSION = 10;
/** Format information's two bits for level M. */
const EC_LEVEL_M_BITS = 0;

/** Modules left for data and error correction after the function patterns. */
function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

const totalCodewords = (version: number) => Math.floor(rawDataModules(version) / 8);
export const dataCodewords = (version: number) => totalCodewords(version) - EC_CODEWORDS_PER_BLOCK[version]! * NUM_BLOCKS[version]!;

// ─── Reed–Solomon over GF(2^8) with the polynomial x^8 + x^4 + x^3 + x^2 + 1 ────────────────────────────────────

function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

/** The generator polynomial's coefficients (highest power first, leading 1 dropped). */
export function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j]!, root);
      if (j + 1 < degree) result[j] = result[j]! ^ result[j + 1]!;
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

export function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    divisor.forEach((coef, i) => { result[i] = result[i]! ^ gfMultiply(coef, factor); });
  }
  return result;
}

// ─── Data ───────────────────────────────────────────────────────────────────────────────────────────────────────

function utf8(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

/** The data codewords: mode, length, bytes, terminator and padding (0xEC, 0x11 …). */
function dataBits(bytes: readonly number[], version: number): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => { for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1); };
  put(0b0100, 4);
  put(bytes.length, version <= 9 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  const capacity = dataCodewords(version) * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  return codewords;
}

/** Splits into blocks, adds error correction to each, and interleaves them as the standard prescribes. */
function withErrorCorrection(data: readonly number[], version: number): number[] {
  const numBlocks = NUM_BLOCKS[version]!;
  const ecLen = EC_CODEWORDS_PER_BLOCK[version]!;
  const raw = totalCodewords(version);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const divisor = rsDivisor(ecLen);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dataLen = shortLen - ecLen + (i < numShort ? 0 : 1);
    const block = data.slice(k, k + dataLen);
    k += dataLen;
    const ec = rsRemainder(block, divisor);
    // Short blocks get a placeholder so that columns line up while interleaving.
    if (i < numShort) block.push(-1);
    blocks.push([...block, ...ec]);
  }
  const result: number[] = [];
  for (let i = 0; i < blocks[0]!.length; i++) {
    for (const block of blocks) if (block[i] !== -1) result.push(block[i]!);
  }
  return result;
}

// ─── The matrix ─────────────────────────────────────────────────────────────────────────────────────────────────

class Matrix {
  readonly modules: boolean[][];
  readonly isFunction: boolean[][];
  constructor(readonly size: number) {
    this.modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.isFunction = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }
  setFunction(x: number, y: number, dark: boolean) {
    this.modules[y]![x] = dark;
    this.isFunction[y]![x] = true;
  }
}

function drawFinder(m: Matrix, x: number, y: number) {
  for (let dy = -4; dy <= 4; dy++) {
    for (let dx = -4; dx <= 4; dx++) {
      const xx = x + dx;
      const yy = y + dy;
      if (xx < 0 || xx >= m.size || yy < 0 || yy >= m.size) continue;
      const dist = Math.max(Math.abs(dx), Math.abs(dy));
      m.setFunction(xx, yy, dist !== 2 && dist !== 4);
    }
  }
}

function drawAlignment(m: Matrix, x: number, y: number) {
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) m.setFunction(x + dx, y + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
  }
}

/** BCH-protected format bits for level M and a mask. */
export function formatBits(mask: number): number {
  const data = (EC_LEVEL_M_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

function drawFormat(m: Matrix, mask: number) {
  const bits = formatBits(mask);
  const bit = (i: number) => ((bits >>> i) & 1) !== 0;
  for (let i = 0; i <= 5; i++) m.setFunction(8, i, bit(i));
  m.setFunction(8, 7, bit(6));
  m.setFunction(8, 8, bit(7));
  m.setFunction(7, 8, bit(8));
  for (let i = 9; i < 15; i++) m.setFunction(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) m.setFunction(m.size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) m.setFunction(8, m.size - 15 + i, bit(i));
  m.setFunction(8, m.size - 8, true); // the dark module
}

function drawVersion(m: Matrix, version: number) {
  if (version < 7) return;
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  const bits = (version << 12) | rem;
  for (let i = 0; i < 18; i++) {
    const dark = ((bits >>> i) & 1) !== 0;
    const a = m.size - 11 + (i % 3);
    const b = Math.floor(i / 3);
    m.setFunction(a, b, dark);
    m.setFunction(b, a, dark);
  }
}

function drawFunctionPatterns(m: Matrix, version: number) {
  for (let i = 0; i < m.size; i++) {
    m.setFunction(6, i, i % 2 === 0);
    m.setFunction(i, 6, i % 2 === 0);
  }
  drawFinder(m, 3, 3);
  drawFinder(m, m.size - 4, 3);
  drawFinder(m, 3, m.size - 4);
  const pos = ALIGNMENT_POSITIONS[version]!;
  for (let i = 0; i < pos.length; i++) {
    for (let j = 0; j < pos.length; j++) {
      // Not over the three finder patterns.
      if ((i === 0 && j === 0) || (i === 0 && j === pos.length - 1) || (i === pos.length - 1 && j === 0)) continue;
      drawAlignment(m, pos[i]!, pos[j]!);
    }
  }
  drawFormat(m, 0); // reserves the format areas; redrawn with the chosen mask
  drawVersion(m, version);
}

/** Places the codewords' bits in the two-column zigzag, bottom right first, skipping function modules. */
function drawCodewords(m: Matrix, codewords: readonly number[]) {
  let i = 0;
  for (let right = m.size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < m.size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? m.size - 1 - vert : vert;
        if (!m.isFunction[y]![x] && i < codewords.length * 8) {
          m.modules[y]![x] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) !== 0;
          i++;
        }
      }
    }
  }
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function applyMask(m: Matrix, mask: number) {
  const f = MASKS[mask]!;
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) if (!m.isFunction[y]![x] && f(x, y)) m.modules[y]![x] = !m.modules[y]![x];
  }
}

/** The standard's penalty score (rules N1–N4): lower is easier to scan. */
export function penalty(modules: readonly (readonly boolean[])[]): number {
  const size = modules.length;
  let score = 0;
  const lines: boolean[][] = [];
  for (let y = 0; y < size; y++) lines.push([...modules[y]!]);
  for (let x = 0; x < size; x++) lines.push(modules.map((row) => row[x]!));
  for (const line of lines) {
    // N1: runs of five or more of one colour.
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) score += 3 + (run - 5);
        run = 1;
      }
    }
    // N3: the finder-like 1:1:3:1:1 pattern with four light modules on either side (light outside the symbol).
    const at = (i: number) => (i >= 0 && i < size ? line[i]! : false);
    for (let i = -4; i < size; i++) {
      const core = at(i) && !at(i + 1) && at(i + 2) && at(i + 3) && at(i + 4) && !at(i + 5) && at(i + 6);
      if (!core) continue;
      const lightBefore = !at(i - 1) && !at(i - 2) && !at(i - 3) && !at(i - 4);
      const lightAfter = !at(i + 7) && !at(i + 8) && !at(i + 9) && !at(i + 10);
      if (lightBefore || lightAfter) score += 40;
    }
  }
  // N2: 2×2 blocks of one colour.
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = modules[y]![x];
      if (c === modules[y]![x + 1] && c === modules[y + 1]![x] && c === modules[y + 1]![x + 1]) score += 3;
    }
  }
  // N4: balance of dark and light.
  const dark = modules.reduce((n, row) => n + row.filter(Boolean).length, 0);
  const total = size * size;
  const k = Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1;
  score += Math.max(0, k) * 10;
  return score;
}

/**
 * Encodes text (UTF-8, byte mode, level M) in the smallest version that fits. `mask` forces one of the eight
 * masks (for tests); by default the one with the lowest penalty is chosen.
 *
 * @throws RangeError when the text does not fit in version 10 (213 bytes).
 */
export function encodeQr(text: string, opts: { mask?: number } = {}): QrCode {
  const bytes = utf8(text);
  let version = 1;
  const headerBits = (v: number) => 4 + (v <= 9 ? 8 : 16);
  while (version <= MAX_VERSION && headerBits(version) + bytes.length * 8 > dataCodewords(version) * 8) version++;
  if (version > MAX_VERSION) throw new RangeError(`Too long for a version ${MAX_VERSION} QR code: ${bytes.length} bytes`);
  const codewords = withErrorCorrection(dataBits(bytes, version), version);
  const size = version * 4 + 17;
  const build = (mask: number) => {
    const m = new Matrix(size);
    drawFunctionPatterns(m, version);
    drawCodewords(m, codewords);
    applyMask(m, mask);
    drawFormat(m, mask);
    return m;
  };
  let best = opts.mask ?? 0;
  if (opts.mask === undefined) {
    let bestScore = Infinity;
    for (let mask = 0; mask < 8; mask++) {
      const score = penalty(build(mask).modules);
      if (score < bestScore) {
        bestScore = score;
        best = mask;
      }
    }
  }
  return { version, size, mask: best, modules: build(best).modules };
}

/** The code as an SVG path (one unit per module, with the 4-module quiet zone), for crisp printing at any size. */
export function qrSvgPath(qr: QrCode, margin = 4): { path: string; viewBox: string } {
  const parts: string[] = [];
  qr.modules.forEach((row, y) => row.forEach((dark, x) => { if (dark) parts.push(`M${x + margin},${y + margin}h1v1h-1z`); }));
  const side = qr.size + margin * 2;
  return { path: parts.join(''), viewBox: `0 0 ${side} ${side}` };
}

import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, encodedJsonCache, encodeJson } from './encoded-json.ts';

describe('encoded JSON answers', () => {
  it('chooses brotli, then gzip, then none, and honours q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('x-gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('br;q=abc')).toBe('identity');
  });

  it('holds the same bytes in every encoding, with an ETag that follows the content', () => {
    const json = JSON.stringify({ tekst: 'Språkpraksis – عربى – ትግርኛ', n: [1, 2, 3] });
    const a = encodeJson(json);
    expect(a.identity.toString('utf8')).toBe(json);
    expect(zlib.gunzipSync(a.gzip).toString('utf8')).toBe(json);
    expect(zlib.brotliDecompressSync(a.br).toString('utf8')).toBe(json);
    expect(a.etag).toMatch(/^"[\w-]{27}"$/);
    expect(encodeJson(json).etag).toBe(a.etag);
    expect(encodeJson(json.replace('1', '4')).etag).not.toBe(a.etag);
  });

  it('builds once per version, keeps only the newest, and retries a failed build', async () => {
    const cache = encodedJsonCache();
    let builds = 0;
    const build = (body: string) => async () => { builds++; return body; };
    const [x, y] = await Promise.all([cache('1', build('{"v":1}')), cache('1', build('{"v":1}'))]);
    expect(x).toBe(y);
    expect(builds).toBe(1);
    expect((await cache('2', build('{"v":2}'))).identity.toString()).toBe('{"v":2}');
    expect(builds).toBe(2);
    await expect(cache('3', async () => { throw new Error('database away'); })).rejects.toThrow('database away');
    expect((await cache('3', build('{"v":3}'))).identity.toString()).toBe('{"v":3}');
    expect(builds).toBe(3);
  });
});

import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A JSON answer that is the same for every caller until its data changes (the map's offers: about 180 kB, read by
 * every visitor of the public map). It is written, compressed with brotli and gzip at their best ratio and given an
 * ETag once per version of the data, instead of being checked against its schema, written and compressed on every
 * request: that was the map request's cost in Node, and Node's one thread is what limits the API under load (issue
 * 19, goal 4). A phone on slow mobile data also gets a smaller answer than the on-the-fly compression gave.
 */
export interface EncodedJson {
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export function encodeJson(json: string): EncodedJson {
  const identity = Buffer.from(json, 'utf8');
  return {
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    identity,
    br: zlib.brotliCompressSync(identity, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
    gzip: zlib.gzipSync(identity, { level: zlib.constants.Z_BEST_COMPRESSION }),
  };
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (`q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token === 'x-gzip' ? 'gzip' : token, Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? (q.has(coding) ? 0 : q.get('*') ?? 0)) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Sends the encoded answer: 304 when the caller already has this version (If-None-Match), otherwise the body in
 * the best encoding it accepts. `no-cache` makes browsers ask each time, so an editor's change shows at once.
 */
export function sendEncodedJson(req: FastifyRequest, reply: FastifyReply, answer: EncodedJson): FastifyReply {
  reply.header('etag', answer.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(answer.etag)) {
    return reply.code(304).send();
  }
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  reply.type('application/json; charset=utf-8');
  // A set Content-Encoding tells @fastify/compress that the body is compressed already.
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.send(answer[encoding]);
}

/** Keeps the encoded answer of the newest version of the data only (the version is a short key, e.g. a count). */
export function encodedJsonCache(): (version: string, build: () => Promise<string>) => Promise<EncodedJson> {
  let cached: { version: string; answer: Promise<EncodedJson> } | null = null;
  return (version, build) => {
    if (cached?.version !== version) {
      const answer = build().then(encodeJson);
      cached = { version, answer };
      // A failed build is not kept: the next request tries again.
      answer.catch(() => { if (cached?.answer === answer) cached = null; });
    }
    return cached.answer;
  };
}

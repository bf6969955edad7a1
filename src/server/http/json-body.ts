import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

/**
 * Paths ("givenName", "content.planA.0.text") of the strings in a parsed body or query that PostgreSQL cannot
 * store as they are: U+0000 (text refuses it) and lone UTF-16 surrogates such as "\ud800" (jsonb refuses them,
 * text would silently store U+FFFD). Keys are checked as well as values. Walks without recursion, so a deeply
 * nested body cannot overflow the stack.
 */
export function invalidTextPaths(value: unknown): string[] {
  const bad: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (!validText(v)) bad.push(path);
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const childPath = path ? `${path}.${k}` : k;
        if (!validText(k)) bad.push(childPath);
        else stack.push([child, childPath]);
      }
    }
  }
  return bad.sort();
}

/**
 * Names of query parameters whose raw percent-encoding is not UTF-8 (such as %ED%A0%80, an encoded surrogate):
 * the query parser would quietly turn them into U+FFFD.
 */
export function badlyEncodedQueryParams(url: string): string[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  return url.slice(q + 1).split('&').flatMap((pair) => {
    const [name = '', value = ''] = pair.split('=');
    try {
      decodeURIComponent(value.replaceAll('+', ' '));
      decodeURIComponent(name.replaceAll('+', ' '));
      return [];
    } catch {
      try { return [decodeURIComponent(name)]; } catch { return ['']; }
    }
  });
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one (String.isWellFormed is
// not in the TypeScript lib this project targets).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const validText = (s: string) => !LONE_SURROGATE.test(s) && !s.includes('\u0000');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Replaces Fastify's JSON body parser: the bytes must be valid UTF-8 (Fastify would otherwise turn broken bytes
 * into U+FFFD without a word), and no string may hold a lone surrogate or U+0000. Either gets a 400 naming the
 * field, before any route runs. Parsing itself stays Fastify's (with its prototype-poisoning protection).
 */
export function strictJsonBodies(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(new AppError(400, 'validation', {}, [{ path: '', key: 'text.invalid' }]), undefined);
    }
    parse(req, text, (err, parsed) => {
      if (err) return done(err, undefined);
      const fields = invalidTextPaths(parsed);
      if (fields.length) return done(new AppError(400, 'validation', {}, fields.map((path) => ({ path, key: 'text.invalid' }))), undefined);
      done(null, parsed);
    });
  });
}

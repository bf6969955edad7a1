import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { langOf, translate, type MessageKey } from './messages.ts';

export interface FieldError { path: string; message: string }

/** An expected failure with an HTTP status and a message key; never carries a stack to the client. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: { path: string; key: string }[] = [],
    /** More of the answer's body, for errors that point somewhere (the existing record of a duplicate). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const staleVersion = () => new AppError(409, 'stale_version');
export const fieldError = (path: string, key: MessageKey) =>
  new AppError(400, 'validation', {}, [{ path, key }]);

/**
 * Messages for zod issues are keys ("required", "too_long:100"); the error handler translates them.
 * Installed once, globally, so every schema speaks the same way.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null ? 'required' : 'type';
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : `too_short:${issue.minimum}`;
        return `too_small:${issue.minimum}`;
      case 'too_big':
        return issue.origin === 'string' ? `too_long:${issue.maximum}` : `too_big:${issue.maximum}`;
      case 'invalid_value':
        return 'invalid_choice';
      case 'invalid_format':
        return issue.format === 'email' ? 'email.invalid' : issue.format === 'uuid' ? 'id.invalid' : 'invalid_format';
      case 'unrecognized_keys':
        return 'unknown_field';
      default:
        return undefined;
    }
  },
});

export function sendError(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  const lang = langOf(req.headers['accept-language']);
  const body: Record<string, unknown> = { error: err.code, message: translate(err.code, lang, err.params) };
  if (err.fields.length) body.fields = err.fields.map((f) => ({ path: f.path, message: translate(f.key, lang) }));
  Object.assign(body, err.extra);
  return reply.code(err.status).type('application/json').send(body);
}

/**
 * What an unexpected error may put in the log: a failed SQL statement's message lists its parameters, which
 * can be names or birth dates, so only the statement and the database's error code are kept.
 */
export function redacted(error: Error & { code?: string; cause?: unknown }) {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return {
    name: error.name,
    code: error.code ?? cause?.code,
    message: error.message.split('\nparams:')[0]!.slice(0, 500),
    stack: error.stack?.split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 5).join('\n'),
  };
}

export function errorHandler(this: unknown, error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendError(req, reply, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.flatMap((v) => {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      // An unknown key is reported once per key, on that key.
      const keys = (v.params as { keys?: string[] }).keys;
      if (v.keyword === 'unrecognized_keys' && keys) return keys.map((k) => ({ path: path ? `${path}.${k}` : k, key: v.message ?? 'invalid' }));
      return [{ path, key: v.message ?? 'invalid' }];
    });
    return sendError(req, reply, new AppError(400, 'validation', {}, fields));
  }
  // Two requests racing past a duplicate check meet the unique index: the loser gets a conflict, not a 500.
  if ((error.cause as { code?: string } | undefined)?.code === '23505' || (error as { code?: string }).code === '23505') {
    return sendError(req, reply, new AppError(409, 'duplicate'));
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(req, reply, new AppError(413, 'payload_too_large'));
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(req, reply, new AppError(error.statusCode, 'bad_request'));
  }
  req.log.error({ err: redacted(error) }, 'unhandled error');
  return sendError(req, reply, new AppError(500, 'internal'));
}

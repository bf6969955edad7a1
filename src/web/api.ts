import type { z } from 'zod';
import type { errorBody } from '../server/http/openapi.ts';
import i18n from './i18n/index.ts';

/** One field the server refused, and why (the error body of every route, src/server/http/openapi.ts). */
export type FieldError = NonNullable<z.output<typeof errorBody>['fields']>[number];

/** What every failed API call throws, so pages can show the server's message at the right field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** Seconds, from `Retry-After` on 429. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let onUnauthorized: () => void = () => {};

/** The app decides what "go to sign-in" means (router navigation); the client only reports it. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'csrf') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, language?: 'nb' | 'en'): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language ?? (i18n.language === 'en' ? 'en' : 'nb'),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as T;

  const error = (data ?? {}) as { error?: string; message?: string; fields?: FieldError[]; rows?: unknown; existing?: unknown };
  const retryAfter = Number(response.headers.get('Retry-After'));
  const apiError = new ApiError(
    response.status,
    error.error ?? 'unknown',
    error.message ?? i18n.t('errors.unexpected'),
    Array.isArray(error.fields) ? error.fields : [],
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
  // The brief import lists its problems per row of the file.
  if (Array.isArray(error.rows)) (apiError as ApiError & { rows?: unknown }).rows = error.rows;
  // A duplicate points at the record that already exists.
  if (error.existing) (apiError as ApiError & { existing?: unknown }).existing = error.existing;
  // A failed sign-in is also a 401, but it belongs to the sign-in form, not to a redirect.
  if (response.status === 401 && path !== '/auth/login') onUnauthorized();
  throw apiError;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string, params: Record<string, string | number | null | undefined> = {}) =>
    request<T>('GET', path + query(params)),
  /** `language`: answer in this language rather than the app's (the public map has a language of its own). */
  post: <T>(path: string, body: unknown = {}, options: { language?: 'nb' | 'en' } = {}) => request<T>('POST', path, body, options.language),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * A form's messages from a failed request: the first message per field, '_form' for a refusal that names no field,
 * and `unexpected` for anything that is not an API answer (network down, a bug). `fieldOf` names the field of a
 * message's path (the whole path unless given, e.g. the first segment for forms whose fields hold lists).
 */
export function formErrorsFrom(error: unknown, unexpected: string, fieldOf: (path: string) => string = (path) => path): Record<string, string> {
  const found: Record<string, string> = {};
  if (!isApiError(error)) return { _form: unexpected };
  for (const { path, message } of error.fields) found[fieldOf(path) || '_form'] ??= message;
  if (error.fields.length === 0) found['_form'] = error.message;
  return found;
}

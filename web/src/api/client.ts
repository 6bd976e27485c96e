// The fetch wrapper every API call goes through.
//
// - sends `Accept-Language` with the UI language and JSON bodies;
// - sends `X-CSRF-Token` (the `sk_csrf` cookie) on every POST, PUT, PATCH and DELETE;
// - turns the error shape `{"error":{"code","message","fields"}}` into an `ApiError`.

import type { ErrorCode, Language } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | string;
  /** Per-field messages from the server, in the request's language. */
  readonly fields: Record<string, string>;
  /** Seconds from the `Retry-After` header of a 429, when present. */
  readonly retryAfter: number | null;
  /** The whole `error` object of the answer: some errors carry more (409 `edit_conflict` has `current`). */
  readonly detail: Record<string, unknown>;

  constructor(
    status: number,
    code: ErrorCode | string,
    message: string,
    fields: Record<string, string> = {},
    retryAfter: number | null = null,
    detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
    this.detail = detail;
  }
}

export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let currentLanguage: Language = 'nl';

/** Called by the i18n provider whenever the UI language changes. */
export function setRequestLanguage(language: Language): void {
  currentLanguage = language;
}

export function getRequestLanguage(): Language {
  return currentLanguage;
}

export const CSRF_COOKIE = 'sk_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return part.slice(eq + 1).trim();
      }
    }
  }
  return null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A body sent as it is, with its own content type (the CSV imports send `text/csv`). */
export class RawBody {
  readonly contentType: string;
  readonly text: string;
  constructor(contentType: string, text: string) {
    this.contentType = contentType;
    this.text = text;
  }
}

const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return null;
}

function toFields(value: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string') fields[k] = v;
    }
  }
  return fields;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy error page, for instance)
  }
  const error =
    body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; fields?: unknown };
    return new ApiError(
      response.status,
      typeof e.code === 'string' ? e.code : 'internal',
      typeof e.message === 'string' ? e.message : response.statusText,
      toFields(e.fields),
      retryAfter,
      error as Record<string, unknown>,
    );
  }
  const fallback: ErrorCode =
    response.status === 401
      ? 'unauthenticated'
      : response.status === 403
        ? 'forbidden'
        : response.status === 404
          ? 'not_found'
          : response.status === 429
            ? 'rate_limited'
            : 'internal';
  return new ApiError(response.status, fallback, response.statusText, {}, retryAfter);
}

/** `?a=1&b=x` from the parameters that have a value ('' and undefined are left out). */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Makes sure the `sk_csrf` cookie exists: any response from the server sets it when missing. */
export async function ensureCsrfCookie(): Promise<void> {
  if (readCookie(CSRF_COOKIE)) return;
  try {
    // Answers 200 signed in or not: no failed request in the console of an anonymous visitor.
    await fetch('/api/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    // the real request will report the network failure
  }
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage,
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body instanceof RawBody) {
    headers['Content-Type'] = body.contentType;
    init.body = body.text;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (UNSAFE.has(method)) {
    await ensureCsrfCookie();
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  try {
    return await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
}

let unauthenticatedListener: (() => void) | null = null;

/**
 * Who hears that a request was answered 401 `unauthenticated`: the session (`session/index.tsx`), which then
 * asks the server again. A signed-in person's session can end without this tab doing it (logged out in another
 * tab, expired, or the account erased on request); the next page that needs a session then goes to log-in
 * instead of showing its requests failing. One listener; `null` removes it.
 */
export function onUnauthenticated(listener: (() => void) | null): void {
  unauthenticatedListener = listener;
}

/**
 * Calls the API and returns the parsed JSON body (`undefined` for 204).
 * Throws `ApiError` for every non-2xx answer.
 */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  if (response.status === 403 && UNSAFE.has(method)) {
    // The cookie may have been rotated (log-in elsewhere in this browser): read it anew, retry once.
    const error = await toApiError(response.clone());
    if (error.code === 'csrf_failed') response = await send(method, path, body);
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.code === 'unauthenticated' && path !== '/api/auth/session') unauthenticatedListener?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, 'network', 'Invalid JSON in response');
  }
}

// Turns the `api` attribute a page author typed into the one canonical base URL a client is keyed by.
import { ApiError } from './errors.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Absolute http(s) URLs are taken as they are; anything without a scheme is resolved against the document's base URI.
 * The result has no trailing slash, so "https://x/api" and "https://x/api/" share one client.
 */
export function resolveBaseUrl(value: string): string {
  const raw = value.trim();
  if (raw === '') throw configError(value, 'The API base URL is empty.');
  if (SCHEME.test(raw) && !/^https?:/i.test(raw)) throw configError(value, 'The API base URL must use http or https.');

  const base = SCHEME.test(raw) ? undefined : documentBase();
  if (!SCHEME.test(raw) && base === undefined) {
    throw configError(value, 'A relative API base URL needs a document to resolve against.');
  }
  if (!URL.canParse(raw, base)) throw configError(value, 'The API base URL is not a valid URL.');

  const url = new URL(raw, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw configError(value, 'The API base URL must use http or https.');
  }
  // fetch() refuses URLs with credentials, and query strings or fragments would be lost when paths are appended.
  if (url.username || url.password) throw configError(value, 'The API base URL must not contain credentials.');
  if (url.search || url.hash) throw configError(value, 'The API base URL must not have a query or fragment.');

  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Whether two `api` attributes name the same API; false when either cannot be used at all. */
export function sameBaseUrl(a: string, b: string): boolean {
  try {
    return resolveBaseUrl(a) === resolveBaseUrl(b);
  } catch {
    return false;
  }
}

function documentBase(): string | undefined {
  const doc = (globalThis as { document?: { baseURI?: string } }).document;
  return doc?.baseURI || undefined;
}

function configError(value: string, message: string): ApiError {
  return new ApiError('config', value, message);
}

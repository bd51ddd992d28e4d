// The one HTTP client every element shares per API: timeouts, one retry, merged duplicate GETs, a TTL cache, typed errors.
import type * as v from './shape.js';
import { resolveBaseUrl } from './base-url.js';
import { TtlCache } from './cache.js';
import { ApiError, isApiError } from './errors.js';
import { takePrefetched } from './prefetch.js';
import { pathUrl, requestHeaders, withParams, type QueryParams } from './request-url.js';
import { readJson, validate, type ReadBody } from './response.js';

export type { QueryParams, QueryValue } from './request-url.js';

export interface ClientOptions {
  /** Milliseconds before a request gives up with kind 'timeout' (default 15 000). */
  timeout?: number;
  /** Milliseconds a successful GET is served from memory (default 60 000). */
  cacheTtl?: number;
  /** Milliseconds to wait before the single retry of a GET that failed on the network (default 300). */
  retryDelay?: number;
  /** Clock for cache expiry; tests pass their own. */
  now?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent as Accept-Language, so the API can answer in the element's language. */
  language?: string;
  /** Overrides the client's timeout for this call. */
  timeout?: number;
}

export interface GetOptions extends RequestOptions {
  params?: QueryParams;
  /** false: skip the cache for this read; a number: keep this response that many milliseconds. */
  cache?: boolean | number;
}

export interface PostOptions extends RequestOptions {
  headers?: Record<string, string>;
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

export class ApiClient {
  /** Absolute, without a trailing slash. */
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly timeout: number;
  private readonly cacheTtl: number;
  private readonly retryDelay: number;
  private readonly cache: TtlCache<unknown>;
  private readonly pending = new Map<string, SharedRequest>();

  constructor(baseUrl: string, options: ClientOptions = {}) {
    this.baseUrl = resolveBaseUrl(baseUrl);
    this.origin = new URL(this.baseUrl).origin;
    this.timeout = options.timeout ?? 15_000;
    this.cacheTtl = options.cacheTtl ?? 60_000;
    this.retryDelay = options.retryDelay ?? 300;
    this.cache = new TtlCache(options.now);
  }

  /**
   * The absolute URL of `path` below the base URL (a leading slash is still below the base), with `params` as query;
   * arrays repeat the key, null and undefined are left out. An absolute URL is accepted only on the API's origin.
   */
  url(path: string, params: QueryParams = {}): string {
    return withParams(/^[a-z][a-z0-9+.-]*:/i.test(path) ? new URL(this.resolveLink(path)) : pathUrl(this.baseUrl, path), params);
  }

  /**
   * Resolves a link the API sent (e.g. a page's `next`) against the base URL. Links to another origin are refused
   * as 'bad-data': the API is untrusted, and following them would send the visitor's requests elsewhere.
   */
  resolveLink(link: string, field = 'link'): string {
    const base = `${this.baseUrl}/`;
    const url = URL.canParse(link, base) ? new URL(link, base) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new ApiError('bad-data', link, `The API sent an invalid ${field}.`, { issues: [`${field}: not an http(s) URL`] });
    }
    if (url.origin !== this.origin) {
      throw new ApiError('bad-data', link, `The API sent a ${field} to another origin; it was not followed.`, {
        issues: [`${field}: points to ${url.origin}, not ${this.origin}`],
      });
    }
    return url.href;
  }

  async get<T>(path: string, schema: v.Schema<T>, options: GetOptions = {}): Promise<T> {
    const url = this.url(path, options.params);
    const key = `${options.language ?? ''} ${url}`;
    const signal = this.callerSignal(options);
    if (signal.aborted) throw abortError(signal, url);

    const cached = options.cache === false ? undefined : this.cache.get(key);
    const ttl = typeof options.cache === 'number' ? options.cache : this.cacheTtl;
    const data = cached !== undefined ? cached : await this.join(key, url, options.language, ttl, signal);
    try {
      return validate(schema, data, url);
    } catch (error) {
      this.cache.delete(key);
      throw error;
    }
  }

  /** Never retried and never merged: a POST may have taken effect even when its response was lost. */
  async post<T>(path: string, body: unknown, schema: v.Schema<T>, options: PostOptions = {}): Promise<T> {
    const url = this.url(path);
    const signal = this.callerSignal(options);
    if (signal.aborted) throw abortError(signal, url);
    let data: unknown;
    try {
      ({ data } = await send(url, this.origin, {
        method: 'POST',
        headers: { ...requestHeaders(options.language), 'Content-Type': 'application/json', ...options.headers },
        body: JSON.stringify(body),
        signal,
      }));
    } catch (error) {
      throw failure(error, url, signal);
    }
    return validate(schema, data, url);
  }

  /** Forgets every cached response, e.g. after the visitor asks to reload. */
  invalidate(): void {
    this.cache.clear();
  }

  private callerSignal(options: RequestOptions): AbortSignal {
    const timeout = AbortSignal.timeout(options.timeout ?? this.timeout);
    return options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  }

  /**
   * Identical GETs in flight share one fetch. Each caller waits with its own signal; the shared fetch is aborted only
   * when the last waiting caller has given up.
   */
  private join(key: string, url: string, language: string | undefined, ttl: number, signal: AbortSignal): Promise<unknown> {
    let shared = this.pending.get(key);
    if (!shared) {
      const controller = new AbortController();
      const promise = this.fetchWithRetry(url, language, controller.signal).then(({ data, size }) => {
        this.cache.set(key, data, ttl, size);
        return data;
      });
      const created: SharedRequest = { promise, controller, waiters: 0 };
      const forget = () => {
        if (this.pending.get(key) === created) this.pending.delete(key);
      };
      promise.then(forget, forget);
      this.pending.set(key, created);
      shared = created;
    }
    const entry = shared;
    entry.waiters += 1;

    return new Promise((resolve, reject) => {
      let settled = false;
      const onAbort = () => {
        if (settled) return;
        settled = true;
        entry.waiters -= 1;
        if (entry.waiters === 0) {
          if (this.pending.get(key) === entry) this.pending.delete(key);
          entry.controller.abort();
        }
        reject(abortError(signal, url));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (data) => {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', onAbort);
          resolve(data);
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  private async fetchWithRetry(url: string, language: string | undefined, signal: AbortSignal): Promise<ReadBody> {
    const init: RequestInit = { method: 'GET', headers: requestHeaders(language), signal };
    try {
      // The script-tag loader may have started this very request while the element's code loaded.
      return await send(url, this.origin, init, await takePrefetched(url, language));
    } catch (error) {
      if (!(error instanceof TypeError) || signal.aborted || isOffline()) throw failure(error, url, signal);
    }
    try {
      await sleep(this.retryDelay, signal);
      return await send(url, this.origin, init);
    } catch (error) {
      throw failure(error, url, signal);
    }
  }
}

const clients = new Map<string, ApiClient>();

/**
 * The shared client for a base URL: every element on the page with the same `api` gets the same instance, and so the
 * same cache and the same merged requests. Throws ApiError 'config' for an unusable base URL.
 */
export function getClient(baseUrl: string): ApiClient {
  const resolved = resolveBaseUrl(baseUrl);
  let client = clients.get(resolved);
  if (!client) {
    client = new ApiClient(resolved);
    clients.set(resolved, client);
  }
  return client;
}

async function send(url: string, origin: string, init: RequestInit, prefetched?: Response): Promise<ReadBody> {
  const response = prefetched ?? (await fetch(url, init));
  // fetch follows redirects before we see them; an answer from elsewhere is refused like a `next` link elsewhere.
  if (response.redirected && URL.canParse(response.url) && new URL(response.url).origin !== origin) {
    void response.body?.cancel();
    const target = new URL(response.url).origin;
    throw new ApiError('redirect', url, `The API redirected to ${target}, another origin; the answer was not used.`, {
      status: response.status,
      issues: [`response: redirected to ${target}, not ${origin}`],
    });
  }
  return readJson(response, url);
}

function failure(error: unknown, url: string, signal: AbortSignal): ApiError {
  if (isApiError(error)) return error;
  if (signal.aborted) return abortError(signal, url);
  if (error instanceof TypeError) {
    return new ApiError('offline', url, 'Could not reach the API (offline, blocked, or not allowed by CORS).', {
      cause: error,
    });
  }
  return new ApiError('server', url, error instanceof Error ? error.message : 'The request failed.', { cause: error });
}

function abortError(signal: AbortSignal, url: string): ApiError {
  const reason: unknown = signal.reason;
  const timedOut = (reason as { name?: unknown } | undefined)?.name === 'TimeoutError';
  return timedOut
    ? new ApiError('timeout', url, 'The API did not answer in time.', { cause: reason })
    : new ApiError('aborted', url, 'The request was cancelled.', { cause: reason });
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

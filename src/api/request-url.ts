// How a request's URL and headers are made from the API's base URL. The client and the script-tag loader share this
// module, so a request the loader starts early (src/api/prefetch.ts) is exactly the one the element then makes.
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type QueryParams = Record<string, QueryValue>;

/** `path` below the base URL (a leading slash is still below it); '' is the base URL itself. */
export function pathUrl(baseUrl: string, path: string): URL {
  return new URL(path === '' ? baseUrl : `${baseUrl}/${path.replace(/^\/+/, '')}`);
}

/** Adds `params` as query: arrays repeat the key, null and undefined are left out. */
export function withParams(url: URL, params: QueryParams = {}): string {
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) if (item !== undefined && item !== null) url.searchParams.append(name, String(item));
  }
  return url.href;
}

export function requestHeaders(language: string | undefined): Record<string, string> {
  return language ? { Accept: 'application/json', 'Accept-Language': language } : { Accept: 'application/json' };
}

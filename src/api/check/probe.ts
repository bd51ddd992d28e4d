// One HTTP exchange as a page on another origin would make it, kept whole so every check can look at what it needs.
export interface Probe {
  url: string;
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  /** Set when the request failed before any answer (DNS, refused, TLS, timeout). */
  failure?: string;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The origin the checker pretends to be: a municipality's own website, never the API's origin. */
export const CHECK_ORIGIN = 'https://www.kommune.example';

export async function probe(fetcher: Fetch, url: string, init: RequestInit = {}, timeout = 15_000): Promise<Probe> {
  const headers = new Headers(init.headers);
  headers.set('Origin', CHECK_ORIGIN);
  if (!headers.has('Accept') && (init.method ?? 'GET') !== 'OPTIONS') headers.set('Accept', 'application/json');
  try {
    const response = await fetcher(url, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { url, status: response.status, contentType: response.headers.get('content-type') ?? '', headers: response.headers, text, json };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { url, status: 0, contentType: '', headers: new Headers(), text: '', json: undefined, failure: cause };
  }
}

export const mediaType = (probe: Probe) => probe.contentType.split(';')[0]!.trim().toLowerCase();

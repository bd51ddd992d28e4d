// The script-tag loader starts an element's first requests while the element's code is still on its way; the client
// then takes that response instead of fetching again. Loader and elements are separate bundles (and a page may hold
// two copies of the library), so they meet on a global symbol. Each response is taken once, and only for the same
// URL and language; anything else there is ignored and the client fetches as usual.
import { requestHeaders } from './request-url.js';

const STORE = Symbol.for('innsyn-elements.prefetched');
/** An unclaimed response (its element asked for something else, or never came) is let go after this long. */
const KEEP_MS = 30_000;

type Store = Map<string, Promise<Response>>;

const keyOf = (url: string, language: string | undefined) => `${language ?? ''} ${url}`;

function store(create: boolean): Store | undefined {
  const global = globalThis as { [STORE]?: unknown };
  if (global[STORE] instanceof Map) return global[STORE] as Store;
  // Something else under our name (a hostile or broken page): leave it alone and prefetch nothing.
  if (!create || global[STORE] !== undefined) return undefined;
  return (global[STORE] = new Map());
}

/** Starts a GET as the client would send it (same URL, headers and credentials mode); at most one per URL and language. */
export function prefetch(url: string, language: string): void {
  const map = store(true);
  const key = keyOf(url, language);
  if (!map || map.has(key)) return;
  const response = fetch(url, { headers: requestHeaders(language) });
  // A failure is the element's to report: it fetches again when it finds no usable response here.
  response.catch(() => undefined);
  map.set(key, response);
  setTimeout(() => {
    if (map.get(key) !== response) return;
    map.delete(key);
    response.then((unclaimed) => unclaimed.body?.cancel(), () => undefined);
  }, KEEP_MS);
}

/** The prefetched response for this URL and language, once; undefined when there is none or it failed. */
export async function takePrefetched(url: string, language: string | undefined): Promise<Response | undefined> {
  const map = store(false);
  const key = keyOf(url, language);
  const pending = map?.get(key);
  if (!pending) return undefined;
  map!.delete(key);
  try {
    const response: unknown = await pending;
    return response instanceof Response && !response.bodyUsed && (response.redirected || response.url === url) ? response : undefined;
  } catch {
    return undefined;
  }
}

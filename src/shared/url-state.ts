import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Keeps a view's state (month, body, meeting…) in the page URL, so a citizen can share it, reload it and go Back.
export type UrlStateMode = 'query' | 'hash' | 'none';

export function parseUrlStateMode(value: string | null | undefined): UrlStateMode {
  return value === 'query' || value === 'hash' ? value : 'none';
}

function paramsOf(mode: UrlStateMode, location: Location): URLSearchParams {
  if (mode === 'hash') return new URLSearchParams(location.hash.replace(/^#/, ''));
  return new URLSearchParams(location.search);
}

export function readUrlState(mode: UrlStateMode, key: string): string | undefined {
  if (mode === 'none') return undefined;
  return paramsOf(mode, window.location).get(key) ?? undefined;
}

/** The page's address with the given keys set (undefined removes one), every other parameter left alone. */
export function urlWithState(mode: Exclude<UrlStateMode, 'none'>, values: Record<string, string | undefined>): URL {
  const params = paramsOf(mode, window.location);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const url = new URL(window.location.href);
  const query = params.toString();
  if (mode === 'hash') url.hash = query;
  else url.search = query;
  return url;
}

/** Writes the given keys (undefined removes one) and leaves every other parameter of the host page alone. */
export function writeUrlState(
  mode: UrlStateMode,
  values: Record<string, string | undefined>,
  history: 'push' | 'replace' = 'replace',
): void {
  if (mode === 'none') return;
  const url = urlWithState(mode, values);
  if (url.href === window.location.href) return;
  if (history === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

/** Calls back on Back/Forward and on hash edits; returns the function that stops listening. */
export function onUrlStateChange(mode: UrlStateMode, callback: () => void): () => void {
  if (mode === 'none') return () => {};
  window.addEventListener('popstate', callback);
  window.addEventListener('hashchange', callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener('hashchange', callback);
  };
}

/** One key of a view's state in the URL: its parameter, and whether a change is a new history entry. */
export interface UrlKey {
  param: string;
  /** `push`: a change is a new history entry, so Back returns to the value before; `replace` (default): it is not. */
  history?: 'push' | 'replace';
  /** Takes the value from the URL (undefined when the parameter is absent). */
  read(value: string | undefined): void;
  /** The value to put in the URL; undefined or '' removes the parameter. */
  write(): string | undefined;
}

export interface PropertyKeyOptions<V> {
  history?: 'push' | 'replace';
  /** The property's value for a URL value; undefined leaves the property as it is (absent or invalid in the URL). */
  parse?: (value: string | undefined) => V | undefined;
  /** The URL value for the property's value; undefined or '' removes the parameter. */
  format?: (value: V) => string | undefined;
}

/** A URL key that mirrors one property of the host: `innsyn-month` ↔ `month`. */
export function propertyKey<H extends object, P extends keyof H & string>(
  host: H,
  property: P,
  param: string,
  options: PropertyKeyOptions<H[P]> = {},
): UrlKey {
  const parse = options.parse ?? ((value: string | undefined) => value as H[P] | undefined);
  const format = options.format ?? ((value: H[P]) => (value == null ? undefined : String(value)));
  return {
    param,
    history: options.history,
    read: (value) => {
      const parsed = parse(value);
      if (parsed !== undefined) host[property] = parsed;
    },
    write: () => format(host[property]),
  };
}

/**
 * Binds declared keys of an element's state to the page URL (`url-state="query"` or `"hash"`): reads them when the
 * element connects and on Back/Forward, writes them when the element calls `write()`. Keys the host page owns are
 * left alone. A write is a new history entry when a changed key has the `push` policy, else it replaces the entry.
 */
export class UrlStateBinding<K extends string> implements ReactiveController {
  private mode: UrlStateMode = 'none';
  private stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly modeOf: () => UrlStateMode,
    private readonly keys: Record<K, UrlKey>,
    /** Called after the keys were read from a changed URL (Back/Forward, hash edit), not on connect. */
    private readonly afterNavigation?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
    this.read();
  }

  hostUpdate(): void {
    if (this.stop && this.modeOf() !== this.mode) this.listen();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** The key's value in the URL now; undefined without url-state. */
  current(key: K): string | undefined {
    return readUrlState(this.modeOf(), this.keys[key].param);
  }

  /** Reads every key from the URL (nothing without url-state). */
  read(): void {
    const mode = this.modeOf();
    if (mode === 'none') return;
    for (const key of Object.values<UrlKey>(this.keys)) key.read(readUrlState(mode, key.param));
  }

  /** Writes the given keys (all by default) from the element's state. */
  write(only: readonly K[] = Object.keys(this.keys) as K[]): void {
    const mode = this.modeOf();
    if (mode === 'none') return;
    const values: Record<string, string | undefined> = {};
    let push = false;
    for (const name of only) {
      const key = this.keys[name];
      const value = key.write() || undefined;
      values[key.param] = value;
      if (key.history === 'push' && value !== readUrlState(mode, key.param)) push = true;
    }
    writeUrlState(mode, values, push ? 'push' : 'replace');
  }

  private listen(): void {
    this.stop?.();
    this.mode = this.modeOf();
    this.stop = onUrlStateChange(this.mode, () => {
      this.read();
      this.afterNavigation?.();
    });
  }
}

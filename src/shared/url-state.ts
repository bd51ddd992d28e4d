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

/** Writes the given keys (undefined removes one) and leaves every other parameter of the host page alone. */
export function writeUrlState(
  mode: UrlStateMode,
  values: Record<string, string | undefined>,
  history: 'push' | 'replace' = 'replace',
): void {
  if (mode === 'none') return;
  const params = paramsOf(mode, window.location);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const url = new URL(window.location.href);
  const query = params.toString();
  if (mode === 'hash') url.hash = query;
  else url.search = query;
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

/**
 * Listens for Back/Forward and hash edits while its element is on the page, following the element's current mode
 * (`url-state` may change after connection).
 */
export class UrlStateController implements ReactiveController {
  private mode: UrlStateMode = 'none';
  private stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly modeOf: () => UrlStateMode,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostUpdate(): void {
    if (this.stop && this.modeOf() !== this.mode) this.listen();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private listen(): void {
    this.stop?.();
    this.mode = this.modeOf();
    this.stop = onUrlStateChange(this.mode, this.onChange);
  }
}

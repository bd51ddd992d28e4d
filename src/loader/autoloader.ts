// The script tag an editor pastes: registers each innsyn-* tag when one appears in the page, in open shadow roots
// too, and fetches only that element's code and its page language's texts (the pattern of Shoelace's autoloader).
// Kept free of Lit and of the elements' code, so it stays a few hundred bytes.
import { resolveLocale } from '../shared/locale.js';
import type { startFirstRequests } from './first-requests.js';
import type { LoaderManifest } from './manifest.js';

export function startAutoloader(manifest: LoaderManifest, base: URL): void {
  const fetched = new Set<string>();
  const observed = new WeakSet<Node>();
  const head = document.head ?? document.documentElement;

  const link = (rel: string, href: string, cors: boolean): void => {
    if (fetched.has(rel + href)) return;
    fetched.add(rel + href);
    const element = document.createElement('link');
    element.rel = rel;
    element.href = href;
    if (cors) element.crossOrigin = 'anonymous';
    head.append(element);
  };
  const preload = (files: string[]): void => {
    for (const file of files) link('modulepreload', new URL(file, base).href, false);
  };

  /** The API's connection is opened while the code is still on its way. */
  const preconnect = (element: Element): void => {
    try {
      const origin = new URL(element.getAttribute('api') ?? '', document.baseURI).origin;
      if (origin !== location.origin && origin !== 'null') link('preconnect', origin, true);
    } catch {
      // An unusable api attribute: the element itself says so.
    }
  };

  /**
   * Starts an element's first API requests (src/loader/first-requests.ts) while its code is still on its way, for its
   * client to take; settles once they are sent, or at once when they cannot be (the element then makes them itself).
   */
  const startRequests = (element: Element, locale: string): Promise<void> =>
    import(/* @vite-ignore */ new URL(manifest.requests, base).href)
      .then((module: { startFirstRequests: typeof startFirstRequests }) => module.startFirstRequests(element, locale))
      .catch(() => undefined);

  const load = (element: Element): void => {
    const tag = element.localName;
    const files = manifest.elements[tag];
    if (!files) return;
    preconnect(element);
    const locale = resolveLocale(element);
    preload(files.messages[locale]);
    if (customElements.get(tag)) return;
    const requests = startRequests(element, locale);
    if (fetched.has(tag)) return;
    fetched.add(tag);
    preload([...files.chunks, files.entry]);
    // Defined only once its first requests are sent, so the element finds them instead of racing them; its code
    // downloads meanwhile (modulepreload), and the request module is part of it.
    requests
      .then(() => import(/* @vite-ignore */ new URL(files.entry, base).href))
      .catch((error: unknown) => {
        fetched.delete(tag);
        console.error(`innsyn-elements: could not load <${tag}>`, error);
      });
  };

  const discover = (root: ParentNode): void => {
    if (root instanceof Element) visit(root);
    for (const element of root.querySelectorAll('*')) visit(element);
  };
  const visit = (element: Element): void => {
    // Our own elements hold no other innsyn element; watching their shadow roots would only slow their rendering.
    if (element.localName.startsWith('innsyn-')) return load(element);
    const shadow = element.shadowRoot;
    if (shadow && !observed.has(shadow)) {
      observed.add(shadow);
      observer.observe(shadow, { childList: true, subtree: true });
      discover(shadow);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });

  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document);
}

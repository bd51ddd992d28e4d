// The script tag an editor pastes: registers each innsyn-* tag when one appears in the page, in open shadow roots
// too, and fetches only that element's code and its page language's texts (the pattern of Shoelace's autoloader).
// Kept free of Lit and of the elements' code, so it stays a few hundred bytes.
import { EINNSYN_API } from '../api/einnsyn-address.js';
import { LOAD_FAILED_ATTRIBUTE, LOAD_FAILURE_TEXT } from '../shared/load-failure.js';
import { resolveLocale } from '../shared/locale.js';
import type { startFirstRequests } from './first-requests.js';
import type { LoaderManifest } from './manifest.js';

const FAILURE_CSS = ':host{display:block;min-height:0!important}p{padding:1em;border:1px solid;border-inline-start-width:.4em}button{font:inherit}';

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

  /** The API's connection is opened while the code is still on its way (eInnsyn's own when api-kind implies it). */
  const preconnect = (element: Element): void => {
    const implied = element.getAttribute('api-kind')?.trim().toLowerCase() === 'einnsyn' ? EINNSYN_API : '';
    try {
      const origin = new URL(element.getAttribute('api')?.trim() || implied, document.baseURI).origin;
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

  /** Elements whose code is on its way, per tag: they say so if it never arrives. */
  const waiting = new Map<string, Set<Element>>();
  let failureSheet: CSSStyleSheet | undefined;

  /**
   * Never a blank box: the element's own shadow root says in its language that it could not load, with a retry that
   * imports again. When the code does arrive, the element clears this and renders itself in the same shadow root.
   */
  const showFailure = (element: Element): void => {
    let root: ShadowRoot;
    try {
      root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    } catch {
      return;
    }
    const locale = resolveLocale(element);
    const [message, retry] = LOAD_FAILURE_TEXT[locale];
    const box = document.createElement('p');
    box.lang = locale;
    box.role = 'alert';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = retry;
    button.onclick = () => load(element);
    box.append(`${message} `, button);
    // A retry that failed again puts focus back on the new retry button.
    const refocus = root.activeElement !== null;
    root.replaceChildren(box);
    if (!failureSheet) (failureSheet = new CSSStyleSheet()).replaceSync(FAILURE_CSS);
    root.adoptedStyleSheets = [failureSheet];
    element.setAttribute(LOAD_FAILED_ATTRIBUTE, '');
    if (refocus) button.focus();
  };

  const load = (element: Element): void => {
    const tag = element.localName;
    const files = manifest.elements[tag];
    if (!files) return;
    preconnect(element);
    const locale = resolveLocale(element);
    preload(files.messages[locale]);
    if (customElements.get(tag)) return;
    let elements = waiting.get(tag);
    if (!elements) waiting.set(tag, (elements = new Set()));
    elements.add(element);
    const requests = startRequests(element, locale);
    if (fetched.has(tag)) return;
    fetched.add(tag);
    preload([...files.chunks, files.entry]);
    // Defined only once its first requests are sent, so the element finds them instead of racing them; its code
    // downloads meanwhile (modulepreload), and the request module is part of it.
    requests
      .then(() => import(/* @vite-ignore */ new URL(files.entry, base).href))
      .then(
        () => waiting.delete(tag),
        (error: unknown) => {
          // Forgotten, so a retry, or the next element of this tag, imports again.
          fetched.delete(tag);
          console.error(`innsyn-elements: could not load <${tag}>`, error);
          for (const waiter of elements) if (waiter.isConnected) showFailure(waiter);
        },
      );
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element) visit(root);
    for (const element of root.querySelectorAll('*')) visit(element);
  };
  const watch = (root: ShadowRoot): void => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };
  const visit = (element: Element): void => {
    const name = element.localName;
    // Our own elements hold no other innsyn element; watching their shadow roots would only slow their rendering.
    if (name.startsWith('innsyn-')) return load(element);
    if (element.shadowRoot) watch(element.shadowRoot);
    // A host page's component that is not defined yet usually attaches its shadow root when it upgrades: look again
    // then. (Patching attachShadow would catch every case, but reaching into the host page's DOM is not ours to do.)
    else if (name.includes('-') && !customElements.get(name)) customElements.whenDefined(name).then(() => visit(element), () => {});
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });

  // For shadow roots the loader cannot find by itself (closed ones, or attached later by a defined component).
  const discover = (root: ParentNode): void => (root instanceof ShadowRoot ? watch(root) : scan(root));
  // A second copy of the loader leaves the first one's hook: both load the same elements.
  window.innsynElements ??= { discover };

  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}

/** What the loader puts on `window`, documented in the README for host pages with shadow roots of their own. */
export interface InnsynElementsGlobal {
  /** Loads the innsyn elements in `root` (a shadow root, open or closed, or any element) and those added to it later. */
  discover(root: ParentNode): void;
}

declare global {
  interface Window {
    innsynElements?: InnsynElementsGlobal;
  }
}

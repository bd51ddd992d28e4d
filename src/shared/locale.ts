// Which of our four languages an element speaks: its own `lang`, else the closest ancestor's, else the document's.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const LOCALES = ['nb', 'nn', 'en', 'se'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

/** Maps a BCP 47 tag onto one of our locales: region → language → Bokmål. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  switch (language) {
    case 'nb':
    case 'no':
      return 'nb';
    case 'nn':
      return 'nn';
    case 'en':
      return 'en';
    case 'se':
    case 'sme':
      return 'se';
    default:
      return undefined;
  }
}

/** The lang that applies to an element, crossing shadow roots on the way up. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

export function resolveLocale(element: Element): Locale {
  return matchLocale(inheritedLang(element)) ?? DEFAULT_LOCALE;
}

/**
 * Keeps an element's locale current when `lang` changes on it or on any ancestor. One observer per element, no
 * page-global state, so two copies of the library on one page cannot clash.
 */
export class LocaleController implements ReactiveController {
  value: Locale = DEFAULT_LOCALE;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}

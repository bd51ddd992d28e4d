// The bar every element that fills the request basket shows: how many are chosen, a way to send them, and to clear.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages.js';
import type { BasketController } from './basket-controller.js';
import { AccessRequestOpenEvent } from '../../events/access-request-open.js';

export interface BasketBarOptions {
  basket: BasketController;
  t: CommonMessages;
  /** The host element, which fires `innsyn-access-request-open` when there is no `requestHref`. */
  host: HTMLElement & { apiBase: string };
  /** The page with `<innsyn-access-request>`; only http(s) or relative addresses are used. */
  requestHref: string;
}

/** A relative address or an http(s) URL; `javascript:` and other schemes from a careless attribute are dropped. */
export function safeHref(href: string): string | undefined {
  const value = href.trim();
  if (!value) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return undefined;
  return value;
}

export function renderBasketBar({ basket, t, host, requestHref }: BasketBarOptions): TemplateResult {
  const count = basket.items.length;
  const href = safeHref(requestHref);
  const open = () => host.dispatchEvent(new AccessRequestOpenEvent({ api: host.apiBase, items: basket.items.map((item) => ({ ...item })) }));
  return html`<div class="basket" part="basket">
    <p class="basket__count" role="status">${t.basketCount(count)}</p>
    ${count && href ? html`<a class="basket__send" part="basket-send" href=${href}>${t.sendAccessRequest}</a>` : nothing}
    ${count && !href
      ? html`<button type="button" part="button basket-send" class="basket__send" @click=${open}>${t.sendAccessRequest}</button>`
      : nothing}
    ${count
      ? html`<button type="button" part="button" class="basket__clear" @click=${() => basket.clear()}>${t.clearBasket}</button>`
      : nothing}
  </div>`;
}

export const basketBarStyles = css`
  .basket {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  .basket__count {
    margin: 0;
  }
  a.basket__send {
    font-weight: 600;
  }
  @media print {
    .basket {
      display: none !important;
    }
  }
`;

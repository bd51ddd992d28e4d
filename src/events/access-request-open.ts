// The event a basket bar fires when the citizen asks to send the basket and the page gave no `request-href`.
import type { BasketItem } from '../shared/basket/basket-item.js';

export interface AccessRequestOpenDetail {
  /** The API base URL the basket belongs to, as the element's `api` attribute has it. */
  api: string;
  items: BasketItem[];
}

/**
 * `innsyn-access-request-open`: bubbles, composed, cancelable. A page that shows `<innsyn-access-request>` itself
 * (in a dialog, or further down) listens for it; `preventDefault()` tells the element the page took care of it.
 */
export class AccessRequestOpenEvent extends CustomEvent<AccessRequestOpenDetail> {
  static readonly type = 'innsyn-access-request-open';

  constructor(detail: AccessRequestOpenDetail) {
    super(AccessRequestOpenEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'innsyn-access-request-open': AccessRequestOpenEvent;
  }
}

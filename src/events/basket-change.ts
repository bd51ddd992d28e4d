import type { BasketItem } from '../shared/basket/basket-item.js';

export interface BasketChangeDetail {
  /** The API base URL the basket belongs to, as normalised by the client (no trailing slash). */
  api: string;
  items: BasketItem[];
}

/** The request basket of an API changed in this tab; fired on `window`, not bubbling. */
export class BasketChangeEvent extends CustomEvent<BasketChangeDetail> {
  static readonly type = 'innsyn-basket-change';

  constructor(detail: BasketChangeDetail) {
    super(BasketChangeEvent.type, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'innsyn-basket-change': BasketChangeEvent;
  }
}

import type { AccessRequestReceipt } from '../api/types.js';
import type { BasketItem } from '../shared/basket/basket-item.js';

export interface AccessRequestSentDetail {
  receipt: AccessRequestReceipt;
  /** What was sent, as the basket held it (titles and case numbers for the receipt). */
  items: BasketItem[];
}

/** `<innsyn-access-request>` sent the request and the API received it; bubbles and is composed. */
export class AccessRequestSentEvent extends CustomEvent<AccessRequestSentDetail> {
  static readonly type = 'innsyn-access-request-sent';

  constructor(detail: AccessRequestSentDetail) {
    super(AccessRequestSentEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'innsyn-access-request-sent': AccessRequestSentEvent;
  }
}

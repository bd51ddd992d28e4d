// The request basket (innsynskurv) every element on a page shares, and every page of the same site: localStorage is
// the source of truth and window events carry changes, so two copies of the library loaded by separate script tags
// see the same basket. There is deliberately no module-level state.
import * as v from '../../api/shape.js';
import { resolveBaseUrl } from '../../api/base-url.js';
import { BasketItemSchema, basketKey, type BasketItem } from './basket-item.js';
import { readStored, writeStored } from './basket-storage.js';
import { BasketChangeEvent, type BasketChangeDetail } from '../../events/basket-change.js';

export { basketKey, toAccessRequestTarget, type BasketItem, type BasketItemKind } from './basket-item.js';

/** Fired on `window` after any change through this API, in this tab. */
export const BASKET_CHANGE_EVENT = BasketChangeEvent.type;
export type { BasketChangeDetail };

/** "https://x/api" and "https://x/api/" are one basket; an unusable value still gets its own basket. */
export function normaliseApi(api: string): string {
  try {
    return resolveBaseUrl(api);
  } catch {
    return api.trim();
  }
}

/** The localStorage key of the basket for an API; versioned so a future format can live beside this one. */
export function basketStorageKey(api: string): string {
  return `innsyn-elements:basket:v1:${normaliseApi(api)}`;
}

function parse(text: string | null): BasketItem[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const items: BasketItem[] = [];
  const seen = new Set<string>();
  for (const entry of data) {
    const result = v.safeParse(BasketItemSchema, entry);
    if (!result.success) continue;
    const key = basketKey(result.output);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(stripUndefined(result.output));
  }
  return items;
}

function stripUndefined(item: BasketItem): BasketItem {
  const { caseNumber, meetingId, ...rest } = item;
  return { ...rest, ...(caseNumber !== undefined && { caseNumber }), ...(meetingId !== undefined && { meetingId }) };
}

function write(api: string, items: BasketItem[]): BasketItem[] {
  writeStored(basketStorageKey(api), items.length ? JSON.stringify(items) : null);
  const detail: BasketChangeDetail = { api: normaliseApi(api), items: items.map((item) => ({ ...item })) };
  window.dispatchEvent(new BasketChangeEvent(detail));
  return items;
}

/** The items in the basket for an API, oldest first. Never throws; unreadable storage reads as empty. */
export function readBasket(api: string): BasketItem[] {
  return parse(readStored(basketStorageKey(api)));
}

/** Adds an item (once: adding it again keeps the first). `addedAt` defaults to now. Returns the new basket. */
export function addToBasket(api: string, item: Omit<BasketItem, 'addedAt'> & { addedAt?: string }): BasketItem[] {
  const items = readBasket(api);
  if (items.some((existing) => basketKey(existing) === basketKey(item))) return items;
  const entry = v.safeParse(BasketItemSchema, { ...item, addedAt: item.addedAt ?? new Date().toISOString() });
  if (!entry.success) throw new TypeError(`Not a basket item: ${entry.issues.map((issue) => issue.message).join('; ')}`);
  return write(api, [...items, stripUndefined(entry.output)]);
}

/** Removes the item with this key (see basketKey, e.g. "agenda-item:ai-1"). Returns the new basket. */
export function removeFromBasket(api: string, key: string): BasketItem[] {
  const items = readBasket(api);
  const remaining = items.filter((item) => basketKey(item) !== key);
  return remaining.length === items.length ? items : write(api, remaining);
}

/** Empties the basket, e.g. after the access request was sent. */
export function clearBasket(api: string): BasketItem[] {
  return write(api, []);
}

/**
 * Calls back with the basket's items whenever it changes: in this tab (from any copy of the library) or in another
 * tab of the same site. Returns the function that stops listening.
 */
export function onBasketChange(api: string, callback: (items: BasketItem[]) => void): () => void {
  const key = basketStorageKey(api);
  const normalised = normaliseApi(api);
  const onChange = (event: BasketChangeEvent) => {
    if (event.detail?.api === normalised) callback(readBasket(api));
  };
  const onStorage = (event: StorageEvent) => {
    // key is null when another tab cleared all of the site's storage.
    if (event.key === key || event.key === null) callback(readBasket(api));
  };
  window.addEventListener(BASKET_CHANGE_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(BASKET_CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

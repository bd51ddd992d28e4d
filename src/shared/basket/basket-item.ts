// What the request basket holds: one thing a citizen wants access to, in the shape the access request form will POST.
import * as v from '../../api/shape.js';
import { ACCESS_REQUEST_TARGET_KINDS } from '../../api/queries.js';
import type { AccessRequestTarget } from '../../api/types.js';

export type BasketItemKind = AccessRequestTarget['kind'];

export interface BasketItem {
  kind: BasketItemKind;
  /** The id the API knows the target by (agenda item, journal entry or document). */
  id: string;
  /** What the citizen sees in the basket, e.g. "PS 12/26 Økonomiplan 2027–2030". */
  title: string;
  caseNumber?: string;
  meetingId?: string;
  /** ISO 8601 time the citizen added it. */
  addedAt: string;
}

/** Items stored by another version of the library, or edited by hand, are read through this and dropped when invalid. */
export const BasketItemSchema = v.object({
  kind: v.picklist(ACCESS_REQUEST_TARGET_KINDS),
  id: v.string({ minLength: 1 }),
  title: v.string(),
  caseNumber: v.optional(v.string()),
  meetingId: v.optional(v.string()),
  addedAt: v.string(),
});

/** One basket entry per target: the same agenda item added twice is one item. */
export function basketKey(item: Pick<BasketItem, 'kind' | 'id'>): string {
  return `${item.kind}:${item.id}`;
}

/** What the access request form sends for an item. */
export function toAccessRequestTarget(item: BasketItem): AccessRequestTarget {
  return { kind: item.kind, id: item.id };
}

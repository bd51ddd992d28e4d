// Why a closed agenda item shows nothing: two laws, each shown where it belongs.
import type { AgendaItem } from '../api/types.js';

export interface ClosedItemBases {
  /** Kommuneloven § 11-5: why the meeting closed its doors for the item. */
  meeting?: string;
  /** Offentleglova: why the item's documents are withheld. */
  documents?: string;
}

/** Older servers put a kommuneloven basis in `exemptionBasis`; it is about the closed doors, not the documents. */
const LOCAL_GOVERNMENT_ACT = /\b(koml|kommunelova?n?)\b|§\s*11-5\b/i;

export function closedItemBases(item: Pick<AgendaItem, 'closedBasis' | 'exemptionBasis'>): ClosedItemBases {
  const closed = item.closedBasis?.trim() || undefined;
  const exemption = item.exemptionBasis?.trim() || undefined;
  if (exemption && LOCAL_GOVERNMENT_ACT.test(exemption)) return { meeting: closed ?? exemption };
  return { meeting: closed, documents: exemption };
}

import type { JournalEntry } from '../api/types.js';

export interface JournalEntrySelectDetail {
  entry: JournalEntry;
}

/** A citizen opened a journal entry's detail in a journal search. */
export class JournalEntrySelectEvent extends CustomEvent<JournalEntrySelectDetail> {
  static readonly type = 'innsyn-journal-entry-select';

  constructor(detail: JournalEntrySelectDetail) {
    super(JournalEntrySelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'innsyn-journal-entry-select': JournalEntrySelectEvent;
  }
}

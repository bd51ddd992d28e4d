import { defineElement } from '../shared/define.js';
import { InnsynJournalSearch } from './journal-search.js';

defineElement('innsyn-journal-search', InnsynJournalSearch);

declare global {
  interface HTMLElementTagNameMap {
    'innsyn-journal-search': InnsynJournalSearch;
  }
}

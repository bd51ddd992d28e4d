// <innsyn-journal-search> in a citizen's terms: type a search, tick a filter, read the results, open one, page on.
import { ElementHarness } from '../kit/harness.js';
import type { InnsynJournalSearch } from '../../src/journal-search/journal-search.js';

export class JournalSearchHarness extends ElementHarness<InnsynJournalSearch> {
  get field(): HTMLInputElement {
    return this.$<HTMLInputElement>('input[type="search"]')!;
  }

  /** Types text one character at a time, as a person does (each keystroke an input event). */
  type(text: string): void {
    for (const char of text) {
      this.field.value += char;
      this.field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }

  /** Types and presses Enter. */
  search(text: string): void {
    this.field.value = text;
    this.field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.$<HTMLFormElement>('form')!.requestSubmit();
  }

  /** The titles of the entries shown, as read on screen. */
  titles(): string[] {
    return this.$$('.entry__title').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
  }

  entry(journalNumber: string): HTMLElement | undefined {
    return this.$$('.entry').find((entry) => entry.querySelector('.entry__number')?.textContent === journalNumber);
  }

  get count(): string {
    return this.$('.count')?.textContent?.trim() ?? '';
  }

  checkbox(label: string): HTMLInputElement {
    const found = this.$$('label.check').find((candidate) => candidate.textContent!.includes(label));
    return found!.querySelector('input')!;
  }

  tick(label: string): void {
    const box = this.checkbox(label);
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change'));
  }

  chips(): string[] {
    return this.$$('.chip').map((chip) => chip.textContent!.replace('✕', '').replace(/\s+/g, ' ').trim());
  }

  loaded(count: number): Promise<true> {
    return this.until(() => this.$$('.entry').length === count && !this.loading, `never showed ${count} entries (shows ${this.$$('.entry').length})`);
  }
}

// <innsyn-agenda> in a citizen's terms: the meeting heading, the agenda items, opening one.
import { ElementHarness } from '../kit/harness.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';

export class AgendaHarness extends ElementHarness<InnsynAgenda> {
  get heading(): HTMLElement | null {
    return this.$('#meeting-heading');
  }

  /** Agenda items as "PS 10/26 Reguleringsplan for Storgata". */
  items(): string[] {
    return this.$$('.item__heading').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
  }

  open(number: string): void {
    this.$$<HTMLButtonElement>('.disclosure').find((button) => button.textContent!.includes(number))!.click();
  }
}

// <innsyn-meeting-calendar> in a citizen's terms: the meetings listed, a day of the grid, the body filter.
import { ElementHarness } from '../kit/harness.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';

export class CalendarHarness extends ElementHarness<InnsynMeetingCalendar> {
  /** The meetings listed (list view or the day panel), as their visible text. */
  meetings(): string[] {
    return this.$$('.meeting').map((meeting) => meeting.textContent!.replace(/\s+/g, ' ').trim());
  }

  day(key: string): HTMLElement | null {
    return this.$(`[data-day="${key}"]`);
  }

  chooseBody(id: string): void {
    const select = this.$<HTMLSelectElement>('select')!;
    select.value = id;
    select.dispatchEvent(new Event('change'));
  }
}

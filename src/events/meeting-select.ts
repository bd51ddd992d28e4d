import type { Meeting } from '../api/types.js';

export interface MeetingSelectDetail {
  meeting: Meeting;
}

/**
 * A citizen chose a meeting in a calendar. Cancelable: `preventDefault()` keeps the citizen on the page instead of
 * following `agenda-href`.
 */
export class MeetingSelectEvent extends CustomEvent<MeetingSelectDetail> {
  static readonly type = 'innsyn-meeting-select';

  constructor(detail: MeetingSelectDetail) {
    super(MeetingSelectEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'innsyn-meeting-select': MeetingSelectEvent;
  }
}

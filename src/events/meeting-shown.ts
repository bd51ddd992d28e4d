import type { Meeting } from '../api/types.js';

/** `api` is the normalised API base URL, so listeners on another API can ignore the event. */
export interface MeetingShownDetail {
  meeting: Meeting;
  api: string;
}

/** An agenda now shows this meeting (after it loaded). */
export class MeetingShownEvent extends CustomEvent<MeetingShownDetail> {
  static readonly type = 'innsyn-meeting-shown';

  constructor(detail: MeetingShownDetail) {
    super(MeetingShownEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'innsyn-meeting-shown': MeetingShownEvent;
  }
}

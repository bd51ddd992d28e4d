// Event names and details shared by elements, so a host page (and another copy of the library) can rely on them.
import type { Meeting } from '../api/types.js';

export interface MeetingSelectDetail {
  meeting: Meeting;
}

/** An agenda now shows this meeting; `api` is the normalised API base URL, so listeners on another API can ignore it. */
export interface MeetingShownDetail {
  meeting: Meeting;
  api: string;
}

declare global {
  interface HTMLElementEventMap {
    'innsyn-meeting-select': CustomEvent<MeetingSelectDetail>;
    'innsyn-meeting-shown': CustomEvent<MeetingShownDetail>;
  }
}

/** Dispatches a bubbling, composed event; returns false when a listener called preventDefault(). */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable, detail }));
}

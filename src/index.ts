// The package's classes and types, without registering any tag (import a define entry or innsyn-elements.js for that).
export { InnsynMeetingCalendar } from './meeting-calendar/meeting-calendar.js';
export { InnsynElement } from './shared/innsyn-element.js';
export { defineElement } from './shared/define.js';
export type { MeetingSelectDetail } from './shared/events.js';
export type * from './api/types.js';
export { VERSION } from './version.js';

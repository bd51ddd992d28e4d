// The package's classes and types, without registering any tag (import a define entry or innsyn-elements.js for that).
export { InnsynMeetingCalendar } from './meeting-calendar/meeting-calendar.js';
export { InnsynAgenda } from './agenda/agenda.js';
export { InnsynJournalSearch } from './journal-search/journal-search.js';
export { InnsynAccessRequest } from './access-request/access-request.js';
export { InnsynElement } from './shared/innsyn-element.js';
export { defineElement } from './shared/define.js';
export * from './events/index.js';
export * from './shared/basket/basket.js';
export type * from './api/types.js';
export { VERSION } from './version.js';

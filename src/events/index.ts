// Every event an innsyn element fires, each a class that names and types itself (see the files beside this one).
export { MeetingSelectEvent, type MeetingSelectDetail } from './meeting-select.js';
export { MeetingShownEvent, type MeetingShownDetail } from './meeting-shown.js';
export { BasketChangeEvent, type BasketChangeDetail } from './basket-change.js';
export { JournalEntrySelectEvent, type JournalEntrySelectDetail } from './journal-entry-select.js';
export { AccessRequestOpenEvent, type AccessRequestOpenDetail } from './access-request-open.js';
export { AccessRequestSentEvent, type AccessRequestSentDetail } from './access-request-sent.js';

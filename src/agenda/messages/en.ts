import type { AgendaMessages } from '../agenda.messages.js';
import { plural } from '../../shared/plural.js';

const messages: AgendaMessages = {
  noMeetingChosen: 'Choose a meeting in the meeting calendar to see its agenda.',
  loadingMeeting: 'Loading the meeting …',
  notFoundTitle: 'Meeting not found',
  notFoundText: 'The meeting does not exist, or it has not been published. Check the link, or find the meeting in the meeting calendar.',
  time: 'Time',
  place: 'Place',
  status: 'Status',
  cancelledNotice: 'The meeting is cancelled.',
  movedNotice: (newTime) => `The meeting has been moved to ${newTime}.`,
  meetingDocuments: 'Meeting documents',
  watchLive: 'Watch the meeting live',
  watchRecording: 'Watch the recording of the meeting',
  addToCalendar: 'Add to calendar',
  addToCalendarHint: 'Calendar file (.ics) for this meeting',
  subscribe: (bodyName) => `Subscribe to all meetings of ${bodyName}`,
  agendaHeading: 'Agenda',
  itemCount: (count) => plural('en', count, { one: '1 item', other: '{n} items' }),
  emptyAgenda: 'The agenda has not been published yet.',
  noItems: 'The meeting has no items on its agenda.',
  emptyAgendaCancelled: 'The meeting is cancelled, so it has no agenda.',
  expandAll: 'Show all items',
  collapseAll: 'Hide all items',
  caseNumber: 'Case number',
  noDocumentsYet: 'The documents of this item have not been published yet.',
  noDocuments: 'This item has no documents.',
  caseDocuments: 'Case documents',
  decision: 'Decision',
  closedMeeting: (basis) => `This item is dealt with behind closed doors${basis ? ` (${basis})` : ''}.`,
  documentsExempt: (basis) => `Its documents are exempt from public access${basis ? ` (${basis})` : ''} and are not published.`,
  publishedAt: (date, time) => `Published ${date} at ${time}`,
  requestAccessFor: (item) => `to ${item}`,
};

export default messages;

import type { AgendaMessages } from '../agenda.messages.js';
import { plural } from '../../shared/plural.js';

const messages: AgendaMessages = {
  noMeetingChosen: 'Velg et møte i møtekalenderen for å se sakslisten.',
  loadingMeeting: 'Laster møtet …',
  notFoundTitle: 'Fant ikke møtet',
  notFoundText: 'Møtet finnes ikke, eller det er ikke publisert. Sjekk lenken, eller finn møtet i møtekalenderen.',
  time: 'Tid',
  place: 'Sted',
  status: 'Status',
  cancelledNotice: 'Møtet er avlyst.',
  movedNotice: (newTime) => `Møtet er flyttet til ${newTime}.`,
  meetingDocuments: 'Møtedokumenter',
  watchLive: 'Se møtet direkte',
  watchRecording: 'Se opptak av møtet',
  addToCalendar: 'Legg til i kalenderen',
  addToCalendarHint: 'Kalenderfil (.ics) for dette møtet',
  subscribe: (bodyName) => `Abonner på alle møtene i ${bodyName}`,
  agendaHeading: 'Saksliste',
  itemCount: (count) => plural('nb', count, { one: '1 sak', other: '{n} saker' }),
  emptyAgenda: 'Sakslisten er ikke publisert ennå.',
  noItems: 'Møtet har ingen saker på sakslisten.',
  emptyAgendaCancelled: 'Møtet er avlyst, så det har ingen saksliste.',
  expandAll: 'Vis alle sakene',
  collapseAll: 'Skjul alle sakene',
  caseNumber: 'Saksnummer',
  noDocumentsYet: 'Dokumentene i denne saken er ikke publisert ennå.',
  noDocuments: 'Saken har ingen dokumenter.',
  caseDocuments: 'Saksdokumenter',
  decision: 'Vedtak',
  closedMeeting: (basis) => `Saken behandles for lukkede dører${basis ? ` (${basis})` : ''}.`,
  documentsExempt: (basis) => `Dokumentene er unntatt offentlighet${basis ? ` (${basis})` : ''} og publiseres ikke.`,
  publishedAt: (date, time) => `Publisert ${date} kl. ${time}`,
  requestAccessFor: (item) => `i ${item}`,
};

export default messages;

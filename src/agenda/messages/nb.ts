import type { AgendaMessages } from '../agenda.messages.js';

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
  itemCount: (count) => (count === 1 ? '1 sak' : `${count} saker`),
  emptyAgenda: 'Sakslisten er ikke publisert ennå.',
  emptyAgendaCancelled: 'Møtet er avlyst, så det har ingen saksliste.',
  expandAll: 'Vis alle sakene',
  collapseAll: 'Skjul alle sakene',
  caseNumber: 'Saksnummer',
  noDocumentsYet: 'Dokumentene i denne saken er ikke publisert ennå.',
  caseDocuments: 'Saksdokumenter',
  decision: 'Vedtak',
  closedExplanation: 'Saken behandles for lukkede dører. Dokumentene publiseres ikke.',
  publishedAt: (date, time) => `Publisert ${date} kl. ${time}`,
  requestAccessFor: (item) => `i ${item}`,
};

export default messages;

import type { AgendaMessages } from '../agenda.messages.js';

const messages: AgendaMessages = {
  noMeetingChosen: 'Vel eit møte i møtekalenderen for å sjå sakslista.',
  loadingMeeting: 'Lastar møtet …',
  notFoundTitle: 'Fann ikkje møtet',
  notFoundText: 'Møtet finst ikkje, eller det er ikkje publisert. Sjekk lenka, eller finn møtet i møtekalenderen.',
  time: 'Tid',
  place: 'Stad',
  status: 'Status',
  cancelledNotice: 'Møtet er avlyst.',
  movedNotice: (newTime) => `Møtet er flytta til ${newTime}.`,
  meetingDocuments: 'Møtedokument',
  watchLive: 'Sjå møtet direkte',
  watchRecording: 'Sjå opptak av møtet',
  addToCalendar: 'Legg til i kalenderen',
  addToCalendarHint: 'Kalenderfil (.ics) for dette møtet',
  subscribe: (bodyName) => `Abonner på alle møta i ${bodyName}`,
  agendaHeading: 'Saksliste',
  itemCount: (count) => (count === 1 ? '1 sak' : `${count} saker`),
  emptyAgenda: 'Sakslista er ikkje publisert enno.',
  emptyAgendaCancelled: 'Møtet er avlyst, så det har inga saksliste.',
  expandAll: 'Vis alle sakene',
  collapseAll: 'Skjul alle sakene',
  caseNumber: 'Saksnummer',
  noDocumentsYet: 'Dokumenta i denne saka er ikkje publiserte enno.',
  caseDocuments: 'Saksdokument',
  decision: 'Vedtak',
  closedExplanation: 'Saka blir behandla for lukka dører. Dokumenta blir ikkje publiserte.',
  publishedAt: (date, time) => `Publisert ${date} kl. ${time}`,
  requestAccessFor: (item) => `i ${item}`,
};

export default messages;

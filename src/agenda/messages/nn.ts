import type { AgendaMessages } from '../agenda.messages.js';
import { plural } from '../../shared/plural.js';

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
  itemCount: (count) => plural('nn', count, { one: '1 sak', other: '{n} saker' }),
  emptyAgenda: 'Sakslista er ikkje publisert enno.',
  noItems: 'Møtet har ingen saker på sakslista.',
  emptyAgendaCancelled: 'Møtet er avlyst, så det har inga saksliste.',
  expandAll: 'Vis alle sakene',
  collapseAll: 'Skjul alle sakene',
  caseNumber: 'Saksnummer',
  noDocumentsYet: 'Dokumenta i denne saka er ikkje publiserte enno.',
  noDocuments: 'Saka har ingen dokument.',
  caseDocuments: 'Saksdokument',
  decision: 'Vedtak',
  closedMeeting: (basis) => `Saka blir behandla for lukka dører${basis ? ` (${basis})` : ''}.`,
  documentsExempt: (basis) => `Dokumenta er unnatekne frå offentlegheit${basis ? ` (${basis})` : ''} og blir ikkje publiserte.`,
  publishedAt: (date, time) => `Publisert ${date} kl. ${time}`,
  requestAccessFor: (item) => `i ${item}`,
};

export default messages;

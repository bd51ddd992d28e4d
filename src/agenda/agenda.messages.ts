import type { Locale } from '../shared/locale.js';

export interface AgendaMessages {
  noMeetingChosen: string;
  loadingMeeting: string;
  notFoundTitle: string;
  notFoundText: string;
  time: string;
  place: string;
  status: string;
  cancelledNotice: string;
  movedNotice: (newTime: string) => string;
  meetingDocuments: string;
  watchLive: string;
  watchRecording: string;
  addToCalendar: string;
  addToCalendarHint: string;
  subscribe: (bodyName: string) => string;
  agendaHeading: string;
  itemCount: (count: number) => string;
  emptyAgenda: string;
  emptyAgendaCancelled: string;
  expandAll: string;
  collapseAll: string;
  caseNumber: string;
  noDocumentsYet: string;
  caseDocuments: string;
  decision: string;
  exemptionBasis: (basis: string) => string;
  closedExplanation: string;
  publishedAt: (date: string, time: string) => string;
  requestAccess: string;
  requestAccessFor: (item: string) => string;
  basketCount: (count: number) => string;
  clearBasket: string;
}

const nb: AgendaMessages = {
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
  exemptionBasis: (basis) => `Hjemmel: ${basis}`,
  closedExplanation: 'Saken behandles for lukkede dører. Dokumentene publiseres ikke.',
  publishedAt: (date, time) => `Publisert ${date} kl. ${time}`,
  requestAccess: 'Be om innsyn',
  requestAccessFor: (item) => `i ${item}`,
  basketCount: (count) =>
    count === 0 ? 'Ingen saker valgt for innsyn.' : count === 1 ? '1 sak valgt for innsyn.' : `${count} saker valgt for innsyn.`,
  clearBasket: 'Fjern alle valgte',
};

const nn: AgendaMessages = {
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
  exemptionBasis: (basis) => `Heimel: ${basis}`,
  closedExplanation: 'Saka blir behandla for lukka dører. Dokumenta blir ikkje publiserte.',
  publishedAt: (date, time) => `Publisert ${date} kl. ${time}`,
  requestAccess: 'Be om innsyn',
  requestAccessFor: (item) => `i ${item}`,
  basketCount: (count) =>
    count === 0 ? 'Ingen saker valde for innsyn.' : count === 1 ? '1 sak vald for innsyn.' : `${count} saker valde for innsyn.`,
  clearBasket: 'Fjern alle valde',
};

const en: AgendaMessages = {
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
  itemCount: (count) => (count === 1 ? '1 item' : `${count} items`),
  emptyAgenda: 'The agenda has not been published yet.',
  emptyAgendaCancelled: 'The meeting is cancelled, so it has no agenda.',
  expandAll: 'Show all items',
  collapseAll: 'Hide all items',
  caseNumber: 'Case number',
  noDocumentsYet: 'The documents of this item have not been published yet.',
  caseDocuments: 'Case documents',
  decision: 'Decision',
  exemptionBasis: (basis) => `Legal basis: ${basis}`,
  closedExplanation: 'This item is dealt with behind closed doors. Its documents are not published.',
  publishedAt: (date, time) => `Published ${date} at ${time}`,
  requestAccess: 'Request access',
  requestAccessFor: (item) => `to ${item}`,
  basketCount: (count) =>
    count === 0 ? 'No items chosen for an access request.' : count === 1 ? '1 item chosen for an access request.' : `${count} items chosen for an access request.`,
  clearBasket: 'Remove all chosen',
};

const se: AgendaMessages = {
  noMeetingChosen: 'Vállje čoahkkima čoahkkinkaleandaris oaidnit áššelisttu.',
  loadingMeeting: 'Viežžá čoahkkima …',
  notFoundTitle: 'Čoahkkin ii gávdnon',
  notFoundText: 'Čoahkkin ii gávdno, dahje dat ii leat almmuhuvvon. Dárkkis liŋkka, dahje oza čoahkkima čoahkkinkaleandaris.',
  time: 'Áigi',
  place: 'Báiki',
  status: 'Dilli',
  cancelledNotice: 'Čoahkkin lea šluhttejuvvon.',
  movedNotice: (newTime) => `Čoahkkin lea sirdojuvvon: ${newTime}.`,
  meetingDocuments: 'Čoahkkindokumeanttat',
  watchLive: 'Geahča čoahkkima njuolggo',
  watchRecording: 'Geahča čoahkkima báddema',
  addToCalendar: 'Lasit kaleandárii',
  addToCalendarHint: 'Kaleandarfiila (.ics) dán čoahkkimii',
  subscribe: (bodyName) => `Diŋgo buot ${bodyName} čoahkkimiid`,
  agendaHeading: 'Áššelistu',
  itemCount: (count) => (count === 1 ? '1 čoahkkinášši' : `${count} čoahkkinášši`),
  emptyAgenda: 'Áššelistu ii leat vel almmuhuvvon.',
  emptyAgendaCancelled: 'Čoahkkin lea šluhttejuvvon, danin das ii leat áššelistu.',
  expandAll: 'Čájet buot áššiid',
  collapseAll: 'Čiega buot áššiid',
  caseNumber: 'Áššinummar',
  noDocumentsYet: 'Dán ášši dokumeanttat eai leat vel almmuhuvvon.',
  caseDocuments: 'Áššedokumeanttat',
  decision: 'Mearrádus',
  exemptionBasis: (basis) => `Láhkavuođđu: ${basis}`,
  closedExplanation: 'Ášši meannuduvvo giddejuvvon uksaid duogábealde. Dokumeanttat eai almmuhuvvo.',
  publishedAt: (date, time) => `Almmuhuvvon ${date} dii. ${time}`,
  requestAccess: 'Diŋgo geahčču',
  requestAccessFor: (item) => `– ${item}`,
  basketCount: (count) => (count === 0 ? 'Ii leat válljejuvvon ášši geahččamii.' : `${count} ášši válljejuvvon geahččamii.`),
  clearBasket: 'Váldde buot eret',
};

export const agendaMessages: Record<Locale, AgendaMessages> = { nb, nn, en, se };

import type { AgendaMessages } from '../agenda.messages.js';

const messages: AgendaMessages = {
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
  closedExplanation: 'Ášši meannuduvvo giddejuvvon uksaid duogábealde. Dokumeanttat eai almmuhuvvo.',
  publishedAt: (date, time) => `Almmuhuvvon ${date} dii. ${time}`,
  requestAccessFor: (item) => `– ${item}`,
};

export default messages;

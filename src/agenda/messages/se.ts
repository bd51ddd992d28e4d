import type { AgendaMessages } from '../agenda.messages.js';
import { plural } from '../../shared/plural.js';

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
  subscribe: (bodyName) => `Čuovo buot ${bodyName} čoahkkimiid du kaleandaris`,
  agendaHeading: 'Áššelistu',
  itemCount: (count) => plural('se', count, { one: '1 čoahkkinášši', two: '2 čoahkkinášši', other: '{n} čoahkkinášši' }),
  emptyAgenda: 'Áššelistu ii leat vel almmuhuvvon.',
  noItems: 'Čoahkkima áššelisttus eai leat áššit.',
  emptyAgendaCancelled: 'Čoahkkin lea šluhttejuvvon, danin das ii leat áššelistu.',
  expandAll: 'Čájet buot áššiid',
  collapseAll: 'Čiega buot áššiid',
  caseNumber: 'Áššinummar',
  noDocumentsYet: 'Dán ášši dokumeanttat eai leat vel almmuhuvvon.',
  noDocuments: 'Dán áššis eai leat dokumeanttat.',
  caseDocuments: 'Áššedokumeanttat',
  decision: 'Mearrádus',
  closedMeeting: (basis) => `Ášši meannuduvvo giddejuvvon uksaid duogábealde${basis ? ` (${basis})` : ''}.`,
  documentsExempt: (basis) => `Dokumeanttat leat almmolašvuođa olggobealde${basis ? ` (${basis})` : ''} ja eai almmuhuvvo.`,
  publishedAt: (date, time) => `Almmuhuvvon ${date} dii. ${time}`,
  requestAccessFor: (item) => `– ${item}`,
};

export default messages;

// Texts every element shares: states, errors and domain words. Each element adds its own catalog beside its class.
import type { ApiErrorKind } from '../api/errors.js';
import type { DocumentType, MeetingStatus } from '../api/types.js';
import type { Locale } from './locale.js';

export interface CommonMessages {
  loading: string;
  retry: string;
  errorTitle: string;
  errors: Record<ApiErrorKind, string>;
  missingApi: string;
  serverSaid: (detail: string) => string;
  meetingStatus: Record<MeetingStatus, string>;
  movedFrom: (original: string) => string;
  documentType: Record<DocumentType, string>;
  closed: string;
  opensInNewTab: string;
}

const nb: CommonMessages = {
  loading: 'Laster …',
  retry: 'Prøv igjen',
  errorTitle: 'Noe gikk galt',
  errors: {
    config: 'Adressen til innsynstjenesten mangler eller er ugyldig.',
    offline: 'Fikk ikke kontakt med innsynstjenesten. Sjekk nettforbindelsen og prøv igjen.',
    timeout: 'Innsynstjenesten svarte ikke i tide.',
    'not-found': 'Fant ikke det du ba om. Det kan være flyttet eller slettet.',
    'bad-request': 'Innsynstjenesten forsto ikke forespørselen.',
    server: 'Innsynstjenesten har en feil akkurat nå.',
    'bad-data': 'Innsynstjenesten sendte data vi ikke kunne lese.',
    aborted: 'Forespørselen ble avbrutt.',
  },
  missingApi: 'Elementet mangler attributtet «api» med adressen til innsynstjenesten.',
  serverSaid: (detail) => `Melding fra tjenesten: ${detail}`,
  meetingStatus: { planned: 'Planlagt', held: 'Avholdt', cancelled: 'Avlyst', moved: 'Flyttet' },
  movedFrom: (original) => `Flyttet fra ${original}`,
  documentType: {
    notice: 'Møteinnkalling',
    minutes: 'Møteprotokoll',
    'case-presentation': 'Saksframlegg',
    attachment: 'Vedlegg',
    decision: 'Vedtak',
    letter: 'Brev',
    other: 'Dokument',
  },
  closed: 'Unntatt offentlighet',
  opensInNewTab: 'åpnes i ny fane',
};

const nn: CommonMessages = {
  loading: 'Lastar …',
  retry: 'Prøv igjen',
  errorTitle: 'Noko gjekk gale',
  errors: {
    config: 'Adressa til innsynstenesta manglar eller er ugyldig.',
    offline: 'Fekk ikkje kontakt med innsynstenesta. Sjekk nettsambandet og prøv igjen.',
    timeout: 'Innsynstenesta svarte ikkje i tide.',
    'not-found': 'Fann ikkje det du bad om. Det kan vere flytta eller sletta.',
    'bad-request': 'Innsynstenesta forstod ikkje førespurnaden.',
    server: 'Innsynstenesta har ein feil akkurat no.',
    'bad-data': 'Innsynstenesta sende data vi ikkje kunne lese.',
    aborted: 'Førespurnaden vart avbroten.',
  },
  missingApi: 'Elementet manglar attributtet «api» med adressa til innsynstenesta.',
  serverSaid: (detail) => `Melding frå tenesta: ${detail}`,
  meetingStatus: { planned: 'Planlagt', held: 'Halde', cancelled: 'Avlyst', moved: 'Flytta' },
  movedFrom: (original) => `Flytta frå ${original}`,
  documentType: {
    notice: 'Møteinnkalling',
    minutes: 'Møteprotokoll',
    'case-presentation': 'Saksframlegg',
    attachment: 'Vedlegg',
    decision: 'Vedtak',
    letter: 'Brev',
    other: 'Dokument',
  },
  closed: 'Unnateke frå offentlegheit',
  opensInNewTab: 'opnast i ny fane',
};

const en: CommonMessages = {
  loading: 'Loading …',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  errors: {
    config: 'The address of the public records service is missing or invalid.',
    offline: 'Could not reach the public records service. Check your connection and try again.',
    timeout: 'The public records service did not answer in time.',
    'not-found': 'We could not find what you asked for. It may have been moved or deleted.',
    'bad-request': 'The public records service did not understand the request.',
    server: 'The public records service has a problem right now.',
    'bad-data': 'The public records service sent data we could not read.',
    aborted: 'The request was cancelled.',
  },
  missingApi: 'The element lacks the «api» attribute with the address of the public records service.',
  serverSaid: (detail) => `Message from the service: ${detail}`,
  meetingStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled', moved: 'Moved' },
  movedFrom: (original) => `Moved from ${original}`,
  documentType: {
    notice: 'Notice of meeting',
    minutes: 'Minutes',
    'case-presentation': 'Case presentation',
    attachment: 'Attachment',
    decision: 'Decision',
    letter: 'Letter',
    other: 'Document',
  },
  closed: 'Exempt from public access',
  opensInNewTab: 'opens in a new tab',
};

const se: CommonMessages = {
  loading: 'Viežžá …',
  retry: 'Geahččal ođđasit',
  errorTitle: 'Juoga manai boastut',
  errors: {
    config: 'Geahččanbálvalusa čujuhus váilu dahje ii leat gustovaš.',
    offline: 'Ii sáhttán váldit oktavuođa geahččanbálvalusain. Dárkkis neahttaoktavuođa ja geahččal ođđasit.',
    timeout: 'Geahččanbálvalus ii vástidan áiggis.',
    'not-found': 'Ii gávdnon dat maid jerret. Dat sáhttá leat sirdojuvvon dahje sihkkojuvvon.',
    'bad-request': 'Geahččanbálvalus ii ipmirdan jearaldaga.',
    server: 'Geahččanbálvalusas lea meattáhus dál.',
    'bad-data': 'Geahččanbálvalus sáddii dieđuid maid eat sáhttán lohkat.',
    aborted: 'Jearaldat gaskkalduvvui.',
  },
  missingApi: 'Elemeanttas váilu «api»-attribuhtta mas lea geahččanbálvalusa čujuhus.',
  serverSaid: (detail) => `Dieđáhus bálvalusas: ${detail}`,
  meetingStatus: { planned: 'Plánejuvvon', held: 'Dollojuvvon', cancelled: 'Šluhttejuvvon', moved: 'Sirdojuvvon' },
  movedFrom: (original) => `Sirdojuvvon ${original} rájes`,
  documentType: {
    notice: 'Čoahkkingohčču',
    minutes: 'Čoahkkinbeavdegirji',
    'case-presentation': 'Áššeovdanbuktin',
    attachment: 'Mielddus',
    decision: 'Mearrádus',
    letter: 'Reive',
    other: 'Dokumeanta',
  },
  closed: 'Almmolašvuođa olggobealde',
  opensInNewTab: 'rahppo ođđa gilkoris',
};

export const commonMessages: Record<Locale, CommonMessages> = { nb, nn, en, se };

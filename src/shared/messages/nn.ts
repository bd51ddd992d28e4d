import type { CommonMessages } from '../messages.js';

const messages: CommonMessages = {
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
    redirect: 'Innsynstenesta sende oss vidare til ein annan nettstad. Det følgjer vi ikkje, for di eiga tryggleik.',
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
  exemptionBasis: (basis) => `Heimel: ${basis}`,
  screened: 'skjerma',
  requestAccess: 'Be om innsyn',
  opensInNewTab: 'opnast i ny fane',
  subscription: {
    copy: 'Kopier adressa',
    copied: 'Adressa er kopiert. Lim ho inn i kalenderen din.',
    copyFailed: 'Kunne ikkje kopiere. Merk og kopier adressa her:',
    help: 'Slik abonnerer du i Google, Outlook eller Apple',
    google: 'Google Kalender (på datamaskin): ved «Andre kalendere», vel + og «Frå nettadresse», og lim inn adressa.',
    outlook: 'Outlook: vel «Legg til kalender» og «Abonner frå nettet», og lim inn adressa.',
    apple: 'Apple Kalender: trykk på abonner-lenka, eller vel «Arkiv» og «Nytt kalenderabonnement» på Mac og lim inn adressa.',
  },
  basketCount: (count) =>
    count === 0 ? 'Ingen saker valde for innsyn.' : count === 1 ? '1 sak vald for innsyn.' : `${count} saker valde for innsyn.`,
  clearBasket: 'Fjern alle valde',
  sendAccessRequest: 'Send innsynskrav',
  documentsPublished: 'Dokumenta er publiserte og kan lesast her:',
  moreDocuments: (count) => `Opne saka for ${count === 1 ? 'eitt dokument til' : `${count} dokument til`}.`,
};

export default messages;

import type { CommonMessages } from '../messages.js';

const messages: CommonMessages = {
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
    redirect: 'Innsynstjenesten sendte oss videre til et annet nettsted. Det følger vi ikke, for din sikkerhet.',
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
  exemptionBasis: (basis) => `Hjemmel: ${basis}`,
  screened: 'skjermet',
  requestAccess: 'Be om innsyn',
  opensInNewTab: 'åpnes i ny fane',
  subscription: {
    copy: 'Kopier adressen',
    copied: 'Adressen er kopiert. Lim den inn i kalenderen din.',
    copyFailed: 'Kunne ikke kopiere. Merk og kopier adressen her:',
    help: 'Slik abonnerer du i Google, Outlook eller Apple',
    google: 'Google Kalender (på datamaskin): ved «Andre kalendere», velg + og «Fra nettadresse», og lim inn adressen.',
    outlook: 'Outlook: velg «Legg til kalender» og «Abonner fra nettet», og lim inn adressen.',
    apple: 'Apple Kalender: trykk på abonner-lenken, eller velg «Arkiv» og «Nytt kalenderabonnement» på Mac og lim inn adressen.',
  },
  basketCount: (count) =>
    count === 0 ? 'Ingen saker valgt for innsyn.' : count === 1 ? '1 sak valgt for innsyn.' : `${count} saker valgt for innsyn.`,
  clearBasket: 'Fjern alle valgte',
  sendAccessRequest: 'Send innsynskrav',
  documentsPublished: 'Dokumentene er publisert og kan leses her:',
  moreDocuments: (count) => `Åpne saken for ${count === 1 ? 'ett dokument til' : `${count} dokumenter til`}.`,
};

export default messages;

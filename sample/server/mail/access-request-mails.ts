// The three e-mails of an access request: the confirmation link to the requester, the request to the publisher's
// mailbox (postmottak) once confirmed, and the receipt to the requester. Requester mails follow the request's
// language (Northern Sami gets Bokmål until we have reviewed Sami texts); the publisher's copy is in Bokmål.
import type { AccessRequest, AccessRequestReceipt, AccessRequestTarget } from '../../../src/api/types.js';
import { formatDateTime, formatDay } from '../../../src/shared/format.js';
import { accessRequestDeadlines } from '../../../src/time/access-request-deadlines.js';
import type { DatasetIndex } from '../dataset-index.js';
import type { MailMessage } from './mailer.js';

export interface MailContext {
  index: DatasetIndex;
  publisherName: string;
  /** The publisher's mailbox (postmottak) that confirmed requests go to. */
  publisherMailbox: string;
  /** The sender of the requester's e-mails. */
  from: string;
}

type Language = 'nb' | 'nn' | 'en';

const language = (request: AccessRequest): Language => (request.language === 'nn' || request.language === 'en' ? request.language : 'nb');

const LANGUAGE_NAMES: Record<AccessRequest['language'], string> = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk', se: 'nordsamisk' };

/** One line per entry, with what a case officer needs to find it: number, title, case number. */
export function describeEntry(index: DatasetIndex, entry: AccessRequestTarget): string {
  if (entry.kind === 'agenda-item') {
    const item = index.agendaItems.get(entry.id);
    if (!item) return `Møtesak ${entry.id}`;
    return `Møtesak ${item.number} ${item.title}${item.caseNumber ? ` (saksnr. ${item.caseNumber})` : ''}`;
  }
  if (entry.kind === 'journal-entry') {
    const journal = index.journal.get(entry.id);
    if (!journal) return `Journalpost ${entry.id}`;
    return `Journalpost ${journal.journalNumber} ${journal.title} (saksnr. ${journal.caseNumber})`;
  }
  const document = index.documents.get(entry.id);
  return `Dokument ${document ? document.title : entry.id}`;
}

const list = (context: MailContext, entries: AccessRequestTarget[]) =>
  entries.map((entry) => `- ${describeEntry(context.index, entry)}`).join('\n');

export function confirmationMail(context: MailContext, request: AccessRequest, receipt: AccessRequestReceipt, link: string): MailMessage {
  const entries = list(context, request.entries);
  const texts: Record<Language, { subject: string; text: string }> = {
    nb: {
      subject: `Bekreft innsynskravet ditt til ${context.publisherName}`,
      text: `${request.name ? `Hei ${request.name}!` : 'Hei!'}\n\nVi har fått et innsynskrav fra denne e-postadressen. Det blir ikke sendt til ${context.publisherName} før du bekrefter det. Åpne lenken og trykk «Bekreft innsynskravet»:\n\n${link}\n\nDu ba om innsyn i:\n${entries}\n\nHar du ikke bedt om dette, kan du se bort fra e-posten; da skjer det ingenting.\n\nReferanse: ${receipt.id}\n`,
    },
    nn: {
      subject: `Stadfest innsynskravet ditt til ${context.publisherName}`,
      text: `${request.name ? `Hei ${request.name}!` : 'Hei!'}\n\nVi har fått eit innsynskrav frå denne e-postadressa. Det blir ikkje sendt til ${context.publisherName} før du stadfestar det. Opne lenkja og trykk «Stadfest innsynskravet»:\n\n${link}\n\nDu bad om innsyn i:\n${entries}\n\nHar du ikkje bede om dette, kan du sjå bort frå e-posten; då skjer det ingenting.\n\nReferanse: ${receipt.id}\n`,
    },
    en: {
      subject: `Confirm your request for access to ${context.publisherName}`,
      text: `${request.name ? `Hello ${request.name},` : 'Hello,'}\n\nWe have received a request for access from this e-mail address. It is not sent to ${context.publisherName} until you confirm it. Open the link and press "Confirm the request":\n\n${link}\n\nYou asked for access to:\n${entries}\n\nIf you did not ask for this, ignore this e-mail; nothing will happen.\n\nReference: ${receipt.id}\n`,
    },
  };
  return { from: context.from, to: request.email, ...texts[language(request)] };
}

export function publisherMail(context: MailContext, request: AccessRequest, receipt: AccessRequestReceipt): MailMessage {
  const confirmedAt = receipt.confirmedAt ?? receipt.receivedAt;
  const { refusalAfter } = accessRequestDeadlines(confirmedAt);
  const when = formatDateTime(confirmedAt, 'nb', { dateStyle: 'long', timeStyle: 'short' });
  const text = [
    `Innsynskrav etter offentleglova, bekreftet av avsenderen ${when}.`,
    '',
    `Fra: ${request.name ? `${request.name} ` : ''}<${request.email}>${request.name ? '' : ' (navn er ikke oppgitt, og trengs ikke)'}`,
    `Svar ønskes på: ${LANGUAGE_NAMES[request.language]}`,
    `Referanse: ${receipt.id}`,
    '',
    'Gjelder:',
    list(context, request.entries),
    ...(request.message ? ['', 'Melding fra avsenderen:', request.message] : []),
    '',
    `Kravet skal avgjøres uten ugrunnet opphold (offentleglova § 29 første ledd). Er det ikke svart innen ${formatDay(refusalAfter, 'nb')}, regnes det som avslag som kan påklages (§ 32 første ledd).`,
    '',
  ].join('\n');
  return {
    from: context.from,
    to: context.publisherMailbox,
    replyTo: request.email,
    subject: `Innsynskrav ${receipt.id}: ${request.entries.length === 1 ? '1 sak' : `${request.entries.length} saker`}`,
    text,
  };
}

export function receiptMail(context: MailContext, request: AccessRequest, receipt: AccessRequestReceipt): MailMessage {
  const lang = language(request);
  const { refusalAfter } = accessRequestDeadlines(receipt.confirmedAt ?? receipt.receivedAt);
  const date = formatDay(refusalAfter, lang);
  const entries = list(context, request.entries);
  const texts: Record<Language, { subject: string; text: string }> = {
    nb: {
      subject: `Innsynskravet ditt er sendt til ${context.publisherName}`,
      text: `Takk! Innsynskravet ditt er bekreftet og sendt til ${context.publisherName}.\n\nReferanse: ${receipt.id}\n\nDu ba om innsyn i:\n${entries}\n\nHva skjer nå: Kravet skal besvares uten ugrunnet opphold, vanligvis innen én til tre arbeidsdager (offentleglova § 29 første ledd). Har du ikke fått svar innen ${date}, regnes det som avslag, og du kan klage (offentleglova § 32 første ledd).\n`,
    },
    nn: {
      subject: `Innsynskravet ditt er sendt til ${context.publisherName}`,
      text: `Takk! Innsynskravet ditt er stadfesta og sendt til ${context.publisherName}.\n\nReferanse: ${receipt.id}\n\nDu bad om innsyn i:\n${entries}\n\nKva skjer no: Kravet skal svarast på utan ugrunna opphald, vanlegvis innan éin til tre arbeidsdagar (offentleglova § 29 første ledd). Har du ikkje fått svar innan ${date}, blir det rekna som avslag, og du kan klage (offentleglova § 32 første ledd).\n`,
    },
    en: {
      subject: `Your request for access has been sent to ${context.publisherName}`,
      text: `Thank you. Your request for access is confirmed and has been sent to ${context.publisherName}.\n\nReference: ${receipt.id}\n\nYou asked for access to:\n${entries}\n\nWhat happens next: the request must be answered without undue delay, usually within one to three working days (Freedom of Information Act, section 29, first paragraph). If you have had no answer by ${date}, that counts as a refusal, and you can appeal (section 32, first paragraph).\n`,
    },
  };
  return { from: context.from, to: request.email, ...texts[lang] };
}

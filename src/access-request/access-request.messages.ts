// The access request form's own texts; the shared ones (errors, basket bar) are in src/shared/messages.ts.
import { defineCatalog } from '../shared/catalog.js';
import type { Locale } from '../shared/locale.js';

export interface AccessRequestMessages {
  heading: string;
  chosenHeading: string;
  caseNumber: string;
  remove: string;
  removeItem: (title: string) => string;
  emptyTitle: string;
  emptyText: string;
  noNameNeeded: string;
  email: string;
  emailHint: string;
  name: string;
  optional: string;
  message: string;
  messageHint: string;
  language: string;
  languages: Record<Locale, string>;
  honeypot: string;
  whatHappensHeading: string;
  answerWithoutDelay: string;
  refusalAfter: (date: string) => string;
  draftKept: string;
  draftNotKept: string;
  clearForm: string;
  send: string;
  sending: string;
  errorSummaryTitle: string;
  emailMissing: string;
  emailInvalid: string;
  tooLong: (field: string, max: number) => string;
  tooFast: string;
  honeypotFilled: string;
  nothingChosen: string;
  sendFailedTitle: string;
  sendFailedKept: string;
  tooManyUnconfirmed: string;
  /** An item this API takes no request for (eInnsyn: anything but a journal entry), with what to do instead. */
  notRequestableHere: string;
  /** Items left in the basket because the API takes fewer per request; to send after confirming this one. */
  remainingNotSent: (count: number) => string;
  receiptAwaitingHeading: string;
  /** `sender`: who sent the confirmation e-mail where it is not the publisher itself (eInnsyn). */
  receiptAwaitingText: (email: string, sender?: string) => string;
  receiptReceivedHeading: string;
  receiptReceivedText: (email: string) => string;
  reference: string;
  sentAt: string;
  askedFor: string;
  deadlinesFromConfirmation: string;
  notTaken: (publisher: string) => string;
  print: string;
}

/** One module per language under messages/, loaded when an element first speaks it. */
export const accessRequestCatalog = defineCatalog<AccessRequestMessages>({
  nb: () => import('./messages/nb.js'),
  nn: () => import('./messages/nn.js'),
  en: () => import('./messages/en.js'),
  se: () => import('./messages/se.js'),
});

import type { CommonMessages } from '../messages.js';

const messages: CommonMessages = {
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
    redirect: 'The public records service sent us on to another website. We do not follow it, for your safety.',
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
  exemptionBasis: (basis) => `Legal basis: ${basis}`,
  screened: 'screened',
  requestAccess: 'Request access',
  opensInNewTab: 'opens in a new tab',
  subscription: {
    copy: 'Copy the address',
    copied: 'Address copied. Paste it into your calendar.',
    copyFailed: 'Could not copy. Select and copy the address here:',
    help: 'How to subscribe in Google, Outlook or Apple',
    google: 'Google Calendar (on a computer): next to “Other calendars”, choose + and “From URL”, and paste the address.',
    outlook: 'Outlook: choose “Add calendar” and “Subscribe from web”, and paste the address.',
    apple: 'Apple Calendar: tap the subscribe link, or on a Mac choose File › New Calendar Subscription and paste the address.',
  },
  basketCount: (count) =>
    count === 0 ? 'No items chosen for an access request.' : count === 1 ? '1 item chosen for an access request.' : `${count} items chosen for an access request.`,
  clearBasket: 'Remove all chosen',
  sendAccessRequest: 'Send the access request',
  documentsPublished: 'The documents are published and can be read here:',
  moreDocuments: (count) => `Open the item for ${count === 1 ? 'one more document' : `${count} more documents`}.`,
};

export default messages;

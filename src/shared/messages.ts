// Texts every element shares: states, errors and domain words. Each element adds its own catalog beside its class.
import { defineCatalog } from './catalog.js';
import type { ApiErrorKind } from '../api/errors.js';
import type { DocumentType, MeetingStatus } from '../api/types.js';

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
  /** The legal basis of an exemption (hjemmel), e.g. "Hjemmel: Offl. § 13". */
  exemptionBasis: (basis: string) => string;
  /** Read out in place of screened text (`*****`), which is never read as asterisks. */
  screened: string;
  requestAccess: string;
  opensInNewTab: string;
  /** Subscribing to a calendar feed: copying its address, and where to paste it. */
  subscription: {
    copy: string;
    copied: string;
    copyFailed: string;
    help: string;
    google: string;
    outlook: string;
    apple: string;
  };
  /** The request basket's bar, shown by every element that fills it. */
  basketCount: (count: number) => string;
  clearBasket: string;
  sendAccessRequest: string;
  /** Said of an item whose documents are published, instead of offering an access request for them. */
  documentsPublished: string;
  moreDocuments: (count: number) => string;
}

/** One module per language under messages/, loaded when an element first speaks it. */
export const commonCatalog = defineCatalog<CommonMessages>({
  nb: () => import('./messages/nb.js'),
  nn: () => import('./messages/nn.js'),
  en: () => import('./messages/en.js'),
  se: () => import('./messages/se.js'),
});

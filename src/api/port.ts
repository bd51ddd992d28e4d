// The operations the elements use, whatever API answers them: our contract over HTTP, or an adapter for eInnsyn or OParl.
import type { JournalQuery, MeetingQuery, ReadOptions } from './publication-api.js';
import type { RequestOptions } from './client.js';
import type {
  AccessRequest,
  AccessRequestReceipt,
  AccessRequestTarget,
  Body,
  JournalEntry,
  Meeting,
  MeetingDetail,
  JournalPage,
  ServiceDocument,
  Unit,
} from './types.js';

/**
 * Problem types (`ApiError.problem.type`) the adapters use, so elements can choose their own words:
 * an entry this API takes no access request for (each one named in `problem.errors` as `entries[i].id`), and an
 * earlier request that must be confirmed (by e-mail) before another is accepted (HTTP 429, never retried).
 */
export const PROBLEM_NOT_REQUESTABLE = 'tag:innsyn-elements,2026:not-requestable-here';
export const PROBLEM_CONFIRM_EARLIER_REQUEST = 'tag:innsyn-elements,2026:confirm-earlier-request';
/** A search filter this API cannot apply (named in `problem.errors`), refused rather than silently dropped. */
export const PROBLEM_UNSUPPORTED_FILTER = 'tag:innsyn-elements,2026:unsupported-filter';

/** Which kind of API an element reads: `publication` is spec/publication-api.yaml, the others are adapters. */
export const API_KINDS = ['publication', 'einnsyn', 'oparl'] as const;
export type ApiKind = (typeof API_KINDS)[number];

/** Journal search as the port takes it: the contract's query, and the `previous` link where an API pages backwards. */
export interface PortJournalQuery extends JournalQuery {
  /** The `previous` link of the page after; like `next`, it replaces every other field. */
  previous?: string | null;
}

/** A page of journal entries; `previous` is set where the API pages backwards too (eInnsyn). */
export interface PortJournalPage extends JournalPage {
  previous?: string | null;
}

/**
 * A receipt as the port gives it. `remaining`: entries not sent yet because the API takes fewer per request (eInnsyn:
 * 50); send them after confirming the e-mail of this one.
 */
export interface PortAccessReceipt extends AccessRequestReceipt {
  remaining?: AccessRequestTarget[];
  /** Who e-mails the confirmation link, where it is not the publisher itself (eInnsyn), so the receipt can name it. */
  confirmationSender?: string;
}

export interface PublicationPort {
  readonly kind: ApiKind;
  /** What the elements compare to tell whether two of them read the same API (and share a basket). */
  readonly key: string;
  getService(options?: ReadOptions): Promise<ServiceDocument>;
  /** Every body, across all pages. */
  listBodies(options?: ReadOptions): Promise<Body[]>;
  /** Every meeting in the range, across all pages. */
  listMeetings(query: MeetingQuery, options?: ReadOptions): Promise<Meeting[]>;
  /** One meeting with its agenda, in as few requests as the API allows (never one per item). */
  getMeeting(id: string, options?: ReadOptions): Promise<MeetingDetail>;
  /** The URL of a calendar feed to subscribe to, or null where the API has none (the link is then left out). */
  calendarFeedUrl(body?: string | string[]): string | null;
  searchJournal(query: PortJournalQuery, options?: ReadOptions): Promise<PortJournalPage>;
  /** The administrative units the journal can be filtered by. */
  listUnits(options?: ReadOptions): Promise<Unit[]>;
  getJournalEntry(id: string, options?: ReadOptions): Promise<JournalEntry>;
  /**
   * Sends an access request. Reuse the idempotency key when the visitor retries the same request. Adapters that cannot
   * take a request for some entries reject with an ApiError whose problem names them (see each adapter).
   */
  submitAccessRequest(request: AccessRequest, idempotencyKey: string, options?: RequestOptions): Promise<PortAccessReceipt>;
  /** Forgets cached answers, e.g. after the visitor asks to reload. */
  invalidate(): void;
}

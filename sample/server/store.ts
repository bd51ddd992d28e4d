// What the routes read and write, as interfaces with two implementations each: the database (Node server, demo) and
// memory (msw handlers in browser tests and stories, where a database would cost more than it proves).
import type { AccessRequest, AccessRequestReceipt, JournalEntry } from '../../src/api/types.js';
import type { MailMessage } from './mail/mailer.js';
import type { JournalSearch } from './search/journal-search.js';

export interface StoredRequest {
  key: string;
  /** Canonical form of the validated request, to tell a retry from a different request with the same key. */
  fingerprint: string;
  request: AccessRequest;
  /** What the requester was told, with the current `status` and `confirmedAt`. */
  receipt: AccessRequestReceipt;
  /** SHA-256 (hex) of the confirmation link's token; the token itself is only in the e-mail. */
  confirmationTokenHash: string;
  /** When the confirmation e-mail went out, and when the confirmed request went to the publisher; null until sent. */
  confirmationMailSentAt?: string | null;
  forwardedAt?: string | null;
}

export interface AccessRequestStore {
  get(key: string): Promise<StoredRequest | undefined>;
  /** By the receipt's id. */
  find(id: string): Promise<StoredRequest | undefined>;
  /**
   * Stores a new request once per key, with its mails to send, durably before it resolves (in one transaction, so
   * neither is kept without the other); when the key is already stored (a concurrent retry), stores nothing and
   * resolves with that record instead.
   */
  add(key: string, record: StoredRequest, mails: QueuedMail[]): Promise<StoredRequest>;
  /**
   * Replaces the stored request with the same key; when this changes its status (confirmation), `mails` are queued in
   * the same transaction, and a second, concurrent confirmation queues none. Durable when it resolves.
   */
  put(key: string, record: StoredRequest, mails?: QueuedMail[]): Promise<void>;
  /** Every request, oldest first (for tests and the demo). */
  list(): Promise<StoredRequest[]>;
  /** Requests from this address (any case) received since `since` that are still awaiting confirmation. */
  countUnconfirmed(email: string, since: Date): Promise<number>;
}

/** A mail to send once the request it is about is stored; kind names it in the outbox. */
export interface QueuedMail {
  kind: 'confirm-access-request' | 'forward-access-request' | 'access-request-receipt';
  message: MailMessage;
}

export interface JournalResult {
  items: JournalEntry[];
  /** Opaque position after the last item, or null on the last page. */
  after: string | null;
  total: number | null;
  totalAtLeast: number | null;
}

export interface JournalStore {
  /** Undefined when `after` is not a position this store made. */
  search(search: JournalSearch, limit: number, after: string | undefined): Promise<JournalResult | undefined>;
  get(id: string): Promise<JournalEntry | undefined>;
  /** Every unit name, in Norwegian order. */
  units(): Promise<string[]>;
}

/** A store that cannot write now (full disk, read-only database) throws this; the API answers 503 with Retry-After. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database cannot store data right now.', { cause });
    this.name = 'StorageUnavailableError';
  }
}

// Where access requests are kept, keyed by the caller's Idempotency-Key. A small interface on purpose: the file store
// and the memory store implement it today, a database can tomorrow.
import type { AccessRequest, AccessRequestReceipt } from '../../src/api/types.js';

export interface StoredRequest {
  key: string;
  /** Canonical form of the validated request, to tell a retry from a different request with the same key. */
  fingerprint: string;
  request: AccessRequest;
  /** What the requester was told, with the current `status` and `confirmedAt`. */
  receipt: AccessRequestReceipt;
  /** SHA-256 (hex) of the confirmation link's token; the token itself is only in the e-mail. */
  confirmationTokenHash: string;
  /**
   * When the confirmation e-mail went out, and when the confirmed request went to the publisher. Null until sent, so a
   * send that failed (or a crash before it) is made up for at the next chance: a retry of the POST, or a second click.
   */
  confirmationMailSentAt?: string | null;
  forwardedAt?: string | null;
}

export interface AccessRequestStore {
  get(key: string): Promise<StoredRequest | undefined>;
  /** By the receipt's id. */
  find(id: string): Promise<StoredRequest | undefined>;
  /** Stores a new request, or replaces the one with the same key (after it was confirmed); durable when it resolves. */
  put(key: string, record: StoredRequest): Promise<void>;
  /** Every request, oldest first (for tests and the demo). */
  list(): Promise<StoredRequest[]>;
}

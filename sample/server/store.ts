// Where access requests are kept, keyed by the caller's Idempotency-Key.
import type { AccessRequest, AccessRequestReceipt } from '../../src/api/types.js';

export interface StoredRequest {
  key: string;
  /** Canonical form of the validated request, to tell a retry from a different request with the same key. */
  fingerprint: string;
  request: AccessRequest;
  receipt: AccessRequestReceipt;
}

export interface AccessRequestStore {
  get(key: string): Promise<StoredRequest | undefined>;
  put(key: string, record: StoredRequest): Promise<void>;
}

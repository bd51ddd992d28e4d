// Access requests, their idempotency keys and the outbox of mails in the database. A request and its confirmation mail
// are written in one transaction that commits before the route answers 202; confirming writes the new status and the
// mails to the publisher and the requester in one transaction too. The outbox sender (mail/outbox-sender.ts) sends
// them; `mailQueued` lets it start at once. The token's hash is kept in confirmation_token.
import type { AccessRequestStore, QueuedMail, StoredRequest } from '../store.js';
import { StorageUnavailableError } from '../store.js';
import type { Database, Queryable } from './database.js';

interface Row {
  idempotency_key: string;
  fingerprint: string;
  confirmation_token: string;
  mail_sent: string | null;
  forwarded: string | null;
  request: StoredRequest['request'];
  receipt: StoredRequest['receipt'];
}

const COLUMNS = `idempotency_key, fingerprint, confirmation_token, request, receipt,
  to_json(confirmation_mail_sent_at)#>>'{}' AS mail_sent, to_json(forwarded_at)#>>'{}' AS forwarded`;

const toRecord = (row: Row): StoredRequest => ({
  key: row.idempotency_key,
  fingerprint: row.fingerprint,
  confirmationTokenHash: row.confirmation_token,
  request: row.request,
  receipt: row.receipt,
  confirmationMailSentAt: row.mail_sent,
  forwardedAt: row.forwarded,
});

/** Called after a commit that queued mail; what it returns is awaited before the store resolves. */
export type MailQueued = () => Promise<void>;

export function createDatabaseRequests(db: Database, mailQueued: MailQueued = async () => {}): AccessRequestStore {
  const queue = async (tx: Queryable, requestId: string, mails: QueuedMail[]) => {
    for (const mail of mails) {
      await tx.query(`INSERT INTO outbox (access_request_id, kind, recipient, payload) VALUES ($1, $2, $3, $4::json)`, [
        requestId,
        mail.kind,
        mail.message.to,
        JSON.stringify(mail.message),
      ]);
    }
  };
  const one = async (where: string, value: string) => {
    const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM access_requests WHERE ${where} = $1`, [value]);
    return row ? toRecord(row) : undefined;
  };
  const writing = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw isStorageFailure(error) ? new StorageUnavailableError(error) : error;
    }
  };
  return {
    get: (key) => one('idempotency_key', key),
    find: (id) => one('id', id),
    async add(key, record, mails) {
      const inserted = await writing(() =>
        db.transaction(async (tx) => {
          const rows = await tx.query(
            `INSERT INTO access_requests (id, idempotency_key, fingerprint, email, status, confirmation_token, request, receipt, received_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7::json, $8::json, $9::timestamptz)
             ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
            [
              record.receipt.id,
              key,
              record.fingerprint,
              record.request.email,
              record.receipt.status,
              record.confirmationTokenHash,
              JSON.stringify(record.request),
              JSON.stringify(record.receipt),
              record.receipt.receivedAt,
            ],
          );
          if (rows.length === 0) return false;
          await queue(tx, record.receipt.id, mails);
          return true;
        }),
      );
      if (!inserted) return (await one('idempotency_key', key)) ?? record;
      if (mails.length > 0) await mailQueued();
      return record;
    },
    async put(key, record, mails = []) {
      const queued = await writing(() =>
        db.transaction(async (tx) => {
          // Locked, so of two confirmations at once only the first changes the status and queues the mails.
          const [before] = await tx.query<{ status: string }>('SELECT status FROM access_requests WHERE idempotency_key = $1 FOR UPDATE', [key]);
          await tx.query(
            `UPDATE access_requests SET status = $2, receipt = $3::json, confirmed_at = $4::timestamptz, confirmation_token = $5
             WHERE idempotency_key = $1`,
            [key, record.receipt.status, JSON.stringify(record.receipt), record.receipt.confirmedAt ?? null, record.confirmationTokenHash],
          );
          if (!before || before.status === record.receipt.status) return false;
          await queue(tx, record.receipt.id, mails);
          return mails.length > 0;
        }),
      );
      if (queued) await mailQueued();
    },
    async list() {
      return (await db.query<Row>(`SELECT ${COLUMNS} FROM access_requests ORDER BY received_at, id`)).map(toRecord);
    },
    async countUnconfirmed(email, since) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM access_requests WHERE status = 'awaiting-confirmation' AND lower(email) = lower($1) AND received_at >= $2::timestamptz`,
        [email, since.toISOString()],
      );
      return row?.n ?? 0;
    },
  };
}

/** Deletes requests never confirmed within `maxAge` (and their mails); returns how many. */
export async function deleteUnconfirmed(db: Database, olderThan: Date): Promise<number> {
  const rows = await db.query(`DELETE FROM access_requests WHERE status = 'awaiting-confirmation' AND received_at < $1::timestamptz RETURNING id`, [
    olderThan.toISOString(),
  ]);
  return rows.length;
}

/**
 * Errors that mean "cannot write now", not "bug": out of disk (53100) or other resources (53xxx), a read-only
 * transaction or database (25006), I/O errors (58030), a server shutting down or gone (57P0x, 08xxx), and the
 * embedded database's file errors.
 */
export function isStorageFailure(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (/^(53|58|57P0|08)/.test(code) || code === '25006') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /ENOSPC|EROFS|EDQUOT|EIO|no space left|read-only|could not (write|extend|fsync)|disk full/i.test(message);
}

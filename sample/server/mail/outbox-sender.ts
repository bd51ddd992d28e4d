// Sends the outbox: the mails that were committed with the access requests they are about. A pass claims the rows that
// are due by moving their next attempt a lease ahead (FOR UPDATE SKIP LOCKED, so several servers on one PostgreSQL
// database never claim the same row), sends each, and marks it sent; a failed send is tried again later, waiting twice
// as long each time. Delivery is at least once: a crash after a mail went out but before it was marked sent sends it
// again when the lease has run out, and never not at all. Unsent rows survive a restart and go out after it.
import type { Database } from '../db/database.js';
import type { Mailer, MailMessage } from './mailer.js';

export interface OutboxSenderOptions {
  /** How often to look for due mails besides the nudges after each commit (default 5 s). */
  pollMs?: number;
  /** Wait before the first retry of a failed send (default 10 s); doubled at each failure up to `maxRetryMs` (1 h). */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** How long a claimed row is left to its sender before another pass may take it (default 5 min). */
  leaseMs?: number;
}

export interface OutboxSender {
  /** Sends what is due now; resolves when a pass that started after this call has ended, or after `waitMs`. */
  nudge(waitMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface Claimed {
  id: string;
  access_request_id: string | null;
  kind: string;
  payload: MailMessage;
}

const BATCH = 20;
/** Which request column notes that a kind of mail went out. */
const NOTED: Record<string, string> = {
  'confirm-access-request': 'confirmation_mail_sent_at',
  'forward-access-request': 'forwarded_at',
};

export function startOutboxSender(db: Database, mailer: Mailer, options: OutboxSenderOptions = {}): OutboxSender {
  const firstRetryMs = options.firstRetryMs ?? 10_000;
  const maxRetryMs = options.maxRetryMs ?? 3_600_000;
  const leaseMs = options.leaseMs ?? 300_000;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const pass = async (): Promise<void> => {
    for (;;) {
      const claimed = await db.query<Claimed>(
        `UPDATE outbox SET next_attempt_at = now() + $1::float8 * interval '1 millisecond', attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= now() ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING id::text, access_request_id, kind, payload, attempts`,
        [leaseMs],
      );
      claimed.sort((a, b) => Number(a.id) - Number(b.id));
      for (const row of claimed) {
        if (closed) return;
        await sendOne(row as Claimed & { attempts: number });
      }
      if (claimed.length < BATCH || closed) return;
    }
  };

  const sendOne = async (row: Claimed & { attempts: number }): Promise<void> => {
    try {
      await mailer.send(row.payload);
    } catch (error) {
      const wait = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, row.attempts - 1));
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[outbox] could not send mail ${row.id} (${row.kind}, attempt ${row.attempts}); trying again in ${Math.round(wait / 1000)} s: ${message}`);
      await db
        .query(`UPDATE outbox SET next_attempt_at = now() + $2::float8 * interval '1 millisecond', last_error = $3 WHERE id = $1::bigint`, [row.id, wait, message.slice(0, 500)])
        .catch(() => undefined);
      return;
    }
    try {
      await db.transaction(async (tx) => {
        // What was sent stays listed, without the text: the link's token and the requester's message need not be kept.
        await tx.query(
          `UPDATE outbox SET sent_at = now(), last_error = NULL, payload = json_build_object('to', payload->>'to', 'subject', payload->>'subject')
           WHERE id = $1::bigint`,
          [row.id],
        );
        const column = NOTED[row.kind];
        if (column && row.access_request_id) {
          await tx.query(`UPDATE access_requests SET ${column} = coalesce(${column}, now()) WHERE id = $1`, [row.access_request_id]);
        }
      });
    } catch (error) {
      // The mail went out but is not marked: it goes out once more after the lease. At least once, never lost.
      console.error(`[outbox] mail ${row.id} was sent but could not be marked sent; it may be sent again:`, error instanceof Error ? error.message : error);
    }
  };

  const drain = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass().catch((error: unknown) => console.error('[outbox] could not read the outbox:', error instanceof Error ? error.message : error));
        } while (again && !closed);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timer = setInterval(() => void drain(), options.pollMs ?? 5_000);
  timer.unref();
  void drain();

  return {
    nudge(waitMs = 5_000) {
      if (closed) return Promise.resolve();
      let timeout: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => {
        timeout = setTimeout(resolve, waitMs);
      });
      return Promise.race([drain(), waited]).finally(() => clearTimeout(timeout));
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await running;
    },
  };
}

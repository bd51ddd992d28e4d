// The schema, created when missing. Meetings and bodies are few and read whole, so they are stored as JSON documents;
// the journal has real columns for every filter, a tsvector per search scope with GIN indexes, and its entry as JSON.
// Screened text is never stored: the entries arrive with `*****` in place of it, and the masks are blanked before
// indexing, so no search can match what was withheld.
import type { Database } from './database.js';

export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value json NOT NULL);

CREATE TABLE IF NOT EXISTS bodies (id text PRIMARY KEY, doc json NOT NULL);

CREATE TABLE IF NOT EXISTS meetings (id text PRIMARY KEY, start_at timestamptz NOT NULL, doc json NOT NULL);
CREATE INDEX IF NOT EXISTS meetings_start ON meetings (start_at);

CREATE TABLE IF NOT EXISTS journal (
  id text PRIMARY KEY,
  journal_date date NOT NULL,
  -- journalNumber with every number zero-padded, so text order is numeric order.
  number_key text NOT NULL,
  journal_number text NOT NULL,
  case_number text NOT NULL,
  type char(1) NOT NULL,
  unit text NOT NULL,
  -- The exemption basis as lower-case words and a trailing space, for word-prefix matching.
  exemption_key text,
  -- Unscreened correspondents' names as lower-case words, one element per correspondent.
  correspondent_names text[] NOT NULL,
  correspondent_search tsvector NOT NULL,
  search tsvector NOT NULL,
  search_fulltext tsvector NOT NULL,
  doc json NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_order ON journal (journal_date DESC, number_key DESC, id DESC);
CREATE INDEX IF NOT EXISTS journal_case ON journal (case_number);
CREATE INDEX IF NOT EXISTS journal_number ON journal (journal_number);
CREATE INDEX IF NOT EXISTS journal_unit ON journal (unit);
CREATE INDEX IF NOT EXISTS journal_exemption ON journal (exemption_key text_pattern_ops);
CREATE INDEX IF NOT EXISTS journal_search ON journal USING gin (search);
CREATE INDEX IF NOT EXISTS journal_search_fulltext ON journal USING gin (search_fulltext);
CREATE INDEX IF NOT EXISTS journal_correspondent ON journal USING gin (correspondent_search);

CREATE TABLE IF NOT EXISTS journal_properties (
  entry_id text NOT NULL REFERENCES journal (id) ON DELETE CASCADE,
  gnr integer NOT NULL,
  bnr integer NOT NULL,
  fnr integer
);
CREATE INDEX IF NOT EXISTS journal_properties_number ON journal_properties (gnr, bnr, fnr);

-- Documents are stored as json, not jsonb, so they are served exactly as given, fields in their order.
-- Every published document: its title for file names and access requests, and, for the generated sample, the recipe
-- of its PDF (built on demand rather than stored).
CREATE TABLE IF NOT EXISTS files (
  id text PRIMARY KEY,
  title text NOT NULL,
  media_type text NOT NULL,
  recipe json
);

-- Access requests (innsynskrav). Each is committed before its 202 is sent. status: awaiting-confirmation until the
-- requester confirms the e-mail address (confirmation_token), then received.
CREATE TABLE IF NOT EXISTS access_requests (
  id text PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  fingerprint text NOT NULL,
  email text NOT NULL,
  status text NOT NULL DEFAULT 'awaiting-confirmation' CHECK (status IN ('awaiting-confirmation', 'received')),
  confirmation_token text NOT NULL UNIQUE,
  request json NOT NULL,
  receipt json NOT NULL,
  received_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  -- When the confirmation e-mail went out and when the confirmed request went to the publisher; null until then, so
  -- a send that failed is made up for at the next retry or click.
  confirmation_mail_sent_at timestamptz,
  forwarded_at timestamptz
);
CREATE INDEX IF NOT EXISTS access_requests_unconfirmed ON access_requests (lower(email), received_at) WHERE status = 'awaiting-confirmation';

-- Mails to send, written in the same transaction as what they are about, so none is lost or sent for a rolled-back
-- request. payload is the message; the sender (mail/outbox-sender.ts) claims due rows by moving next_attempt_at ahead
-- (a lease), marks sent_at and keeps only the address and subject of what it sent, or sets next_attempt_at for a retry.
CREATE TABLE IF NOT EXISTS outbox (
  id bigserial PRIMARY KEY,
  access_request_id text REFERENCES access_requests (id) ON DELETE CASCADE,
  kind text NOT NULL,
  recipient text NOT NULL,
  payload json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS last_error text;
-- Rows from before the sender existed hold no message: their mail was sent directly at the time.
UPDATE outbox SET sent_at = created_at WHERE sent_at IS NULL AND payload->>'subject' IS NULL;
`;

export async function ensureSchema(db: Database): Promise<void> {
  await db.exec(SCHEMA_SQL);
  await db.query(
    `INSERT INTO meta (key, value) VALUES ('schemaVersion', $1::json) ON CONFLICT (key) DO NOTHING`,
    [JSON.stringify(SCHEMA_VERSION)],
  );
}

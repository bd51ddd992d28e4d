// POST /access-requests: validates a citizen's request for access (innsynskrav), stores it once per Idempotency-Key
// together with the e-mail of its confirmation link (sent from the outbox) and answers with a receipt; a retry with the
// same key and body gets the same receipt.
import * as v from '../../../src/api/shape.js';
import { AccessRequestSchema } from '../../../src/api/schemas.js';
import type { AccessRequest, AccessRequestReceipt, AccessRequestTarget } from '../../../src/api/types.js';
import { readJsonBody } from '../body.js';
import type { RouteContext, RouteHandler } from '../context.js';
import { invalid, ProblemError, type FieldError } from '../problem.js';
import { rememberJournalEntries } from '../dataset-index.js';
import { json } from '../responses.js';
import type { AccessRequestStore, StoredRequest } from '../store.js';
import { confirmationLink, newConfirmationToken } from './access-request-confirmation.js';
import { confirmationMail } from '../mail/access-request-mails.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Keys whose first request is still being handled, per store; a concurrent repeat gets 409 instead of a second receipt. */
const inFlight = new WeakMap<AccessRequestStore, Set<string>>();

export const createAccessRequest: RouteHandler = async (context) => {
  const key = context.request.headers.get('Idempotency-Key')?.trim();
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw new ProblemError('idempotency-key-missing', 'Send an Idempotency-Key header: one unique value (such as a UUID) per request.', {
      errors: [{ field: 'Idempotency-Key', message: 'is required: 1 to 255 visible ASCII characters' }],
    });
  }
  const request = validate(await readJsonBody(context.request));
  const pending = inFlight.get(context.store) ?? new Set<string>();
  inFlight.set(context.store, pending);
  if (pending.has(key)) {
    throw new ProblemError('request-in-progress', 'A request with this Idempotency-Key is still being processed.', {
      headers: { 'Retry-After': '1' },
    });
  }
  pending.add(key);
  try {
    return await receive(context, key, request);
  } finally {
    pending.delete(key);
  }
};

/** eInnsyn's own limit of entries per request. */
export const MAX_ENTRIES = 50;
const UNCONFIRMED_WINDOW_MS = 24 * 60 * 60 * 1000;

async function receive(context: RouteContext, key: string, request: AccessRequest): Promise<Response> {
  const fingerprint = canonicalJson(request);
  const stored = await context.store.get(key);
  if (stored) return replay(stored, fingerprint);
  checkEntries(request.entries);
  await checkTargets(context, request.entries);
  const since = new Date(context.now().getTime() - UNCONFIRMED_WINDOW_MS);
  const cap = context.maxUnconfirmedPerEmail;
  if ((await context.store.countUnconfirmed(request.email, since)) >= cap) {
    throw new ProblemError(
      'too-many-unconfirmed',
      `This e-mail address has ${cap} requests awaiting confirmation. Confirm them from the e-mails we sent first.`,
      { headers: { 'Retry-After': String(60 * 60) } },
    );
  }
  const receipt: AccessRequestReceipt = {
    id: crypto.randomUUID(),
    status: 'awaiting-confirmation',
    receivedAt: context.now().toISOString(),
    confirmedAt: null,
    email: request.email,
    entries: request.entries,
  };
  const token = await newConfirmationToken();
  const record: StoredRequest = { key, fingerprint, request, receipt, confirmationTokenHash: token.hash, confirmationMailSentAt: null, forwardedAt: null };
  await rememberJournalEntries(context.index, request.entries, (id) => context.journal.get(id));
  const mail = confirmationMail(context.mail, request, receipt, confirmationLink(context, receipt.id, token));
  // The request and its mail are stored together before the 202: the mail outlives a crash and is sent from the outbox.
  const kept = await context.store.add(key, record, [{ kind: 'confirm-access-request', message: mail }]);
  if (kept !== record) return replay(kept, fingerprint);
  return receiptResponse(receipt, false);
}

function replay(stored: StoredRequest, fingerprint: string): Response {
  if (stored.fingerprint !== fingerprint) {
    throw new ProblemError('idempotency-key-reused', 'This Idempotency-Key was already used for a different request; make a new key.');
  }
  return receiptResponse(stored.receipt, true);
}

function checkEntries(entries: AccessRequestTarget[]): void {
  if (entries.length > MAX_ENTRIES) {
    throw invalid([{ field: 'entries', message: `must list at most ${MAX_ENTRIES} entries; send the rest as another request` }], 422);
  }
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  entries.forEach((entry, position) => {
    const id = `${entry.kind} ${entry.id}`;
    if (seen.has(id)) errors.push({ field: `entries[${position}]`, message: `repeats ${entry.kind} "${entry.id}"` });
    seen.add(id);
  });
  if (errors.length > 0) throw invalid(errors.slice(0, 10), 422);
}

/** Wrong types or missing fields are 400; well-typed but unacceptable values (an invalid e-mail, no entries) are 422. */
function validate(body: unknown): AccessRequest {
  const parsed = v.safeParse(AccessRequestSchema, body);
  if (parsed.success) return parsed.output;
  const malformed = parsed.issues.some((issue) => issue.kind === 'schema');
  throw invalid(parsed.issues.map(toFieldError), malformed ? 400 : 422);
}

function receiptResponse(receipt: AccessRequestReceipt, replayed: boolean): Response {
  return json(receipt, { status: 202, headers: { 'Idempotent-Replayed': String(replayed) } });
}

async function checkTargets({ index, journal }: RouteContext, entries: AccessRequestTarget[]): Promise<void> {
  const errors: FieldError[] = [];
  for (const [position, entry] of entries.entries()) {
    const field = `entries[${position}].id`;
    const target =
      entry.kind === 'journal-entry'
        ? await journal.get(entry.id)
        : entry.kind === 'agenda-item'
          ? index.agendaItems.get(entry.id)
          : index.documents.get(entry.id);
    if (!target) errors.push({ field, message: `no ${entry.kind} has the id "${entry.id}"` });
    else if ('canRequestAccess' in target && !target.canRequestAccess) {
      errors.push({ field, message: `access to ${entry.kind} "${entry.id}" cannot be requested` });
    }
  }
  if (errors.length > 0) throw invalid(errors, 422);
}

/** `entries[0].id` style paths, as the contract's FieldError describes. */
function toFieldError(issue: v.Issue): FieldError {
  return { field: v.fieldPath(issue) || '(body)', message: issue.message };
}

function canonicalJson(value: AccessRequest): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

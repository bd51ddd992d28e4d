// The confirm step of an access request: the e-mail's link opens a page (GET changes nothing, so link scanners cannot
// confirm), its button posts the token, and only then are the request to the publisher and the receipt queued to be mailed.
import * as v from '../../../src/api/shape.js';
import { AccessRequestConfirmationSchema } from '../../../src/api/schemas.js';
import { readJsonOrFormBody } from '../body.js';
import { rememberJournalEntries } from '../dataset-index.js';
import type { RouteContext, RouteHandler } from '../context.js';
import { describeEntry, publisherMail, receiptMail } from '../mail/access-request-mails.js';
import { invalid, ProblemError } from '../problem.js';
import { json } from '../responses.js';
import type { StoredRequest } from '../store.js';
import { confirmationPage, confirmedPage } from './confirmation-pages.js';

/** The API's base URL as the request reached it, e.g. `http://localhost:8080/api`. */
export function apiBaseUrl({ url, path }: RouteContext): string {
  const pathname = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${pathname.slice(0, pathname.length - path.length)}`;
}

/** The link in the confirmation mail: the page that asks the requester to press the button. */
export function confirmationLink(context: RouteContext, id: string, token: ConfirmationToken): string {
  return `${apiBaseUrl(context)}/access-requests/${encodeURIComponent(id)}/confirmation?token=${token.value}`;
}

export interface ConfirmationToken {
  value: string;
  hash: string;
}

/** A token for a new request, stored (as its hash) with the request itself. */
export async function newConfirmationToken(): Promise<ConfirmationToken> {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  const value = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return { value, hash: await sha256(value) };
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The request whose token matches; an unknown id and a wrong token are the same 404, so ids cannot be probed. */
async function findByToken(context: RouteContext, token: string): Promise<StoredRequest> {
  const record = await context.store.find(context.id);
  if (!record || !token || record.confirmationTokenHash !== (await sha256(token))) {
    throw new ProblemError('not-found', 'No access request matches this link. It may be mistyped or cut off.');
  }
  return record;
}

export const showConfirmation: RouteHandler = async (context) => {
  const token = context.url.searchParams.get('token') ?? '';
  const record = await findByToken(context, token);
  await rememberJournalEntries(context.index, record.request.entries, (id) => context.journal.get(id));
  const entries = record.request.entries.map((entry) => describeEntry(context.index, entry));
  const page =
    record.receipt.status === 'received'
      ? confirmedPage(record, entries, context.mail.publisherName, true)
      : confirmationPage(record, entries, context.mail.publisherName, token);
  return html(page);
};

export const confirmAccessRequest: RouteHandler = async (context) => {
  const { form, body } = await readJsonOrFormBody(context.request);
  const parsed = v.safeParse(AccessRequestConfirmationSchema, body);
  if (!parsed.success) throw invalid([{ field: 'token', message: 'is required: the token from the e-mail link' }]);
  const record = await findByToken(context, parsed.output.token);
  await rememberJournalEntries(context.index, record.request.entries, (id) => context.journal.get(id));
  const alreadyConfirmed = record.receipt.status === 'received';
  const confirmed = alreadyConfirmed ? record : await confirm(context, record);
  if (!form) return json(confirmed.receipt);
  const entries = confirmed.request.entries.map((entry) => describeEntry(context.index, entry));
  return html(confirmedPage(confirmed, entries, context.mail.publisherName, alreadyConfirmed));
};

/** Confirmed, with the request to the publisher's postmottak and the receipt to the citizen queued in one write. */
async function confirm(context: RouteContext, record: StoredRequest): Promise<StoredRequest> {
  const confirmed: StoredRequest = {
    ...record,
    receipt: { ...record.receipt, status: 'received', confirmedAt: context.now().toISOString() },
  };
  await context.store.put(confirmed.key, confirmed, [
    { kind: 'forward-access-request', message: publisherMail(context.mail, confirmed.request, confirmed.receipt) },
    { kind: 'access-request-receipt', message: receiptMail(context.mail, confirmed.request, confirmed.receipt) },
  ]);
  return confirmed;
}

function html(body: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The page has no script and loads nothing; a form posting to its own origin is all it does.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
      'Referrer-Policy': 'no-referrer',
    },
  });
}

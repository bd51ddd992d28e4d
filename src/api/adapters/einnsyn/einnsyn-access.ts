// Our access request → eInnsyn's InnsynskravBestilling (one Innsynskrav per journal entry, at most 50 per order).
import { ApiError, isApiError } from '../../errors.js';
import type { AccessRequest, AccessRequestTarget } from '../../types.js';
import { PROBLEM_CONFIRM_EARLIER_REQUEST, PROBLEM_NOT_REQUESTABLE } from '../../port.js';
import type { InnsynskravBestillingCreate } from './einnsyn-schemas.js';

/** eInnsyn refuses an order with more entries than this. */
export const MAX_ENTRIES_PER_ORDER = 50;


/** Agenda items and documents cannot be ordered through eInnsyn: only journal entries (journalposter) can. */
export function refuseOtherKinds(entries: readonly AccessRequestTarget[], url: string): void {
  const errors = entries.flatMap((entry, index) =>
    entry.kind === 'journal-entry'
      ? []
      : [
          {
            field: `entries[${index}].id`,
            message:
              entry.kind === 'agenda-item'
                ? 'eInnsyn takes requests for journal entries only. Find this case in the journal search and ask for its journal entries, or write to the municipality (postmottak).'
                : 'eInnsyn takes requests for whole journal entries only. Ask for the journal entry this document belongs to.',
          },
        ],
  );
  if (errors.length) {
    throw new ApiError('bad-request', url, 'Some of these cannot be requested through eInnsyn.', {
      status: 422,
      problem: { type: PROBLEM_NOT_REQUESTABLE, title: 'Only journal entries can be requested through eInnsyn', errors },
    });
  }
}

/**
 * The first order of at most 50 entries, and what is left for later. A second order cannot follow at once: eInnsyn
 * refuses a new unconfirmed order from the same address within an hour (tooManyUnverifiedOrders).
 */
export function firstOrder(request: AccessRequest): { order: InnsynskravBestillingCreate; remaining: AccessRequestTarget[] } {
  const now = request.entries.slice(0, MAX_ENTRIES_PER_ORDER);
  return {
    order: { email: request.email, language: request.language, innsynskrav: now.map((entry) => ({ journalpost: entry.id })) },
    remaining: request.entries.slice(MAX_ENTRIES_PER_ORDER),
  };
}

/** eInnsyn's 429 for an earlier order not yet confirmed: a clear message, never a retry (it would only be refused again). */
export function confirmEarlierOrderError(error: ApiError): ApiError {
  return new ApiError('bad-request', error.url, 'Confirm the access request you sent within the last hour first: open the e-mail from eInnsyn and follow its link. Then send this one.', {
    status: 429,
    problem: {
      type: PROBLEM_CONFIRM_EARLIER_REQUEST,
      title: 'An earlier request is waiting for your confirmation',
      detail: error.problem?.detail ?? error.message,
    },
    cause: error,
  });
}

export function isTooManyUnverifiedOrders(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 429 && error.problem?.type === 'tooManyUnverifiedOrders';
}

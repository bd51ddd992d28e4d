// The one error type the data layer throws, so elements can choose a message by `kind` without inspecting fetch internals.
import type { Problem } from './types.js';

export type ApiErrorKind =
  | 'config'
  | 'offline'
  | 'timeout'
  | 'not-found'
  | 'bad-request'
  | 'server'
  | 'bad-data'
  /** The API answered with a redirect to another origin, which is never followed. */
  | 'redirect'
  | 'aborted';

export interface ApiErrorDetails {
  status?: number;
  /** The server's application/problem+json body, when it sent one we could read. */
  problem?: Problem;
  /** For 'bad-data': one human-readable line per problem, e.g. "items[3].start: Invalid timestamp". */
  issues?: string[];
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly problem?: Problem;
  readonly issues?: string[];

  constructor(kind: ApiErrorKind, url: string, message: string, details: ApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.status = details.status;
    this.problem = details.problem;
    this.issues = details.issues;
  }
}

/** Also recognises errors from a second copy of the library on the same page, where `instanceof` fails. */
export function isApiError(error: unknown): error is ApiError {
  return (
    error instanceof ApiError ||
    (error instanceof Error && error.name === 'ApiError' && typeof (error as { kind?: unknown }).kind === 'string')
  );
}

// RFC 9457 problem+json answers with the types of spec/publication-api.yaml, titled in the caller's language
// (Accept-Language nb, nn or en; other languages, se included, get English).
export type Language = 'nb' | 'nn' | 'en';

export interface FieldError {
  field: string;
  message: string;
}

interface Kind {
  type: string;
  status: number;
  title: Record<Language, string>;
}

const KINDS = {
  'invalid-input': {
    type: 'tag:innsyn-elements,2026:invalid-input',
    status: 400,
    title: { en: 'Invalid request', nb: 'Ugyldig forespørsel', nn: 'Ugyldig førespurnad' },
  },
  'idempotency-key-missing': {
    type: 'tag:innsyn-elements,2026:idempotency-key-missing',
    status: 400,
    title: { en: 'Idempotency-Key missing', nb: 'Mangler Idempotency-Key', nn: 'Manglar Idempotency-Key' },
  },
  'idempotency-key-reused': {
    type: 'tag:innsyn-elements,2026:idempotency-key-reused',
    status: 422,
    title: {
      en: 'Idempotency-Key already used for another access request',
      nb: 'Idempotency-Key er brukt for et annet innsynskrav',
      nn: 'Idempotency-Key er brukt for eit anna innsynskrav',
    },
  },
  'request-in-progress': {
    type: 'tag:innsyn-elements,2026:request-in-progress',
    status: 409,
    title: {
      en: 'The access request is still being processed',
      nb: 'Innsynskravet behandles fortsatt',
      nn: 'Innsynskravet blir framleis handsama',
    },
  },
  'rate-limited': {
    type: 'tag:innsyn-elements,2026:rate-limited',
    status: 429,
    title: { en: 'Too many requests', nb: 'For mange forespørsler', nn: 'For mange førespurnader' },
  },
  'too-many-unconfirmed': {
    type: 'tag:innsyn-elements,2026:too-many-unconfirmed',
    status: 429,
    title: {
      en: 'Confirm the access requests already sent first',
      nb: 'Bekreft innsynskravene du allerede har sendt først',
      nn: 'Stadfest innsynskrava du alt har sendt først',
    },
  },
  'storage-unavailable': {
    type: 'tag:innsyn-elements,2026:storage-unavailable',
    status: 503,
    title: {
      en: 'The access request cannot be stored now',
      nb: 'Innsynskravet kan ikke lagres nå',
      nn: 'Innsynskravet kan ikkje lagrast no',
    },
  },
  'not-found': { type: 'about:blank', status: 404, title: { en: 'Not found', nb: 'Finnes ikke', nn: 'Finst ikkje' } },
  'method-not-allowed': {
    type: 'about:blank',
    status: 405,
    title: { en: 'Method not allowed', nb: 'Metoden er ikke tillatt', nn: 'Metoden er ikkje tillaten' },
  },
  'payload-too-large': {
    type: 'about:blank',
    status: 413,
    title: { en: 'Request body too large', nb: 'Forespørselen er for stor', nn: 'Førespurnaden er for stor' },
  },
  'unsupported-media-type': {
    type: 'about:blank',
    status: 415,
    title: { en: 'Unsupported media type', nb: 'Formatet støttes ikke', nn: 'Formatet er ikkje støtta' },
  },
  'internal-error': {
    type: 'about:blank',
    status: 500,
    title: { en: 'Internal server error', nb: 'Intern feil i tjenesten', nn: 'Intern feil i tenesta' },
  },
} satisfies Record<string, Kind>;

export type ProblemKind = keyof typeof KINDS;

export function negotiateLanguage(acceptLanguage: string | null): Language {
  for (const range of (acceptLanguage ?? '').split(',')) {
    const primary = range.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'nn') return 'nn';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export class ProblemError extends Error {
  readonly status: number;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    extra: { errors?: FieldError[]; headers?: Record<string, string>; status?: number } = {},
  ) {
    super(detail);
    this.status = extra.status ?? KINDS[kind].status;
    this.errors = extra.errors;
    this.headers = extra.headers;
  }
}

/** A 400 (malformed) or 422 (well-formed but not acceptable) answer naming each invalid field. */
export function invalid(errors: FieldError[], status: 400 | 422 = 400): ProblemError {
  const detail = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
  return new ProblemError('invalid-input', detail, { errors, status });
}

/** `requestId` is added to 500s, so a citizen's report can be matched with the one log line about it. */
export function problemResponse(problem: ProblemError, language: Language, instance: string, requestId?: string): Response {
  const kind: Kind = KINDS[problem.kind];
  const body = {
    type: kind.type,
    title: kind.title[language],
    status: problem.status,
    detail: problem.detail,
    instance,
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Language': language,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Language',
      ...problem.headers,
    },
  });
}

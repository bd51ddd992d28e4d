// What each request of the publication API asks for: paths and query parameters, from the elements' queries. The
// operations (publication-api.ts) and the script-tag loader's early requests (src/loader/first-requests.ts) both build
// their URLs here, so the two cannot differ.
import { osloDateKey } from '../time/oslo.js';
import { ApiError } from './errors.js';
import type { QueryParams } from './request-url.js';
import type { JournalEntryType, JournalSort, MeetingStatus } from './types.js';

/** The journal's entry types (journalposttype): incoming, outgoing, internal notes with and without follow-up, case presentation. */
export const JOURNAL_ENTRY_TYPES = ['I', 'U', 'N', 'X', 'S'] as const;
export const JOURNAL_SORTS = ['relevance', 'journalDate'] as const;
/** What an access request can ask for. */
export const ACCESS_REQUEST_TARGET_KINDS = ['journal-entry', 'agenda-item', 'document'] as const;

/** Paths below the base URL, as named in spec/publication-api.yaml. */
export const PATHS = {
  service: '',
  /** Where servers that follow OpenAPI's joining of the server URL and `/` literally answer. */
  serviceWithSlash: '/',
  bodies: 'bodies',
  meetings: 'meetings',
  meeting: (id: string) => `meetings/${segment(id)}`,
  calendarFeed: 'meetings.ics',
  journal: 'journal',
  journalEntry: (id: string) => `journal/${segment(id)}`,
  units: 'units',
  accessRequests: 'access-requests',
} as const;

/** The contract's largest page: a busy month (1,001 meetings) needs 6 requests instead of 21, and fits under MAX_PAGES. */
export const MEETING_PAGE_SIZE = 200;

export interface MeetingQuery {
  /** A date (YYYY-MM-DD) or date-time; Dates are sent as UTC date-times. */
  from: string | Date;
  to: string | Date;
  /** Body ids; empty or absent for all bodies. */
  body?: string[];
  status?: MeetingStatus[];
}

/** The `GET /journal` filters of spec/publication-api.yaml. */
export interface JournalQuery {
  /**
   * Free text in eInnsyn's query language: words (all must match), `"phrases"`, `-exclusion`, `a | b`; matched against
   * public titles, numbers and unscreened correspondents.
   */
  q?: string;
  /** `relevance` (the server's default with `q`) or `journalDate`, newest first (the default without `q`). */
  sort?: JournalSort;
  /** Also search the text of published documents. */
  fulltext?: boolean;
  /** Journal dates, YYYY-MM-DD (a Date is taken as its day in Europe/Oslo). */
  from?: string | Date;
  to?: string | Date;
  type?: JournalEntryType[];
  /** Administrative units (administrativ enhet), exactly as `listUnits` names them; several match any of them. */
  unit?: string | string[];
  /** Case number (saksnummer), e.g. "2026/1234". */
  case?: string;
  /** Property (gnr/bnr or gnr/bnr/fnr), e.g. "12/34". */
  property?: string;
  /** Words of a sender's or recipient's public name (korrespondansepart). */
  correspondent?: string;
  /** Legal bases (skjermingshjemmel) such as "Offl. § 13"; entries whose basis begins with any of them. */
  exemptionBasis?: string[];
  limit?: number;
  /** The `next` link of the page before; when set, it replaces every other field of the query. */
  next?: string | null;
}

/** The query of `GET /meetings`. */
export function meetingParams(query: MeetingQuery): QueryParams {
  return {
    from: dateParam(query.from),
    to: dateParam(query.to),
    body: query.body?.length ? query.body : undefined,
    status: query.status?.length ? query.status : undefined,
    limit: MEETING_PAGE_SIZE,
  };
}

/** The query of `GET /journal`. */
export function journalParams(query: JournalQuery): QueryParams {
  const units = (typeof query.unit === 'string' ? [query.unit] : (query.unit ?? [])).map((unit) => unit.trim()).filter(Boolean);
  const bases = (query.exemptionBasis ?? []).map((basis) => basis.trim()).filter(Boolean);
  return {
    q: query.q?.trim() || undefined,
    sort: query.sort,
    fulltext: query.fulltext || undefined,
    from: query.from === undefined ? undefined : dayParam(query.from),
    to: query.to === undefined ? undefined : dayParam(query.to),
    type: query.type?.length ? query.type : undefined,
    unit: units.length ? units : undefined,
    case: query.case?.trim() || undefined,
    property: query.property?.trim() || undefined,
    correspondent: query.correspondent?.trim() || undefined,
    exemptionBasis: bases.length ? bases : undefined,
    limit: query.limit,
  };
}

function dateParam(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** The journal is filtered by calendar day: a Date becomes its day in Europe/Oslo, where the records are kept. */
function dayParam(value: string | Date): string {
  return typeof value === 'string' ? value : osloDateKey(value);
}

/** Ids come from untrusted data; "." and ".." would otherwise climb out of the collection's path. */
export function segment(id: string): string {
  if (id === '' || id === '.' || id === '..') {
    throw new ApiError('bad-request', id, `Not a valid id: "${id}".`);
  }
  return encodeURIComponent(id);
}

// The requests an element makes first, worked out from its attributes with the functions the element itself uses, so
// the loader can start them while the element's code downloads (src/api/prefetch.ts) and the element finds them there.
// Only our own contract: adapters (api-kind einnsyn, oparl) read other APIs in their own ways and are left to the element.
import { resolveBaseUrl } from '../api/base-url.js';
import { journalParams, meetingParams, PATHS } from '../api/queries.js';
import { prefetch } from '../api/prefetch.js';
import { pathUrl, withParams, type QueryParams } from '../api/request-url.js';
import { journalPageSize } from '../journal-search/page-size.js';
import { monthQuery, overviewQuery } from '../meeting-calendar/queries.js';
import { osloDateKey } from '../time/oslo.js';

type Request = [path: string, params?: QueryParams];
type Attribute = (name: string) => string;

/** Per tag; `stateInUrl`: the page URL holds the element's state (url-state), which the element reads instead. */
const FIRST_REQUESTS: Record<string, (attribute: Attribute, stateInUrl: boolean) => Request[]> = {
  'innsyn-meeting-calendar': (attribute, stateInUrl) => {
    const [month, body] = [attribute('month'), attribute('body')];
    const requests: Request[] = [[PATHS.service], [PATHS.bodies]];
    if (stateInUrl) return requests;
    requests.push([PATHS.meetings, meetingParams(monthQuery(month, body))]);
    if (!month) requests.push([PATHS.meetings, meetingParams(overviewQuery(body, new Date()))]);
    return requests;
  },
  'innsyn-agenda': (attribute, stateInUrl) => {
    const meeting = attribute('meeting').trim();
    return stateInUrl || !meeting ? [[PATHS.service]] : [[PATHS.meeting(meeting)], [PATHS.service]];
  },
  'innsyn-journal-search': (attribute, stateInUrl) => {
    const unit = attribute('unit').trim();
    const requests: Request[] = [[PATHS.service]];
    if (!unit) requests.push([PATHS.units]);
    if (stateInUrl) return requests;
    // The search with no filters: what toJournalQuery makes of EMPTY_FILTERS (test/bundle checks they agree).
    requests.push([PATHS.journal, journalParams({ unit: unit || undefined, limit: journalPageSize(Number(attribute('page-size'))) })]);
    return requests;
  },
};

/** Starts an element's first requests, in its language, for the element's client to take (src/api/prefetch.ts). */
export function startFirstRequests(element: Element, language: string): void {
  for (const url of firstRequests(element)) prefetch(url, language);
  warmUpDates();
}

/**
 * The browser's first date formatter loads its time-zone and locale data (ICU): 30–120 ms on a slow phone, which the
 * element's first render would otherwise pay. Made here, while the element's code is still downloading; the element
 * reuses this very formatter (src/time/oslo.ts), and its own formatters then find the data loaded.
 */
function warmUpDates(): void {
  osloDateKey(new Date());
}

/** The absolute URLs of an element's first GET requests; none for an unknown tag, an adapter or an unusable `api`. */
export function firstRequests(element: Element): string[] {
  const attribute: Attribute = (name) => element.getAttribute(name) ?? '';
  const requests = FIRST_REQUESTS[element.localName];
  if (!requests || (attribute('api-kind').trim().toLowerCase() || 'publication') !== 'publication') return [];
  try {
    const base = resolveBaseUrl(attribute('api'));
    const mode = attribute('url-state');
    const stateInUrl = (mode === 'query' ? location.search : mode === 'hash' ? location.hash : '').includes('innsyn-');
    return requests(attribute, stateInUrl).map(([path, params]) => withParams(pathUrl(base, path), params));
  } catch {
    // An api attribute the element cannot use (it says so itself), or an id no request can be made for.
    return [];
  }
}

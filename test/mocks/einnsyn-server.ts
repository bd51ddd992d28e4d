// A rendition of the eInnsyn API over the fixtures, as a fetch handler (msw in tests, Vite middleware in the demo):
// /enhet, /search, /moetemappe, /journalpost, POST /innsynskravBestilling, with expand, cursors and eInnsyn's errors.
import { eid } from '../fixtures/einnsyn/ids.js';
import { EINNSYN_BASE, enheter, journalposter, kommunen, moetemapper, type Entity } from '../fixtures/einnsyn/fixtures.js';

export interface EinnsynFakeOptions {
  /** Path prefix the API is mounted under (the demo serves it at /einnsyn-api). */
  basePath?: string;
  now?: () => number;
}

export interface EinnsynFake {
  handle(request: Request): Promise<Response>;
  /** Every request the fake answered, for tests that count them. */
  readonly requests: URL[];
  /** Orders received, newest last. */
  readonly orders: { email: string; innsynskrav: unknown[]; at: number }[];
}

const CORS = { 'Access-Control-Allow-Origin': '*' };

/** The fixtures' absolute URLs (file downloads) point at wherever the fake is served. */
let servedAt = EINNSYN_BASE;

function json(body: unknown, status = 200): Response {
  const text = JSON.stringify(body).split(EINNSYN_BASE).join(servedAt);
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', ...CORS } });
}
const error = (status: number, type: string, message: string) => json({ type, message }, status);

/**
 * Nested entities become their ids unless their dotted path (or a longer one) was asked for, as in eInnsyn; a reference
 * kept as an id (a neighbouring meeting) becomes its entity when its path is asked for.
 */
export function applyExpand(value: unknown, expand: Set<string>, path = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => applyExpand(item, expand, path));
  if (typeof value === 'string' && path && expand.has(path)) {
    const referenced = moetemapper.find((mappe) => mappe.id === value);
    return referenced ? applyExpand(referenced, expand, path) : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Entity;
  if (path && object.entity && !expand.has(path)) return object.id;
  return Object.fromEntries(Object.entries(object).map(([key, child]) => [key, applyExpand(child, expand, path ? `${path}.${key}` : key)]));
}

function expandSet(url: URL): Set<string> {
  const paths = url.searchParams.getAll('expand').flatMap((value) => value.split(',')).filter(Boolean);
  const set = new Set<string>();
  for (const path of paths) {
    const parts = path.split('.');
    for (let i = 1; i <= parts.length; i++) set.add(parts.slice(0, i).join('.'));
  }
  return set;
}

const list = (url: URL, name: string) => url.searchParams.getAll(name).flatMap((value) => value.split(',')).filter(Boolean);

function findEnhet(key: string): Entity | undefined {
  return enheter.find((e) => e.id === key || e.slug === key) ?? (/^\d{9}$/.test(key) ? kommunen : undefined);
}

function subtree(root: Entity): Set<string> {
  const ids = new Set<string>([root.id]);
  for (const child of (root.underenhet as Entity[] | undefined) ?? []) for (const id of subtree(child)) ids.add(id);
  return ids;
}

const refId = (value: unknown) => (typeof value === 'string' ? value : (value as Entity | undefined)?.id);
const osloDay = (value: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(value));

function search(url: URL): Response {
  const entities = list(url, 'entity');
  let items: Entity[] = [
    ...(entities.length === 0 || entities.includes('Moetemappe') ? moetemapper : []),
    ...(entities.length === 0 || entities.includes('Journalpost') ? journalposter : []),
  ];
  const unitOf = (item: Entity) => refId(item.entity === 'Moetemappe' ? item.utvalgObjekt : item.administrativEnhetObjekt);
  const under = list(url, 'administrativEnhet').map(findEnhet);
  if (under.length) {
    const allowed = new Set(under.flatMap((unit) => (unit ? [...subtree(unit)] : [])));
    items = items.filter((item) => allowed.has(unitOf(item) ?? ''));
  }
  const exact = list(url, 'administrativEnhetExact').map((key) => findEnhet(key)?.id);
  if (exact.length) items = items.filter((item) => exact.includes(unitOf(item)));
  const range = (field: string, from: string | null, to: string | null) => {
    if (from) items = items.filter((item) => osloDay(String(item[field])) >= from);
    if (to) items = items.filter((item) => osloDay(String(item[field])) <= to);
  };
  range('moetedato', url.searchParams.get('moetedatoFrom'), url.searchParams.get('moetedatoTo'));
  range('journaldato', url.searchParams.get('journaldatoFrom'), url.searchParams.get('journaldatoTo'));
  const types = list(url, 'journalposttype');
  if (types.length) items = items.filter((item) => types.includes(String(item.journalposttype)));
  const contains = (haystack: unknown, needle: string) => String(haystack ?? '').toLowerCase().includes(needle.toLowerCase());
  for (const name of list(url, 'korrespondansepartNavn')) {
    items = items.filter((item) => ((item.korrespondansepart as Entity[]) ?? []).some((p) => contains(p.korrespondansepartNavn, name)));
  }
  for (const basis of list(url, 'skjermingshjemmel')) items = items.filter((item) => contains((item.skjerming as Entity | undefined)?.skjermingshjemmel, basis));
  const saksaar = url.searchParams.get('saksaar');
  const sekvens = url.searchParams.get('sakssekvensnummer');
  if (saksaar) items = items.filter((item) => String((item.saksmappe as Entity | undefined)?.saksaar) === saksaar);
  if (sekvens) items = items.filter((item) => String((item.saksmappe as Entity | undefined)?.sakssekvensnummer) === sekvens);
  const query = url.searchParams.get('query');
  if (query) {
    const words = query.replace(/"/g, '').split(/\s+/).filter(Boolean);
    items = items.filter((item) => words.every((word) => (word.startsWith('-') ? !contains(item.offentligTittel, word.slice(1)) : contains(item.offentligTittel, word))));
  }
  const sortBy = url.searchParams.get('sortBy') ?? 'score';
  const sortField = sortBy === 'moetedato' || sortBy === 'journaldato' ? sortBy : 'id';
  const desc = (url.searchParams.get('sortOrder') ?? 'desc') === 'desc';
  const key = (item: Entity) => `${String(item[sortField] ?? '')}|${item.id}`;
  items.sort((a, b) => (desc ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
  return page(url, items, key);
}

/** Cursor paging as eInnsyn does it: `startingAfter`/`endingBefore` = [sort value, id], links relative to the API. */
function page(url: URL, items: Entity[], key: (item: Entity) => string): Response {
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 25) || 25));
  const after = url.searchParams.get('startingAfter');
  const before = url.searchParams.get('endingBefore');
  let start = 0;
  if (after) start = items.findIndex((item) => key(item) === after.replace(',', '|')) + 1;
  if (before) start = Math.max(0, items.findIndex((item) => key(item) === before.replace(',', '|')) - limit);
  const slice = items.slice(start, start + limit);
  const link = (param: string, item: Entity) => {
    const next = new URL(url);
    next.searchParams.delete('startingAfter');
    next.searchParams.delete('endingBefore');
    next.searchParams.set(param, key(item).replace('|', ','));
    return `${next.pathname}${next.search}`;
  };
  const expand = expandSet(url);
  return json({
    items: slice.map((item) => applyExpand(item, expand)),
    next: start + limit < items.length ? link('startingAfter', slice[slice.length - 1]!) : undefined,
    previous: start > 0 && slice[0] ? link('endingBefore', slice[0]) : undefined,
  });
}

function order(body: unknown, fake: EinnsynFake, now: number): Response {
  if (typeof body !== 'object' || body === null) return error(400, 'badRequest', 'Malformed JSON');
  const { email, language, innsynskrav, ...unknown } = body as Record<string, unknown>;
  const unknownFields = Object.keys(unknown);
  if (unknownFields.length) {
    return json({ type: 'validationError', message: 'Unknown fields', fieldError: unknownFields.map((fieldName) => ({ fieldName, message: 'Unknown field' })) }, 400);
  }
  if (typeof email !== 'string' || !email.includes('@') || !Array.isArray(innsynskrav) || innsynskrav.length === 0 || innsynskrav.length > 50) {
    return json({ type: 'validationError', message: 'Invalid order', fieldError: [{ fieldName: 'innsynskrav' }] }, 400);
  }
  if (language !== undefined && !['nb', 'nn', 'en', 'se'].includes(String(language))) return json({ type: 'validationError', message: 'Invalid language', fieldError: [{ fieldName: 'language' }] }, 400);
  for (const krav of innsynskrav) {
    const id = (krav as { journalpost?: unknown } | null)?.journalpost;
    if (!journalposter.some((post) => post.id === id)) return error(404, 'notFound', `Journalpost not found: ${String(id)}`);
  }
  if (fake.orders.some((earlier) => earlier.email === email && now - earlier.at < 3_600_000)) {
    return error(429, 'tooManyUnverifiedOrders', `Too many unverified orders for e-mail ${email}`);
  }
  fake.orders.push({ email, innsynskrav, at: now });
  const n = fake.orders.length;
  return json(
    {
      entity: 'InnsynskravBestilling',
      id: eid('ik', n),
      email,
      verified: false,
      language: language ?? 'nb',
      innsynskrav: innsynskrav.map((_, index) => eid('ikd', n * 100 + index)),
    },
    201,
  );
}

export function createEinnsynFake(options: EinnsynFakeOptions = {}): EinnsynFake {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const fake: EinnsynFake = {
    requests: [],
    orders: [],
    async handle(request) {
      const url = new URL(request.url);
      fake.requests.push(url);
      servedAt = `${url.origin}${basePath}`;
      if (request.method === 'OPTIONS') {
        return new Response(null, { status: 204, headers: { ...CORS, 'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE', 'Access-Control-Allow-Headers': '*' } });
      }
      const path = url.pathname.slice(basePath.length);
      const expand = expandSet(url);
      let m: RegExpExecArray | null;
      if (request.method === 'POST' && path === '/innsynskravBestilling') {
        const body: unknown = await request.json().catch(() => undefined);
        return order(body, fake, now());
      }
      if (request.method !== 'GET') return error(405, 'methodNotAllowed', 'Method not allowed');
      if (path === '/search') return search(url);
      if ((m = /^\/enhet\/([^/]+)\/underenhet$/.exec(path))) {
        const unit = findEnhet(decodeURIComponent(m[1]!));
        if (!unit) return error(404, 'notFound', 'Enhet not found');
        const children = (unit.underenhet as Entity[] | undefined) ?? [];
        return page(url, children, (item) => item.id);
      }
      if ((m = /^\/enhet\/([^/]+)$/.exec(path))) {
        const unit = findEnhet(decodeURIComponent(m[1]!));
        return unit ? json(applyExpand(unit, expand)) : error(404, 'notFound', 'Enhet not found');
      }
      if ((m = /^\/moetemappe\/([^/]+)$/.exec(path))) {
        const mappe = moetemapper.find((item) => item.id === decodeURIComponent(m![1]!));
        return mappe ? json(applyExpand(mappe, expand)) : error(404, 'notFound', 'Moetemappe not found');
      }
      if ((m = /^\/journalpost\/([^/]+)$/.exec(path))) {
        const post = journalposter.find((item) => item.id === decodeURIComponent(m![1]!));
        return post ? json(applyExpand(post, expand)) : error(404, 'notFound', 'Journalpost not found');
      }
      if ((m = /^\/dokumentobjekt\/([^/]+)\/download$/.exec(path))) {
        return new Response('%PDF-1.4\n% fixture\n', { headers: { 'Content-Type': 'application/pdf', ...CORS } });
      }
      return error(404, 'notFound', `No route ${path}`);
    },
  };
  return fake;
}

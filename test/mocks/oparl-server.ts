// A rendition of an OParl endpoint over the fixtures, as a fetch handler (msw in tests, Vite middleware in the demo):
// objects by their URL, external lists paginated with links.next.
import { body, FAILING_FILE, listedItemPages, meetingListed, meetingPages, meetingReferenced, OPARL_BASE, organizationPages, referencedFiles, referencedItems, system, type OparlObject } from '../fixtures/oparl/fixtures.js';

const CORS = { 'Access-Control-Allow-Origin': '*' };

export interface OparlFake {
  handle(request: Request): Promise<Response>;
  readonly requests: URL[];
}

/** Serves the fixtures under `base` (default: their own https://oparl.example.org/oparl/v1). */
export function createOparlFake(base = OPARL_BASE): OparlFake {
  const root = base.replace(/\/+$/, '');
  const rebase = (value: unknown) => JSON.parse(JSON.stringify(value).split(OPARL_BASE).join(root)) as unknown;
  const lists = new Map<string, OparlObject[][]>([
    [`${OPARL_BASE}/bodies`, [[body]]],
    [`${OPARL_BASE}/body/1/organizations`, organizationPages],
    [`${OPARL_BASE}/body/1/meetings`, meetingPages],
    [`${OPARL_BASE}/meeting/284/agendaItems`, listedItemPages],
  ]);
  const objects = new Map<string, OparlObject>();
  for (const object of [system, body, ...organizationPages.flat(), ...meetingPages.flat(), meetingListed, meetingReferenced, ...referencedItems, ...referencedFiles]) {
    objects.set(object.id, object);
  }

  const fake: OparlFake = {
    requests: [],
    async handle(request) {
      const url = new URL(request.url);
      fake.requests.push(url);
      const key = `${OPARL_BASE}${url.pathname.slice(new URL(root).pathname.replace(/\/+$/, '').length)}`.replace(/\/+$/, '');
      const json = (value: unknown, status = 200) => new Response(JSON.stringify(rebase(value)), { status, headers: { 'Content-Type': 'application/json', ...CORS } });
      const pages = lists.get(key);
      if (pages) {
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const next = page < pages.length ? `${key}?page=${page + 1}` : undefined;
        return json({ data: pages[page - 1] ?? [], pagination: { currentPage: page, totalPages: pages.length }, links: next ? { next } : {} });
      }
      if (key === FAILING_FILE) return json({ error: 'internal error' }, 500);
      const object = objects.get(key) ?? objects.get(`${key}/`) ?? (key === OPARL_BASE ? system : undefined);
      if (object) return json(object);
      if (/\/file\/\d+\.pdf$/.test(key)) return new Response('%PDF-1.4\n', { headers: { 'Content-Type': 'application/pdf', ...CORS } });
      return json({ error: 'not found' }, 404);
    },
  };
  return fake;
}

// GET / (service document) and GET /bodies.
import { BODY_KINDS } from '../../../src/api/schemas.js';
import type { Body } from '../../../src/api/types.js';
import type { RouteHandler } from '../context.js';
import { pageOf, readPaging } from '../paging.js';
import { QueryReader } from '../query.js';
import { CACHE_ITEM, CACHE_LIST, json } from '../responses.js';

export const getService: RouteHandler = ({ dataset }) => json(dataset.service, { cache: CACHE_ITEM });

export const listBodies: RouteHandler = ({ dataset, url }) => {
  const query = new QueryReader(url.searchParams);
  const active = query.boolean('active');
  const paging = readPaging(query);
  query.check();
  const items = dataset.bodies.filter((body) => active === undefined || body.active === active).sort(byKindThenName);
  return json(pageOf(items, paging, url), { cache: CACHE_LIST });
};

/** The contract's order: councils first, then by kind, then by name. */
function byKindThenName(a: Body, b: Body): number {
  return BODY_KINDS.indexOf(a.kind) - BODY_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'nb');
}

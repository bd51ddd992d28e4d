// GET /journal and GET /journal/{id}.
import type { RouteHandler } from '../context.js';
import { pageOf, readPaging } from '../paging.js';
import { ProblemError } from '../problem.js';
import { QueryReader } from '../query.js';
import { CACHE_ITEM, CACHE_LIST, json } from '../responses.js';
import { readJournalFilter } from './journal-filter.js';

export const listJournal: RouteHandler = ({ dataset, url }) => {
  const query = new QueryReader(url.searchParams);
  const matches = readJournalFilter(query);
  const paging = readPaging(query);
  query.check();
  return json(pageOf(dataset.journal.filter(matches), paging, url), { cache: CACHE_LIST });
};

export const getJournalEntry: RouteHandler = ({ index, id }) => {
  const entry = index.journal.get(id);
  if (!entry) throw new ProblemError('not-found', `No journal entry has the id "${id}".`);
  return json(entry, { cache: CACHE_ITEM });
};

// GET /journal, GET /journal/{id} and GET /units.
import type { RouteHandler } from '../context.js';
import { pageOf, readPaging } from '../paging.js';
import { ProblemError } from '../problem.js';
import { QueryReader } from '../query.js';
import { CACHE_ITEM, CACHE_LIST, json } from '../responses.js';
import { readJournalSearch } from '../search/journal-search.js';
import { searchJournalInMemory } from '../search/memory-journal.js';

export const listJournal: RouteHandler = ({ dataset, url }) => {
  const query = new QueryReader(url.searchParams);
  const search = readJournalSearch(query);
  const paging = readPaging(query);
  query.check();
  const page = pageOf(searchJournalInMemory(dataset.journal, search), paging, url);
  return json({ ...page, totalAtLeast: null }, { cache: CACHE_LIST });
};

export const getJournalEntry: RouteHandler = ({ index, id }) => {
  const entry = index.journal.get(id);
  if (!entry) throw new ProblemError('not-found', `No journal entry has the id "${id}".`);
  return json(entry, { cache: CACHE_ITEM });
};

export const listUnits: RouteHandler = ({ dataset, url }) => {
  const query = new QueryReader(url.searchParams);
  const paging = readPaging(query);
  query.check();
  const names = [...new Set(dataset.journal.map((entry) => entry.unit))].sort((a, b) => a.localeCompare(b, 'nb'));
  return json(pageOf(names.map((name) => ({ name })), paging, url), { cache: CACHE_LIST });
};

// The journal search on the database's full-text index: Norwegian stemming, ranking, keyset cursors that stay stable
// while the journal grows, a lower bound instead of a total, and screened text that no search can reach.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { JournalEntry } from '../../src/api/types.js';
import { openDatabase, type Database } from '../../sample/server/db/database.js';
import { createDatabaseJournal } from '../../sample/server/db/journal-db.js';
import { appendJournal, loadPublication } from '../../sample/server/db/load.js';
import { ensureSchema } from '../../sample/server/db/schema.js';
import type { JournalSearch } from '../../sample/server/search/journal-search.js';
import { parseSearchQuery } from '../../sample/server/search/query-language.js';
import type { JournalStore } from '../../sample/server/store.js';
import { backendName, testDatabase, type TestDatabase } from './test-database.js';

const entry = (id: string, journalDate: string, title: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  journalNumber: `2025/${id.replace(/\D/g, '') || 1}-1`,
  journalDate,
  documentDate: null,
  type: 'I',
  title,
  titleScreened: false,
  caseNumber: `2025/${id.replace(/\D/g, '') || 1}`,
  caseTitle: 'Diverse',
  correspondents: [],
  unit: 'Oppvekst',
  exemptionBasis: null,
  propertyNumbers: [],
  documents: [],
  canRequestAccess: true,
  ...extra,
});

const JOURNAL = [
  entry('e1', '2025-03-01', 'Søknad om plass i barnehage'),
  entry('e2', '2025-03-02', 'Søknader om tilskudd til barnehagene'),
  entry('e3', '2025-03-03', 'Klage på vedtak om skoleskyss', { caseTitle: 'Barnehage og skole' }),
  entry('e4', '2025-03-04', 'Vedtak om *****', {
    titleScreened: true,
    correspondents: [{ role: 'recipient', name: 'Kari *****', screened: true }],
    exemptionBasis: 'Offl. § 13 jf. fvl. § 13',
  }),
  entry('e5', '2025-03-05', 'Referat fra foreldremøte i barnehagen'),
];

let db: Database;
let journal: JournalStore;
let database: TestDatabase;

const search = (q: string | undefined, extra: Partial<JournalSearch> = {}): JournalSearch => ({
  query: q === undefined ? undefined : parseSearchQuery(q),
  sort: q === undefined ? 'journalDate' : 'relevance',
  fulltext: false,
  types: [],
  units: [],
  exemptionBases: [],
  ...extra,
});

async function ids(q: string | undefined, extra: Partial<JournalSearch> = {}, store = journal): Promise<string[]> {
  const result = await store.search(search(q, extra), 50, undefined);
  return result!.items.map((item) => item.id);
}

before(async () => {
  database = await testDatabase();
  db = await openDatabase({ databaseUrl: database.databaseUrl });
  await ensureSchema(db);
  await loadPublication(db, { bodies: [], meetings: [], journal: JOURNAL });
  journal = createDatabaseJournal(db);
});

after(async () => {
  await db.close();
  await database.drop();
});

describe(`the journal index on ${backendName}`, () => {
  it('stems Norwegian words: søknader finds søknad, barnehage finds barnehagene and barnehagen', async () => {
    assert.deepEqual(new Set(await ids('søknader')), new Set(['e1', 'e2']));
    assert.deepEqual(new Set(await ids('barnehage')), new Set(['e1', 'e2', 'e3', 'e5']));
  });

  it('ranks title hits above case-title hits', async () => {
    const ranked = await ids('barnehage');
    assert.equal(ranked.at(-1), 'e3', ranked.join());
  });

  it('reads phrases, exclusion and either-or', async () => {
    assert.deepEqual(await ids('"plass i barnehage"'), ['e1']);
    assert.deepEqual(await ids('"barnehage plass"'), []);
    assert.deepEqual(new Set(await ids('barnehage -søknad')), new Set(['e3', 'e5']));
    assert.deepEqual(new Set(await ids('skoleskyss | foreldremøte')), new Set(['e3', 'e5']));
    assert.deepEqual(await ids('om'), [], 'a query of only stop words matches nothing');
  });

  it('never matches screened text or the masks that stand for it', async () => {
    assert.deepEqual(await ids('Kari'), []);
    assert.deepEqual(await ids('*****'), []);
    assert.deepEqual(await ids('vedtak', { sort: 'journalDate' }), ['e4', 'e3']);
    const rows = await db.query<{ search: string }>(`SELECT search::text AS search FROM journal WHERE id = 'e4'`);
    assert.doesNotMatch(rows[0]!.search, /kari|\*/i);
  });

  it('keeps its pages when entries are journaled while someone pages through', async () => {
    const first = await journal.search(search(undefined), 2, undefined);
    assert.deepEqual(first!.items.map((item) => item.id), ['e5', 'e4']);
    await appendJournal(db, [entry('e6', '2025-03-06', 'Ny søknad om barnehageplass')]);
    const second = await journal.search(search(undefined), 2, first!.after!);
    assert.deepEqual(second!.items.map((item) => item.id), ['e3', 'e2']);
    await db.query(`DELETE FROM journal WHERE id = 'e6'`);
  });

  it('pages ranked results without overlap or gaps', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await journal.search(search('barnehage | vedtak'), 1, after);
      seen.push(...page!.items.map((item) => item.id));
      after = page!.after ?? undefined;
    } while (after);
    assert.deepEqual(seen.sort(), ['e1', 'e2', 'e3', 'e4', 'e5']);
    assert.equal(await journal.search(search('barnehage'), 1, '["not","a","cursor"]'), undefined);
  });

  it('gives a lower bound instead of a total when counting would go past its limit', async () => {
    const capped = createDatabaseJournal(db, undefined, { countLimit: 3 });
    const page = await capped.search(search(undefined), 2, undefined);
    assert.deepEqual([page!.total, page!.totalAtLeast], [null, 4]);
    const small = await capped.search(search('søknad'), 2, undefined);
    assert.deepEqual([small!.total, small!.totalAtLeast], [2, null]);
  });

  it('ranks only the newest matches when a query matches very many, then lists the older ones newest first, on stable pages', async () => {
    // e1 is the best match for barnehage (title and nothing else), but with room to rank only the newest three matches
    // (e5, e3, e2), it comes after them; the full ranking puts it first.
    const full = await ids('barnehage');
    const bounded = createDatabaseJournal(db, undefined, { rankLimit: 3 });
    const ranked = await ids('barnehage', {}, bounded);
    assert.deepEqual(new Set(ranked.slice(0, 3)), new Set(['e5', 'e3', 'e2']));
    assert.equal(ranked[3], 'e1');
    assert.deepEqual(new Set(ranked), new Set(full));
    assert.equal(ranked.slice(0, 3).join(), full.filter((id) => id !== 'e1').join(), 'the newest matches keep their relevance order');
    // Paged one and two at a time, across the turn from ranked to dated, every match comes exactly once, in one order.
    for (const size of [1, 2, 3]) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await bounded.search(search('barnehage'), size, after);
        seen.push(...page!.items.map((item) => item.id));
        after = page!.after ?? undefined;
      } while (after);
      assert.deepEqual(seen, ranked, `pages of ${size}`);
    }
    const byDate = createDatabaseJournal(db, undefined, { rankLimit: 1 });
    assert.deepEqual(await ids('barnehage', {}, byDate), ['e5', 'e3', 'e2', 'e1']);
  });
});

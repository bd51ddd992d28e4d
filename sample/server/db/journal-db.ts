// The journal search on PostgreSQL's full-text index: the 'norwegian' configuration stems words (søknader finds
// søknad), websearch_to_tsquery reads each word or phrase, the parsed query language combines them with & | !, GIN
// indexes answer, ts_rank orders by relevance (title A, case title B, names C, document titles D), and pages are
// keyset cursors, so an entry journaled while someone pages never shifts or repeats a page.
// Ranking reads every match's vector, which for a word in most titles is most of the journal (0.2-0.9 s at 240 000
// entries). So when a query matches more than RANK_LIMIT entries, only the newest RANK_LIMIT matches are ranked, and the
// rest follow them newest first: the first pages stay relevant, the cost stays bounded, and both parts are keyset pages.
import type { JournalEntry } from '../../../src/api/types.js';
import type { JournalSearch } from '../search/journal-search.js';
import type { Operand } from '../search/query-language.js';
import type { JournalResult, JournalStore } from '../store.js';
import type { Queryable } from './database.js';

/** Counting stops here; beyond it the page says "at least" (totalAtLeast): no one reads a thousand hits. */
export const COUNT_LIMIT = 1_000;
/** At most this many matches are ordered by relevance: the newest ones; older matches follow by date. */
export const RANK_LIMIT = 1_000;
/** The rank in cursors of the date-ordered rest after the ranked matches (ts_rank is never negative). */
const UNRANKED = -1;

export interface JournalLimits {
  countLimit?: number;
  rankLimit?: number;
}

interface Row {
  id: string;
  d: string;
  number_key: string;
  rank: number | null;
  doc: JournalEntry;
}

class Sql {
  readonly params: unknown[] = [];
  readonly where: string[] = [];
  param(value: unknown, cast = ''): string {
    this.params.push(value);
    return `$${this.params.length}${cast}`;
  }
  /** The same parameters, to add more for one statement. */
  copy(): Sql {
    const copy = new Sql();
    copy.params.push(...this.params);
    return copy;
  }
}

export function createDatabaseJournal(db: Queryable, rebase: <T>(value: T) => T = (value) => value, limits: JournalLimits = {}): JournalStore {
  const countLimit = limits.countLimit ?? COUNT_LIMIT;
  const rankLimit = limits.rankLimit ?? RANK_LIMIT;
  return {
    async search(search, limit, after) {
      const position = after === undefined ? undefined : parsePosition(after, search.sort === 'relevance' && !!search.query);
      if (after !== undefined && !position) return undefined;
      const sql = new Sql();
      filters(sql, search);
      const tsquery = search.query ? await textQuery(db, sql, search) : undefined;
      if (tsquery === null) return { items: [], after: null, total: 0, totalAtLeast: null };
      const where = sql.where.length > 0 ? `WHERE ${sql.where.join(' AND ')}` : '';
      const vector = search.fulltext ? 'search_fulltext' : 'search';
      const byRank = search.sort === 'relevance' && tsquery !== undefined;
      const counted = Math.max(countLimit, rankLimit);
      const countSql = `SELECT count(*)::int AS n FROM (SELECT 1 FROM journal j ${where} LIMIT ${counted + 1}) c`;
      const [{ n } = { n: 0 }] = await db.query<{ n: number }>(countSql, sql.params);
      const dateOrder = 'journal_date DESC, number_key DESC, id DESC';
      const rankOrder = `rank DESC, ${dateOrder}`;
      const readPage = async (sqlOf: (page: Sql) => string, order: string): Promise<Row[]> => {
        const page = sql.copy();
        // The page is chosen on narrow columns; only its own rows' documents are read.
        return db.query<Row>(
          `WITH page AS (${sqlOf(page)})
           SELECT page.id, page.journal_date::text AS d, page.number_key, page.rank, journal.doc
           FROM page JOIN journal USING (id) ORDER BY ${order.replace(/\b(rank|journal_date|number_key|id)\b/g, 'page.$1')}`,
          page.params,
        );
      };
      const keysetAfter = (page: Sql, values: (string | number)[], ranked: boolean) => {
        const columns = ranked ? '(rank, journal_date, number_key, id)' : '(journal_date, number_key, id)';
        const casts = ranked ? ['::float4', '::date', '::text', '::text'] : ['::date', '::text', '::text'];
        return `${columns} < (${values.map((value, index) => page.param(value, casts[index])).join(', ')})`;
      };
      const byDate = (page: Sql, after: (string | number)[] | undefined, take: number, rankValue: string) =>
        `SELECT id, journal_date, number_key, ${rankValue} AS rank FROM journal j ${where}${after ? ` ${where ? 'AND' : 'WHERE'} ${keysetAfter(page, after, false)}` : ''}
         ORDER BY ${dateOrder} LIMIT ${page.param(take, '::int')}`;

      let rows: Row[];
      if (!byRank) {
        rows = await readPage((page) => byDate(page, position, limit + 1, 'NULL::float4'), dateOrder);
      } else if (n <= rankLimit) {
        rows = await readPage(
          (page) => `SELECT id, journal_date, number_key, rank FROM (
               SELECT id, journal_date, number_key, ts_rank(${vector}, ${tsquery})::float4 AS rank FROM journal j ${where}
             ) m ${position ? `WHERE ${keysetAfter(page, position, true)}` : ''}
             ORDER BY ${rankOrder} LIMIT ${page.param(limit + 1, '::int')}`,
          rankOrder,
        );
      } else {
        // The newest rankLimit matches by relevance, then every older match by date.
        const candidates = `SELECT id, journal_date, number_key, ${vector} FROM journal j ${where} ORDER BY ${dateOrder} LIMIT ${rankLimit}`;
        const inRanked = position === undefined || position[0] !== UNRANKED;
        rows = inRanked
          ? await readPage(
              (page) => `SELECT id, journal_date, number_key, rank FROM (
                   SELECT id, journal_date, number_key, ts_rank(${vector}, ${tsquery})::float4 AS rank FROM (${candidates}) c
                 ) m ${position ? `WHERE ${keysetAfter(page, position, true)}` : ''}
                 ORDER BY ${rankOrder} LIMIT ${page.param(limit + 1, '::int')}`,
              rankOrder,
            )
          : [];
        if (rows.length <= limit) {
          let from = position?.slice(1);
          if (inRanked) {
            const [last] = await db.query<{ d: string; number_key: string; id: string }>(
              `SELECT journal_date::text AS d, number_key, id FROM (${candidates}) c ORDER BY ${dateOrder.replace(/DESC/g, 'ASC')} LIMIT 1`,
              sql.params,
            );
            from = last ? [last.d, last.number_key, last.id] : undefined;
          }
          if (from) rows = rows.concat(await readPage((page) => byDate(page, from, limit + 1 - rows.length, `${UNRANKED}::float4`), dateOrder));
        }
      }
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const result: JournalResult = {
        items: page.map((row) => rebase(row.doc)),
        after: rows.length > limit && last ? JSON.stringify(byRank ? [last.rank, last.d, last.number_key, last.id] : [last.d, last.number_key, last.id]) : null,
        total: n > countLimit ? null : n,
        totalAtLeast: n > countLimit ? Math.min(n, countLimit + 1) : null,
      };
      return result;
    },
    async get(id) {
      const [row] = await db.query<{ doc: JournalEntry }>('SELECT doc FROM journal WHERE id = $1', [id]);
      return row ? rebase(row.doc) : undefined;
    },
    async units() {
      const rows = await db.query<{ unit: string }>('SELECT DISTINCT unit FROM journal');
      return rows.map((row) => row.unit).sort((a, b) => a.localeCompare(b, 'nb'));
    },
  };
}

function filters(sql: Sql, search: JournalSearch): void {
  if (search.from) sql.where.push(`journal_date >= ${sql.param(search.from, '::date')}`);
  if (search.to) sql.where.push(`journal_date <= ${sql.param(search.to, '::date')}`);
  if (search.types.length) sql.where.push(`type::text = ANY(${sql.param(search.types, '::text[]')})`);
  if (search.units.length) sql.where.push(`unit = ANY(${sql.param(search.units, '::text[]')})`);
  if (search.caseNumber) sql.where.push(`case_number = ${sql.param(search.caseNumber)}`);
  if (search.property) {
    const { gnr, bnr, fnr } = search.property;
    const festenummer = fnr === undefined ? '' : ` AND coalesce(p.fnr, 0) = ${sql.param(fnr, '::int')}`;
    sql.where.push(
      `EXISTS (SELECT 1 FROM journal_properties p WHERE p.entry_id = j.id AND p.gnr = ${sql.param(gnr, '::int')} AND p.bnr = ${sql.param(bnr, '::int')}${festenummer})`,
    );
  }
  if (search.correspondent) {
    const wanted = search.correspondent;
    if (wanted.length === 0) sql.where.push('false');
    else {
      // The index finds entries with every word somewhere among the names; the array check keeps those where one
      // person's name has them all. Words are letters and digits only, so they are safe in tsquery and LIKE.
      sql.where.push(`correspondent_search @@ to_tsquery('simple', ${sql.param(wanted.map((word) => `${word}:*`).join(' & '))})`);
      const likes = wanted.map((word) => `(' ' || n) LIKE ${sql.param(`% ${word}%`)}`).join(' AND ');
      sql.where.push(`EXISTS (SELECT 1 FROM unnest(correspondent_names) n WHERE ${likes})`);
    }
  }
  if (search.exemptionBases.length) {
    const prefixes = search.exemptionBases.map((basis) => `exemption_key LIKE ${sql.param(`${basis.join(' ')} %`)}`);
    sql.where.push(`(${prefixes.join(' OR ')})`);
  }
}

/**
 * Adds the text conditions and returns the SQL of the tsquery to rank by (undefined when only numbers were asked
 * for), or null when the query can match nothing.
 */
async function textQuery(db: Queryable, sql: Sql, search: JournalSearch): Promise<string | undefined | null> {
  const query = search.query;
  if (!query) return undefined;
  const operands = [...query.all.flat(), ...query.none].filter((operand) => operand.kind !== 'reference');
  const rendered = operands.map((operand) => (operand.kind === 'word' ? operand.word : `"${operand.kind === 'phrase' ? operand.words.join(' ') : ''}"`));
  const parsed = rendered.length
    ? await db.query<{ q: string }>(
        `SELECT websearch_to_tsquery('norwegian', t)::text AS q FROM unnest($1::text[]) WITH ORDINALITY u(t, n) ORDER BY n`,
        [rendered],
      )
    : [];
  const tsqueryOf = new Map<Operand, string>();
  operands.forEach((operand, index) => {
    const text = parsed[index]?.q ?? '';
    // Stop words ('og', 'om') parse to nothing and are left out, as in any search engine.
    if (text !== '') tsqueryOf.set(operand, `(${text})`);
  });

  const vector = search.fulltext ? 'search_fulltext' : 'search';
  const combined: string[] = [];
  for (const group of query.all) {
    const texts = group.map((operand) => tsqueryOf.get(operand)).filter((text): text is string => !!text);
    const references = group.flatMap((operand) => (operand.kind === 'reference' ? [operand.reference] : []));
    if (references.length === 0) {
      if (texts.length) combined.push(`(${texts.join(' | ')})`);
      continue;
    }
    const parts = [`case_number = ANY(${sql.param(references, '::text[]')}) OR journal_number = ANY(${sql.param(references, '::text[]')})`];
    if (texts.length) parts.push(`${vector} @@ ${sql.param(texts.join(' | '), '::tsquery')}`);
    sql.where.push(`(${parts.join(' OR ')})`);
  }
  const hasPositive = combined.length > 0 || query.all.some((group) => group.some((operand) => operand.kind === 'reference'));
  if (!hasPositive) return null;
  for (const operand of query.none) {
    if (operand.kind === 'reference') {
      sql.where.push(`NOT (case_number = ${sql.param(operand.reference)} OR journal_number = ${sql.param(operand.reference)})`);
      continue;
    }
    const text = tsqueryOf.get(operand);
    if (!text) continue;
    if (combined.length) combined.push(`!${text}`);
    else sql.where.push(`NOT (${vector} @@ ${sql.param(text, '::tsquery')})`);
  }
  if (!combined.length) return undefined;
  const tsquery = sql.param(combined.join(' & '), '::tsquery');
  sql.where.push(`${vector} @@ ${tsquery}`);
  return tsquery;
}

function parsePosition(after: string, byRank: boolean): (string | number)[] | undefined {
  try {
    const value = JSON.parse(after) as unknown;
    if (!Array.isArray(value) || value.length !== (byRank ? 4 : 3)) return undefined;
    const [first, ...rest] = value as unknown[];
    if (byRank && typeof first !== 'number') return undefined;
    const texts = byRank ? rest : value;
    if (!texts.every((item) => typeof item === 'string' && item.length <= 200)) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(texts[0]))) return undefined;
    return value as (string | number)[];
  } catch {
    return undefined;
  }
}

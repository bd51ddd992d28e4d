// The publication server's figures for `npm run bench`: start-up (first start fills the database), journal search
// p50/p95 over HTTP at 60 000 and 240 000 entries, and access-request POST throughput with durable commits.
// Runs on the embedded PGlite, or on PostgreSQL when DATABASE_URL names an empty database. Prints figures only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSampleServer, type SampleServer } from '../sample/server/start.js';

const SEARCHES = [
  'q=s%C3%B8knad',
  'q=s%C3%B8knader%20om%20dispensasjon',
  'q=%22s%C3%B8knad%20om%20dispensasjon%22',
  'q=barnehage%20%7C%20skole',
  'q=vedtak%20-klage',
  'q=reguleringsplan&sort=journalDate',
  'q=vedtak&fulltext=true',
  'q=s%C3%B8knad&type=I&from=2025-01-01&to=2025-12-31',
  'type=U',
  'unit=Plan%20og%20bygg',
  'correspondent=statsforvalteren',
  'exemptionBasis=Offl.%20%C2%A7%2013',
  'property=1/105',
  '',
];
const RUNS = 15;
const POSTS = 300;
const POST_CONCURRENCY = 8;

/**
 * A GET that is tried once more when the connection was reset: after a long pause (the word statistics at 240 000
 * entries) the pooled keep-alive connection may be one the server has just closed.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function start(dataDir: string, journalSize: number): Promise<{ server: SampleServer; ms: number }> {
  const started = performance.now();
  const server = await startSampleServer({
    port: 0,
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    journalSize,
    postRate: false,
    maxUnconfirmedPerEmail: Number.POSITIVE_INFINITY,
  });
  return { server, ms: performance.now() - started };
}

async function searchTimes(server: SampleServer, searches: string[] = SEARCHES): Promise<number[]> {
  const times: number[] = [];
  for (const search of searches) await (await get(`${server.url}/journal?${search}`)).arrayBuffer();
  for (let run = 0; run < RUNS; run++) {
    for (const search of searches) {
      const started = performance.now();
      const response = await get(`${server.url}/journal?${search}&limit=25`);
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

/**
 * The three title words in the most entries, and three in about 1 in 1 000 entries (20 to 100 of 60 000), from the index
 * itself: ranking by relevance costs most for a word in many titles, so those are timed apart from the mixed queries.
 * The common words are also timed with fulltext=true (document titles too), where they match still more entries.
 */
async function commonAndRareWords(server: SampleServer): Promise<{ common: string[]; rare: string[]; share: number }> {
  const [{ n: entries } = { n: 1 }] = await server.database.query<{ n: number }>('SELECT count(*)::int AS n FROM journal');
  const stats = await server.database.query<{ word: string; ndoc: number }>(
    `SELECT word, ndoc FROM ts_stat('SELECT search FROM journal') WHERE length(word) > 3 ORDER BY ndoc DESC, word`,
  );
  const common = stats.slice(0, 3);
  const rare = stats.filter((row) => row.ndoc >= entries / 3000 && row.ndoc <= entries / 600).slice(0, 3);
  const query = (word: string) => `q=${encodeURIComponent(word)}`;
  return {
    common: [...common.map((row) => query(row.word)), ...common.map((row) => `${query(row.word)}&fulltext=true`)],
    rare: rare.map((row) => query(row.word)),
    share: (common[0]?.ndoc ?? 0) / entries,
  };
}

async function postThroughput(server: SampleServer): Promise<number> {
  const page = (await (await get(`${server.url}/journal?limit=50`)).json()) as { items: { id: string; canRequestAccess: boolean }[] };
  const target = page.items.find((entry) => entry.canRequestAccess)?.id ?? page.items[0]?.id;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < POSTS) {
      const n = next++;
      const response = await fetch(`${server.url}/access-requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${n}` },
        body: JSON.stringify({ email: `bench${n}@example.com`, language: 'nb', entries: [{ kind: 'journal-entry', id: target }] }),
      });
      if (response.status !== 202) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: POST_CONCURRENCY }, worker));
  return POSTS / ((performance.now() - started) / 1000);
}

export async function benchServer(): Promise<void> {
  const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
  console.log(`\nPublication server on ${database} (search: ${SEARCHES.length} queries × ${RUNS} runs over HTTP on loopback, 25 per page)\n`);
  for (const size of [60_000, 240_000]) {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-bench-server-'));
    try {
      const first = await start(dataDir, size);
      let server = first.server;
      const label = size.toLocaleString('en');
      console.log(`${label} entries: first start (create database, generate, store, index)  ${seconds(first.ms)}`);
      if (size === 60_000) {
        await server.close();
        const again = await start(dataDir, size);
        server = again.server;
        console.log(`${label} entries: start on the existing database                      ${seconds(again.ms)}`);
      }
      const times = await searchTimes(server);
      console.log(`${label} entries: search p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
      const words = await commonAndRareWords(server);
      const common = await searchTimes(server, words.common);
      const rare = await searchTimes(server, words.rare);
      console.log(
        `${label} entries: most common words (top one in ${(words.share * 100).toFixed(0)} % of entries), by relevance: p50 ${percentile(common, 50).toFixed(1)} ms, p95 ${percentile(common, 95).toFixed(1)} ms`,
      );
      console.log(`${label} entries: rare words (1 in 600 to 3 000 entries), by relevance: p50 ${percentile(rare, 50).toFixed(1)} ms, p95 ${percentile(rare, 95).toFixed(1)} ms`);
      if (size === 60_000) {
        const rate = await postThroughput(server);
        console.log(`${label} entries: access requests, ${POST_CONCURRENCY} clients, each committed before its 202: ${rate.toFixed(0)} per second`);
      }
      await server.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServer();

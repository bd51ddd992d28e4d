// Starts the publication API on a Node http server over its database; used by main.ts, the demo script and the Node
// tests. The database is PGlite in `${dataDir}/db` unless `databaseUrl` names a PostgreSQL server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SampleDataset } from '../dataset.js';
import { createPublicationApi, type PublicationApi } from './app.js';
import { openDatabase, type Database } from './db/database.js';
import { createDatabaseJournal } from './db/journal-db.js';
import { needsSample, readPublication, sampleRecords, SAMPLE_ORIGIN, storePublication } from './db/publication.js';
import { createDatabaseRequests, deleteUnconfirmed } from './db/requests-db.js';
import { ensureSchema } from './db/schema.js';
import type { Mailer } from './mail/mailer.js';
import { createNodeMailer } from './mail/node-mailer.js';
import { startOutboxSender, type OutboxSender, type OutboxSenderOptions } from './mail/outbox-sender.js';
import { toNodeListener } from './node-adapter.js';
import type { TrustProxy } from './client-address.js';
import type { RateLimit } from './rate-limit.js';
import type { AccessRequestStore } from './store.js';

export interface SampleServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Folder of the embedded database (`db/` inside it) and, without `smtpUrl`, of the e-mails (`outbox/`). */
  dataDir: string;
  /** Send e-mail through this SMTP server (e.g. `smtp://user:pass@host:587`) instead of writing .eml files. */
  smtpUrl?: string;
  /** Replaces the e-mail transport altogether (tests, the demo). */
  mailer?: Mailer;
  /** How the outbox is sent: polling and retry times (tests shorten them). */
  outbox?: OutboxSenderOptions;
  /** A postgres:// URL: run on that PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  /** The public base URL of the API (PUBLIC_URL): every absolute link is built on it. Defaults to where it listens. */
  publicUrl?: string;
  basePath?: string;
  /** The clock for receipts and the calendar feed's window; the real time by default. */
  now?: () => Date;
  /**
   * Stored and served instead of the generated Eksempel kommune. A function gets the server's base URL (known only
   * once it listens, with port 0) to build document URLs on.
   */
  dataset?: SampleDataset | ((baseUrl: string) => SampleDataset);
  /** Journal entries to generate when the database holds no publication (default 60 000). */
  journalSize?: number;
  postRate?: RateLimit | false;
  /** Whose X-Forwarded-For names the client for the POST limit (TRUST_PROXY); by default nobody's. */
  trustProxy?: TrustProxy;
  maxUnconfirmedPerEmail?: number;
  timeouts?: Partial<Timeouts>;
  /** Unconfirmed access requests older than this are deleted (default 7 days). */
  unconfirmedRetentionMs?: number;
  /** Progress of generating the sample into the database, for a line on the console. */
  onProgress?: (message: string) => void;
}

export interface Timeouts {
  /** Until the request's headers have arrived. */
  headersMs: number;
  /** Until the whole request, body included, has arrived. */
  requestMs: number;
  /** How often Node checks the two above. */
  checkIntervalMs: number;
}

const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 10_000, requestMs: 30_000, checkIntervalMs: 2_000 };
const DEFAULT_RETENTION_MS = 7 * 86_400_000;
const MAIL_WAIT_MS = 3_000;

export interface SampleServer {
  /** The API's public base URL (PUBLIC_URL), e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** Where it listens, which differs from `url` behind a proxy. */
  listenUrl: string;
  store: AccessRequestStore;
  /** Where e-mails are written as .eml files when there is no SMTP server. */
  outboxDir: string;
  database: Database;
  close(): Promise<void>;
}

export interface OpenedApi {
  api: PublicationApi;
  database: Database;
  store: AccessRequestStore;
  close(): Promise<void>;
}

/** Opens the database, fills it at first start, and makes the API over it; for the Node server and the demo. */
export async function openPublicationApi(options: Omit<SampleServerOptions, 'port' | 'host' | 'timeouts' | 'trustProxy'> & { publicUrl: string }): Promise<OpenedApi> {
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: join(options.dataDir, 'db') });
  let retention: NodeJS.Timeout | undefined;
  let sender: OutboxSender | undefined;
  try {
    await ensureSchema(database);
    const now = options.now ?? (() => new Date());
    const publicUrl = options.publicUrl.replace(/\/+$/, '');
    const given = typeof options.dataset === 'function' ? options.dataset(publicUrl) : options.dataset;
    if (given) await storePublication(database, sampleRecords(given), 'import', now());
    else if (await needsSample(database, now())) await generateInto(database, options.journalSize, now(), options.onProgress);
    const publication = await readPublication(database, publicUrl);
    const mailer = options.mailer ?? createNodeMailer({ smtpUrl: options.smtpUrl, outboxDir: outboxFolder(options.dataDir) });
    // A copy in memory (disk full at start) refuses every write from here on, and sends nothing it could not mark sent.
    if (database.readOnly) await database.query('SET default_transaction_read_only = on');
    else sender = startOutboxSender(database, mailer, options.outbox);
    const outbox = sender;
    // A POST or a confirmation waits a moment for its mail to go out, so it usually has when the answer arrives; a slow
    // or failing mail server only delays the mail, which the outbox keeps trying.
    const store = createDatabaseRequests(database, async () => outbox?.nudge(MAIL_WAIT_MS));
    // Files of a dataset given in-process are served as given; the database keeps only recipes it can rebuild.
    for (const [id, file] of given?.files ?? []) if (!publication.dataset.files.has(id)) publication.dataset.files.set(id, file);
    const api = createPublicationApi(publication.dataset, {
      store,
      journal: createDatabaseJournal(database, publication.rebase),
      journalDocuments: publication.journalDocuments,
      basePath: options.basePath,
      now: options.now,
      postRate: options.postRate,
      maxUnconfirmedPerEmail: options.maxUnconfirmedPerEmail,
    });
    const retentionMs = options.unconfirmedRetentionMs ?? DEFAULT_RETENTION_MS;
    const sweep = () =>
      deleteUnconfirmed(database, new Date(now().getTime() - retentionMs)).catch((error: unknown) =>
        console.error('[publication api] could not delete old unconfirmed requests:', error instanceof Error ? error.message : error),
      );
    if (!database.readOnly) {
      await sweep();
      retention = setInterval(sweep, Math.min(retentionMs, 3_600_000)).unref();
    }
    return {
      api,
      database,
      store,
      close: async () => {
        clearInterval(retention);
        await sender?.close();
        await database.close();
      },
    };
  } catch (error) {
    clearInterval(retention);
    await sender?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

export async function startSampleServer(options: SampleServerOptions): Promise<SampleServer> {
  const host = options.host ?? '127.0.0.1';
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  let api: PublicationApi | undefined;
  let listener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkIntervalMs },
    (req, res) => listener?.(req, res),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const listenUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}${basePath}`;
  const publicUrl = (options.publicUrl ?? listenUrl).replace(/\/+$/, '');
  // Until the database is ready, every request gets 503 with Retry-After rather than a refused connection.
  listener = toNodeListener((request, client) => (api ? api(request, client) : Promise.resolve(notReady())), {
    origin: new URL(publicUrl).origin,
    trustProxy: options.trustProxy,
  });
  let opened: OpenedApi;
  try {
    opened = await openPublicationApi({ ...options, basePath, publicUrl });
  } catch (error) {
    server.close();
    server.closeAllConnections();
    throw error;
  }
  api = opened.api;
  return {
    url: publicUrl,
    listenUrl,
    database: opened.database,
    store: opened.store,
    outboxDir: outboxFolder(options.dataDir),
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await opened.close();
    },
  };
}

/** Where a data directory's e-mails go when there is no SMTP server. */
export function outboxFolder(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}/outbox`;
}

async function generateInto(database: Database, journalSize: number | undefined, now: Date, onProgress?: (message: string) => void): Promise<void> {
  const { generateSample } = await import('../generate/index.js');
  const started = performance.now();
  onProgress?.('Generating the sample publication of Eksempel kommune…');
  const dataset = generateSample({ seed: 1, baseUrl: SAMPLE_ORIGIN, today: now, journalSize });
  await storePublication(database, sampleRecords(dataset), 'sample', now, (done, total) => {
    if (done % 10_000 === 0 || done === total) {
      onProgress?.(`Storing the sample journal in the database: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} entries`);
    }
  });
  onProgress?.(`Sample publication ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function notReady(): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Starting', status: 503, detail: 'The service is starting; try again in a few seconds.' }), {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Retry-After': '5', 'Cache-Control': 'no-store' },
  });
}

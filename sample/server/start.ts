// Starts the sample publication API on a Node http server; used by main.ts, the demo script and the Node tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SampleDataset } from '../dataset.js';
import { createPublicationApi } from './app.js';
import { createFileStore } from './file-store.js';
import type { Mailer } from './mail/mailer.js';
import { createNodeMailer } from './mail/node-mailer.js';
import { toNodeListener } from './node-adapter.js';
import type { AccessRequestStore } from './store.js';

export interface SampleServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where access requests are kept (access-requests.jsonl), and without `smtpUrl` the e-mails (outbox/). */
  dataDir: string;
  /** Send e-mail through this SMTP server (e.g. `smtp://user:pass@host:587`) instead of writing .eml files. */
  smtpUrl?: string;
  /** Replaces the e-mail transport altogether (tests). */
  mailer?: Mailer;
  basePath?: string;
  /** The clock for receipts and the calendar feed's window; the real time by default. */
  now?: () => Date;
  /**
   * Served instead of the generated Eksempel kommune. A function gets the server's base URL (known only once it
   * listens, with port 0) to build document URLs on.
   */
  dataset?: SampleDataset | ((baseUrl: string) => SampleDataset);
}

export interface SampleServer {
  /** The API's base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  dataset: SampleDataset;
  store: AccessRequestStore;
  /** Where e-mails are written as .eml files when there is no SMTP server. */
  outboxDir: string;
  close(): Promise<void>;
}

export async function startSampleServer(options: SampleServerOptions): Promise<SampleServer> {
  const host = options.host ?? '127.0.0.1';
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const store = await createFileStore(options.dataDir);
  const outboxDir = outboxFolder(options.dataDir);
  const mailer = options.mailer ?? createNodeMailer({ smtpUrl: options.smtpUrl, outboxDir });
  let handler: ((request: Request) => Promise<Response>) | undefined;
  const listener = toNodeListener((request) => (handler ? handler(request) : Promise.resolve(new Response(null, { status: 503 }))));
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${basePath}`;
  const dataset =
    typeof options.dataset === 'function' ? options.dataset(url) : (options.dataset ?? (await generatedDataset(url)));
  handler = createPublicationApi(dataset, { store, mailer, basePath, now: options.now });
  return {
    url,
    dataset,
    store,
    outboxDir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Where a data directory's e-mails go when there is no SMTP server. */
export function outboxFolder(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}/outbox`;
}

// Loaded only when needed, so tests that bring their own dataset do not pay for generating one.
async function generatedDataset(baseUrl: string): Promise<SampleDataset> {
  const { generateSample } = await import('../generate/index.js');
  return generateSample({ seed: 1, baseUrl });
}

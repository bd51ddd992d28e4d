// `npm run api`: the publication API on its database. Configuration through the environment:
//   PORT (8787), HOST (127.0.0.1), PUBLIC_URL (the public base URL every absolute link is built on),
//   DATABASE_URL (a PostgreSQL server; without it the embedded database in INNSYN_DATA_DIR, ./sample-data),
//   SMTP_URL (send e-mail through it; without it, .eml files in INNSYN_DATA_DIR/outbox),
//   INNSYN_JOURNAL_SIZE (entries generated at first start, 60 000), POST_RATE_PER_MINUTE (per client address, 20;
//   0 turns the limit off, e.g. behind a proxy that limits instead), TRUST_PROXY (behind a reverse proxy: the number
//   of proxies in front, or their addresses, whose X-Forwarded-For names the client; by default the header is ignored).
// `npm run api -- --import FILE` loads a municipality's own publication instead (see README);
// `npm run api -- --list-requests` prints the stored access requests as JSON (the server must not be running).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from './db/database.js';
import { createDatabaseRequests } from './db/requests-db.js';
import { ensureSchema } from './db/schema.js';
import { parseTrustProxy } from './client-address.js';
import { runImport } from './import/run-import.js';
import type { RateLimit } from './rate-limit.js';
import { startSampleServer } from './start.js';

const { values } = parseArgs({
  options: { import: { type: 'string' }, format: { type: 'string', default: 'json' }, 'list-requests': { type: 'boolean' } },
});
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.INNSYN_DATA_DIR ?? './sample-data';
const databaseUrl = process.env.DATABASE_URL || undefined;
const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${join(dataDir, 'db')}`;

try {
  if (values['list-requests']) {
    const database = await openDatabase({ databaseUrl, dataDir: join(dataDir, 'db') });
    try {
      await ensureSchema(database);
      console.log(JSON.stringify(await createDatabaseRequests(database).list()));
    } finally {
      await database.close();
    }
  } else if (values.import) {
    const database = await openDatabase({ databaseUrl, dataDir: join(dataDir, 'db') });
    try {
      await ensureSchema(database);
      const { rejected } = await runImport(database, values.import, values.format);
      process.exitCode = rejected.length > 0 ? 2 : 0;
    } finally {
      await database.close();
    }
  } else {
    const started = performance.now();
    const server = await startSampleServer({
      port,
      host,
      dataDir,
      databaseUrl,
      publicUrl: process.env.PUBLIC_URL || undefined,
      journalSize: process.env.INNSYN_JOURNAL_SIZE ? Number(process.env.INNSYN_JOURNAL_SIZE) : undefined,
      postRate: postRate(process.env.POST_RATE_PER_MINUTE),
      trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
      smtpUrl: process.env.SMTP_URL || undefined,
      onProgress: progressLine(),
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(`Sample publication API at ${server.url} on ${where}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(process.env.SMTP_URL ? 'E-mail is sent through SMTP_URL.' : `E-mail is written as .eml files to ${server.outboxDir} (set SMTP_URL to send it).`);
    let closing = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (closing) return;
        closing = true;
        server.close().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error instanceof Error ? error.message : error);
            process.exit(1);
          },
        );
      });
    }
  }
} catch (error) {
  if (process.stdout.isTTY) process.stdout.write('\n');
  // A start that cannot work (a data folder that cannot be written, a database that cannot be reached) says why in
  // one line instead of a stack trace.
  const code = (error as NodeJS.ErrnoException).code;
  console.error(`The publication API could not start on ${where}: ${error instanceof Error ? error.message : String(error)}${code ? ` (${code})` : ''}`);
  process.exit(1);
}

function postRate(setting: string | undefined): RateLimit | false | undefined {
  if (setting === undefined || setting === '') return undefined;
  const perMinute = Number(setting);
  return perMinute > 0 ? { perMinute, burst: perMinute } : false;
}

/** One line rewritten in place on a terminal; plain lines in a log. */
function progressLine(): (message: string) => void {
  return (message) => {
    if (process.stdout.isTTY) process.stdout.write(`\r\x1b[K${message}`);
    else console.log(message);
  };
}

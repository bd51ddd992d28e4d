// `npm run api`: the sample publication API of Eksempel kommune on 127.0.0.1.
import { startSampleServer } from './start.js';

const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.INNSYN_DATA_DIR ?? './sample-data';

const smtpUrl = process.env.SMTP_URL || undefined;

const server = await startSampleServer({ port, host: '127.0.0.1', dataDir, basePath: '', smtpUrl });
console.log(`Sample publication API at ${server.url} (access requests kept in ${dataDir})`);
console.log(smtpUrl ? 'E-mail is sent through SMTP_URL.' : `E-mail is written as .eml files to ${server.outboxDir} (set SMTP_URL to send it).`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

// `npm start`: builds the script tag and its chunks (dist/cdn), then serves the demo website with exactly what an
// editor pastes, and the embedded sample publication API. `npm run dev` serves the sources instead.
import { resolve } from 'node:path';
import { buildCdn } from './build-cdn.js';
import { startSiteServer } from './site-server.js';

const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.INNSYN_DATA_DIR ?? 'sample-data');
console.log('Building the script tag and its chunks (dist/cdn) …');
await buildCdn();
const server = await startSiteServer({
  port,
  dataDir,
  databaseUrl: process.env.DATABASE_URL || undefined,
  onProgress: (message) => console.log(`  ${message}`),
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is already in use. Start on another port with: PORT=8081 npm start`);
  process.exit(1);
});
console.log(`\n  Eksempel kommune's demo site is running:\n\n    ${server.url}\n\n  Sample publication API: ${server.url}api/   (its database: ${process.env.DATABASE_URL ? 'DATABASE_URL' : `${dataDir}/db`})\n  The elements come from dist/cdn, built just now. For development with the sources, use npm run dev.\n  Stop with Ctrl+C.\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

// `npm run dev`: the demo website on Vite's dev server, the script tag served from the sources (src/innsyn-elements.ts).
import { resolve } from 'node:path';
import { startDemo } from './demo-server.js';

const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.INNSYN_DATA_DIR ?? 'sample-data');
const server = await startDemo({ port, dataDir }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE' && !/already in use/i.test(error.message)) throw error;
  console.error(`Port ${port} is already in use. Start on another port with: PORT=8081 npm run dev`);
  process.exit(1);
});
const url = `http://localhost:${port}/`;
console.log(`\n  Eksempel kommune's demo site is running:\n\n    ${url}\n\n  Sample publication API: ${url}api/   (access requests are kept in ${dataDir})\n  Stop with Ctrl+C.\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

// The demo site of Eksempel kommune on Vite's dev server, with the sample publication API mounted at /api and the
// script tag an editor pastes (/innsyn-elements.js) served from the sources.
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { generateSample } from '../sample/generate/index.js';
import { createPublicationApi, type PublicationApi } from '../sample/server/app.js';
import { createFileStore } from '../sample/server/file-store.js';
import { toMiddleware } from '../sample/server/node-adapter.js';
import { demoMail } from './inbox-page.js';
import { EINNSYN_PATH, fixtureApis, OPARL_PATH } from './fixture-apis.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const API_PATH = '/api';

function sampleApi(dataDir: string): Plugin {
  let api: Promise<PublicationApi> | undefined;
  return {
    name: 'innsyn-sample-api',
    configureServer(server) {
      const ready = (): Promise<PublicationApi> =>
        (api ??= (async () => {
          const address = server.httpServer?.address();
          const port = address && typeof address === 'object' ? address.port : server.config.server.port;
          const dataset = generateSample({ seed: 1, baseUrl: `http://localhost:${port}${API_PATH}` });
          return createPublicationApi(dataset, { store: await createFileStore(dataDir), mailer: demoMail(dataDir).mailer, basePath: API_PATH });
        })());
      server.middlewares.use(API_PATH, (req, res, next) => {
        ready()
          .then((handler) => toMiddleware(handler)(req, res, next))
          .catch(next);
      });
    },
  };
}

/** The demo's "Innboks": the e-mails the sample API wrote to the outbox, so a visitor can follow the confirmation link. */
function inbox(dataDir: string): Plugin {
  return {
    name: 'innsyn-demo-inbox',
    configureServer(server) {
      server.middlewares.use('/innboks.html', (_req, res, next) => {
        demoMail(dataDir).inbox()
          .then((page) => {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
            res.end(page);
          })
          .catch(next);
      });
    },
  };
}

/** eInnsyn and OParl renditions of the test fixtures, for the adapter pages. */
function fixtureApiPlugin(): Plugin {
  return {
    name: 'innsyn-fixture-apis',
    configureServer(server) {
      let handle: ReturnType<typeof fixtureApis> | undefined;
      for (const path of [EINNSYN_PATH, OPARL_PATH]) {
        server.middlewares.use(path, (req, res, next) => {
          const address = server.httpServer?.address();
          const port = address && typeof address === 'object' ? address.port : server.config.server.port;
          const fixtures = (handle ??= fixtureApis(`http://localhost:${port}/`));
          toMiddleware(async (request) => (await fixtures(request)) ?? new Response('Not found', { status: 404 }))(req, res, next);
        });
      }
    },
  };
}

function scriptTag(): Plugin {
  return {
    name: 'innsyn-script-tag',
    resolveId(id) {
      return id === '/innsyn-elements.js' ? `${root}src/innsyn-elements.ts` : undefined;
    },
  };
}

export async function startDemo(options: { port: number; host?: string; dataDir: string }): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: `${root}demo`,
    logLevel: 'warn',
    server: { port: options.port, host: options.host ?? 'localhost', strictPort: true, fs: { allow: [root] } },
    plugins: [scriptTag(), sampleApi(options.dataDir), inbox(options.dataDir), fixtureApiPlugin()],
  });
  await server.listen();
  return server;
}

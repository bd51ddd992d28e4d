// The demo site of Eksempel kommune on Vite's dev server, with the sample publication API mounted at /api and the
// script tag an editor pastes (/innsyn-elements.js) served from the sources.
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { toMiddleware } from '../sample/server/node-adapter.js';
import { openPublicationApi, type OpenedApi } from '../sample/server/start.js';
import { demoMail } from './inbox-page.js';
import { EINNSYN_PATH, fixtureApis, OPARL_PATH } from './fixture-apis.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const API_PATH = '/api';

function sampleApi(dataDir: string, databaseUrl: string | undefined): Plugin {
  let opened: Promise<OpenedApi> | undefined;
  return {
    name: 'innsyn-sample-api',
    configureServer(server) {
      const origin = () => {
        const address = server.httpServer?.address();
        const port = address && typeof address === 'object' ? address.port : server.config.server.port;
        return `http://localhost:${port}`;
      };
      const ready = (): Promise<OpenedApi> =>
        (opened ??= openPublicationApi({
          dataDir,
          databaseUrl,
          publicUrl: `${origin()}${API_PATH}`,
          basePath: API_PATH,
          mailer: demoMail(dataDir).mailer,
          onProgress: (message) => console.log(`  ${message}`),
        }));
      // Start filling the database as soon as the server listens, not at the first visit.
      server.httpServer?.once('listening', () => void ready().catch((error: unknown) => console.error(error)));
      server.httpServer?.once('close', () => void opened?.then((api) => api.close()));
      server.middlewares.use(API_PATH, (req, res, next) => {
        ready()
          .then(({ api }) => toMiddleware(api, { origin: origin() })(req, res, next))
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
          toMiddleware(async (request) => (await fixtures(request)) ?? new Response('Not found', { status: 404 }), { origin: `http://localhost:${port}` })(
            req,
            res,
            next,
          );
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

export async function startDemo(options: { port: number; host?: string; dataDir: string; databaseUrl?: string }): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: `${root}demo`,
    logLevel: 'warn',
    server: { port: options.port, host: options.host ?? 'localhost', strictPort: true, fs: { allow: [root] } },
    plugins: [scriptTag(), sampleApi(options.dataDir, options.databaseUrl), inbox(options.dataDir), fixtureApiPlugin()],
  });
  await server.listen();
  return server;
}

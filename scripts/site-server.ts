// The demo website as a citizen gets it: static pages, the built script tag and its chunks from dist/cdn, and the
// sample publication API at /api, compressed like any web server would. `npm start` and `npm run bench` use it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSample } from '../sample/generate/index.js';
import type { SampleDataset } from '../sample/dataset.js';
import { createPublicationApi } from '../sample/server/app.js';
import { createFileStore } from '../sample/server/file-store.js';
import { toRequest } from '../sample/server/node-adapter.js';
import { demoMail } from './inbox-page.js';
import { EINNSYN_PATH, fixtureApis, OPARL_PATH } from './fixture-apis.js';

export const API_PATH = '/api';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface SiteServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  /** Folders searched in order for a path; dist/cdn comes last so the demo's script tag resolves to the build. */
  roots?: string[];
  /** Served instead of the generated Eksempel kommune; gets the API's base URL. */
  dataset?: (baseUrl: string) => SampleDataset;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

function compressible(type: string | null): boolean {
  return !!type && /^(text\/|application\/(json|problem\+json|javascript)|image\/svg)/.test(type);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  const gzip = compressible(headers['content-type'] ?? null) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const payload = gzip ? gzipSync(body) : body;
  res.writeHead(status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), 'content-length': String(payload.byteLength) });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function staticFile(roots: string[], pathname: string): string | undefined {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const root of roots) {
    let file = join(root, relative);
    if (!file.startsWith(root)) continue;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const roots = (options.roots ?? ['demo', 'dist/cdn']).map((root) => resolve(root));
  const host = options.host ?? 'localhost';
  const store = await createFileStore(options.dataDir);
  const { mailer, inbox } = demoMail(options.dataDir);
  let api: ((request: Request) => Promise<Response>) | undefined;

  let fixtures: ((request: Request) => Promise<Response> | undefined) | undefined;

  const serveApi = async (req: IncomingMessage, res: ServerResponse, handler = api!): Promise<void> => {
    const response = (await handler(toRequest(req))) ?? new Response('Not found', { status: 404 });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    send(req, res, response.status, headers, Buffer.from(await response.arrayBuffer()));
  };
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const fixture = [EINNSYN_PATH, OPARL_PATH].some((path) => pathname === path || pathname.startsWith(`${path}/`));
    if (pathname === API_PATH || pathname.startsWith(`${API_PATH}/`) || fixture) {
      serveApi(req, res, fixture ? async (request) => (await fixtures!(request)) ?? new Response('Not found', { status: 404 }) : api!).catch((error: unknown) => {
        console.error('[site server]', error);
        if (!res.headersSent) send(req, res, 500, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Internal server error'));
      });
      return;
    }
    if (pathname === '/innboks.html') {
      inbox().then(
        (page) => send(req, res, 200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }, Buffer.from(page)),
        (error: unknown) => {
          console.error('[site server]', error);
          send(req, res, 500, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Internal server error'));
        },
      );
      return;
    }
    const file = staticFile(roots, pathname);
    if (!file) {
      send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Not found'));
      return;
    }
    send(req, res, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }, readFileSync(file));
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}/`;
  const baseUrl = `${url}${API_PATH.slice(1)}`;
  const dataset = options.dataset?.(baseUrl) ?? generateSample({ seed: 1, baseUrl });
  api = createPublicationApi(dataset, { store, mailer, basePath: API_PATH });
  fixtures = fixtureApis(url);
  return {
    url,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

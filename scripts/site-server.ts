// The demo website as a citizen gets it: static pages, the built script tag and its chunks from dist/cdn, and the
// sample publication API at /api. Files are compressed as jsDelivr serves the README's script tag (brotli when the
// browser accepts it, else gzip), so the demo and `npm run bench` transfer what a citizen's browser gets.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { preferredEncoding, type ContentEncoding } from '../sample/server/content-encoding.js';
import type { SampleDataset } from '../sample/dataset.js';
import { toNodeListener } from '../sample/server/node-adapter.js';
import { openPublicationApi, type OpenedApi } from '../sample/server/start.js';
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
  /** A PostgreSQL server instead of the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** Progress of filling the database at first start. */
  onProgress?: (message: string) => void;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

function compressible(type: string | null): boolean {
  return !!type && /^(text\/|application\/(json|problem\+json|javascript)|image\/svg)/.test(type);
}

/** Compressed copies of static files, made once per file version (maximum compression, as a CDN stores them). */
const compressedFiles = new Map<string, { mtimeMs: number; body: Buffer }>();

function compress(body: Buffer, encoding: ContentEncoding, cacheKey?: { file: string; mtimeMs: number }): Buffer {
  const key = cacheKey && `${encoding}:${cacheKey.file}`;
  const cached = key ? compressedFiles.get(key) : undefined;
  if (cached && cached.mtimeMs === cacheKey?.mtimeMs) return cached.body;
  const compressed =
    encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: cacheKey ? 11 : 5 } }) : gzipSync(body, { level: cacheKey ? 9 : 6 });
  if (key) compressedFiles.set(key, { mtimeMs: cacheKey.mtimeMs, body: compressed });
  return compressed;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer, file?: { file: string; mtimeMs: number }): void {
  const encoding = compressible(headers['content-type'] ?? null) ? preferredEncoding(String(req.headers['accept-encoding'] ?? '')) : undefined;
  const payload = encoding ? compress(body, encoding, file) : body;
  res.writeHead(status, { ...headers, ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}), 'content-length': String(payload.byteLength) });
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
  const { mailer, inbox } = demoMail(options.dataDir);
  // The API answers (compressed, with its own headers) once its database is ready; until then 503 with Retry-After.
  let serveApi: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let serveFixtures: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const fixture = [EINNSYN_PATH, OPARL_PATH].some((path) => pathname === path || pathname.startsWith(`${path}/`));
    if (fixture && serveFixtures) {
      serveFixtures(req, res);
      return;
    }
    if (pathname === API_PATH || pathname.startsWith(`${API_PATH}/`) || fixture) {
      if (serveApi) serveApi(req, res);
      else send(req, res, 503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }, Buffer.from('Starting'));
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
    const version = { file, mtimeMs: statSync(file).mtimeMs };
    send(req, res, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }, readFileSync(file), version);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}/`;
  const baseUrl = `${url}${API_PATH.slice(1)}`;
  let opened: OpenedApi;
  try {
    opened = await openPublicationApi({
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
      publicUrl: baseUrl,
      basePath: API_PATH,
      mailer,
      dataset: options.dataset,
      onProgress: options.onProgress,
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const origin = url.replace(/\/+$/, '');
  serveApi = toNodeListener(opened.api, { origin });
  const fixtures = fixtureApis(url);
  serveFixtures = toNodeListener(async (request) => (await fixtures(request)) ?? new Response('Not found', { status: 404 }), { origin });
  return {
    url,
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await opened.close();
    },
  };
}

// Serves a fetch-style handler from Node's http server or from connect-style middleware (Vite's dev server). Request
// URLs are built on the configured public origin, never on the Host header, so no client can choose the origin of the
// links and calendar UIDs that caches keep. Answers are compressed here (gzip or brotli) for JSON and calendars.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { ClientInfo } from './app.js';
import { preferredEncoding, type ContentEncoding } from './content-encoding.js';
import { clientAddress, TRUST_NO_PROXY, type TrustProxy } from './client-address.js';
import { negotiateLanguage, ProblemError, problemResponse } from './problem.js';

export type FetchHandler = (request: Request, client?: ClientInfo) => Promise<Response>;

export interface AdapterOptions {
  /** The public origin, e.g. `https://innsyn.kommune.no`; request URLs are this plus the request's path. */
  origin: string;
  /** Which proxies' X-Forwarded-For to believe for the client's address (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
}

/** Methods the Fetch API cannot even represent (TRACE, CONNECT, TRACK) are refused here with 405. */
const SERVED_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);
const COMPRESSIBLE = /^(application\/(?:[\w.+-]+\+)?json|text\/calendar|text\/plain)\b/i;
const MIN_COMPRESS_BYTES = 1024;

export function toNodeListener(handler: FetchHandler, options: AdapterOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(handler, req, res, options).catch((error: unknown) => failed(error, res));
  };
}

/**
 * For `server.middlewares.use('/api', toMiddleware(api))`: connect strips the mount path from `req.url`, so the
 * request is rebuilt from `originalUrl`; create the API with `basePath: '/api'` to match.
 */
export function toMiddleware(
  handler: FetchHandler,
  options: AdapterOptions,
): (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res) => {
    serve(handler, req, res, options).catch((error: unknown) => failed(error, res));
  };
}

async function serve(handler: FetchHandler, req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, options: AdapterOptions): Promise<void> {
  const request = toRequest(req, options.origin);
  const response = request
    ? await handler(request, {
        address: clientAddress(req.socket.remoteAddress ?? 'unknown', header(req, 'x-forwarded-for') || undefined, options.trustProxy ?? TRUST_NO_PROXY),
      })
    : problemResponse(
        new ProblemError('method-not-allowed', `${req.method ?? ''} is not allowed here.`, { headers: { Allow: 'GET, HEAD, POST, OPTIONS' } }),
        negotiateLanguage(header(req, 'accept-language')),
        '',
      );
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Access-Control-Allow-Origin', '*');
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (!response.body || req.method === 'HEAD') {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  const encoding = chooseEncoding(header(req, 'accept-encoding'), headers['content-type'] ?? '', body.byteLength);
  if (encoding) {
    body = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 });
    headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.byteLength);
  }
  if (COMPRESSIBLE.test(headers['content-type'] ?? '')) headers.vary = [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
  res.writeHead(response.status, headers);
  res.end(body);
}

function chooseEncoding(acceptEncoding: string, contentType: string, size: number): ContentEncoding | undefined {
  if (size < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(contentType)) return undefined;
  return preferredEncoding(acceptEncoding);
}

export function toRequest(req: IncomingMessage & { originalUrl?: string }, origin: string): Request | undefined {
  const method = (req.method ?? 'GET').toUpperCase();
  if (!SERVED_METHODS.has(method)) return undefined;
  // Path and query only: a request line of `//other.host/x` stays a path on our origin.
  const target = req.originalUrl ?? req.url ?? '/';
  const path = target.startsWith('/') ? target : `/${target}`;
  const url = new URL(`${origin.replace(/\/+$/, '')}${path.replace(/^\/+/, '/')}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A header value the Fetch API refuses is dropped rather than failing the request.
      }
    }
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** Last resort when even building the answer failed: still problem+json, still no internals. */
function failed(error: unknown, res: ServerResponse): void {
  const requestId = crypto.randomUUID();
  console.error(`[publication api] 500 ${requestId} (adapter):`, error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'Content-Type': 'application/problem+json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ type: 'about:blank', title: 'Internal server error', status: 500, requestId }));
}

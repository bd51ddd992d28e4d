// Serves a fetch-style handler from Node's http server or from connect-style middleware (Vite's dev server).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export type FetchHandler = (request: Request) => Promise<Response>;

export function toNodeListener(handler: FetchHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(handler, req, res).catch((error: unknown) => {
      console.error('[sample server]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    });
  };
}

/**
 * For `server.middlewares.use('/api', toMiddleware(api))`: connect strips the mount path from `req.url`, so the
 * request is rebuilt from `originalUrl`; create the API with `basePath: '/api'` to match.
 */
export function toMiddleware(
  handler: FetchHandler,
): (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    serve(handler, req, res).catch(next);
  };
}

async function serve(handler: FetchHandler, req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): Promise<void> {
  const response = await handler(toRequest(req));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}

export function toRequest(req: IncomingMessage & { originalUrl?: string }): Request {
  const host = req.headers.host ?? '127.0.0.1';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

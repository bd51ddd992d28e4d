// Response builders shared by the routes.
export const CACHE_LIST = 'public, max-age=60';
export const CACHE_ITEM = 'public, max-age=300';
export const CACHE_FILE = 'public, max-age=86400';

export function json(body: unknown, init: { status?: number; cache?: string; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': init.cache ?? 'no-store',
      ...init.headers,
    },
  });
}

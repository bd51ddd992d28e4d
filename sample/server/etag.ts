// Entity tags for GET answers: a weak tag from the body's bytes, and 304 Not Modified when the client already has them,
// so a widget that polls the journal costs the server a hash, not a transfer.
export async function withEntityTag(request: Request, response: Response): Promise<Response> {
  if (response.status !== 200 || !response.body) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const tag = `W/"${bytes.byteLength.toString(36)}-${fnv1a(bytes)}"`;
  const headers = new Headers(response.headers);
  headers.set('ETag', tag);
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-cache');
  if (matches(request.headers.get('If-None-Match'), tag)) {
    for (const name of ['Content-Length', 'Content-Type', 'Content-Disposition']) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(bytes, { status: 200, headers });
}

function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(tag));
}

function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i] as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

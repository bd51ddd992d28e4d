// Opaque page cursors: an offset bound to the filter it was made for, so a cursor cannot be replayed on another query.
const CURSOR = /^(\d{1,9})\.([0-9a-z]{1,8})$/;

/** Everything that selects items except the paging parameters themselves. */
export function filterFingerprint(params: URLSearchParams): string {
  const relevant = [...params.entries()]
    .filter(([name]) => name !== 'cursor' && name !== 'limit')
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return fnv1a(relevant.join('&'));
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return base64url(`${offset}.${fingerprint}`);
}

/** The offset a cursor stands for, or undefined when it was not made for this query. */
export function decodeCursor(cursor: string, fingerprint: string): number | undefined {
  const match = CURSOR.exec(unbase64url(cursor) ?? '');
  return match && match[2] === fingerprint ? Number(match[1]) : undefined;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unbase64url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) return undefined;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}

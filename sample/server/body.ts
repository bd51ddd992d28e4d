// Reads a JSON request body with a size cap, so a huge or endless body is refused instead of buffered.
import { invalid, ProblemError } from './problem.js';

export const MAX_BODY_BYTES = 64 * 1024;

export async function readJsonBody(request: Request): Promise<unknown> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new ProblemError('unsupported-media-type', 'Send the body as application/json.');
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await readLimited(request));
  try {
    return JSON.parse(text);
  } catch {
    throw invalid([{ field: '(body)', message: 'is not valid JSON' }]);
  }
}

async function readLimited(request: Request): Promise<Uint8Array> {
  const tooLarge = () => new ProblemError('payload-too-large', `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  const declared = Number(request.headers.get('Content-Length'));
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

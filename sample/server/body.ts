// Reads a JSON request body with a size cap, so a huge or endless body is refused instead of buffered.
import { invalid, ProblemError } from './problem.js';

export const MAX_BODY_BYTES = 64 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

export async function readJsonBody(request: Request): Promise<unknown> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (!JSON_TYPE.test(contentType)) {
    throw new ProblemError('unsupported-media-type', 'Send the body as application/json.');
  }
  return parseJson(await readText(request));
}

/** A JSON body, or the fields of an HTML form's urlencoded body; `form` tells which, so the answer can match. */
export async function readJsonOrFormBody(request: Request): Promise<{ form: boolean; body: unknown }> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (FORM_TYPE.test(contentType)) return { form: true, body: Object.fromEntries(new URLSearchParams(await readText(request))) };
  return { form: false, body: await readJsonBody(request) };
}

/** UTF-8 only: a body declared in another charset is refused (415), bytes that are not UTF-8 are a 400. */
async function readText(request: Request): Promise<string> {
  const contentType = request.headers.get('Content-Type') ?? '';
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ProblemError('unsupported-media-type', `Send the body in UTF-8, not ${charset}.`);
  }
  const bytes = await readLimited(request);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid([{ field: '(body)', message: 'is not valid UTF-8' }]);
  }
}

function parseJson(text: string): unknown {
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

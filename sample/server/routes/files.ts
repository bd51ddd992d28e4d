// GET /files/{id}: a published document's bytes, shown inline with a readable file name.
import type { RouteHandler } from '../context.js';
import { ProblemError } from '../problem.js';
import { CACHE_FILE } from '../responses.js';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

export const getFile: RouteHandler = ({ dataset, index, id }) => {
  const file = dataset.files.get(id);
  if (!file) throw new ProblemError('not-found', `No file has the id "${id}".`);
  const bytes = file.bytes();
  const title = index.documents.get(id)?.title ?? id;
  const mediaType = file.mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = EXTENSIONS[mediaType] ?? 'bin';
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(`${title}.${extension}`),
      'Cache-Control': CACHE_FILE,
      'X-Content-Type-Options': 'nosniff',
    },
  });
};

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 name in filename*. */
function contentDisposition(filename: string): string {
  const clean = filename.replace(/[\u0000-\u001f\u007f/\\]/g, ' ').trim().slice(0, 150);
  const ascii = clean
    .replace(/[æÆ]/g, (char) => (char === 'æ' ? 'ae' : 'Ae'))
    .replace(/[øØ]/g, (char) => (char === 'ø' ? 'o' : 'O'))
    .normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["%;]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// Reads a fetch Response into validated data or an ApiError; the server is untrusted, so nothing passes unchecked.
import * as v from './shape.js';
import { ApiError } from './errors.js';
import { ProblemSchema } from './common-schemas.js';
import type { Problem } from './types.js';

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;
const MAX_ISSUES = 10;

export interface ReadBody {
  data: unknown;
  /** The body's length in characters: what the client's cache counts against its budget. */
  size: number;
}

/** Resolves with the parsed JSON of a 2xx response; rejects with an ApiError for error statuses and unreadable bodies. */
export async function readJson(response: Response, url: string): Promise<ReadBody> {
  const contentType = response.headers.get('content-type') ?? '';
  const body = await response.text();
  if (!response.ok) throw statusError(response, url, contentType, body);

  if (!JSON_MEDIA_TYPE.test(contentType)) {
    const got = contentType.split(';')[0]?.trim() || 'no content type';
    throw new ApiError('bad-data', url, `Expected JSON from the API but got ${got}.`, {
      status: response.status,
      issues: [`response: expected application/json, got ${got}`],
    });
  }
  try {
    return { data: JSON.parse(body) as unknown, size: body.length };
  } catch (cause) {
    throw new ApiError('bad-data', url, 'The API sent malformed JSON.', {
      status: response.status,
      issues: [`response: malformed JSON (${cause instanceof Error ? cause.message : String(cause)})`],
      cause,
    });
  }
}

export function validate<T>(schema: v.Schema<T>, data: unknown, url: string): T {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issues = describeIssues(result.issues);
  throw new ApiError('bad-data', url, `The API sent data that does not match the contract: ${issues[0] ?? ''}`, {
    issues,
  });
}

/** "items[3].start: Invalid timestamp: …", at most MAX_ISSUES lines so a wholly wrong list stays readable. */
export function describeIssues(issues: readonly v.Issue[]): string[] {
  const lines = issues.slice(0, MAX_ISSUES).map((issue) => `${v.fieldPath(issue) || '(response)'}: ${issue.message}`);
  if (issues.length > MAX_ISSUES) lines.push(`… and ${issues.length - MAX_ISSUES} more`);
  return lines;
}

function statusError(response: Response, url: string, contentType: string, body: string): ApiError {
  const problem = /json/i.test(contentType) ? readProblem(body) : undefined;
  const { status } = response;
  const kind = status === 404 || status === 410 ? 'not-found' : status === 400 || status === 422 ? 'bad-request' : 'server';
  const title = problem?.detail || problem?.title || response.statusText || 'Request failed';
  return new ApiError(kind, url, `${status} ${title}`, { status, problem });
}

/** Tolerant: a problem body with one malformed member still yields its readable title and detail. */
function readProblem(body: string): Problem | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const strict = v.safeParse(ProblemSchema, json);
  if (strict.success) return strict.output;
  const loose = json as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    type: text(loose.type) ?? 'about:blank',
    title: text(loose.title) ?? '',
    status: typeof loose.status === 'number' ? loose.status : undefined,
    detail: text(loose.detail),
    instance: text(loose.instance),
    errors: Array.isArray(loose.errors)
      ? loose.errors.flatMap((e: unknown) => {
          const entry = e as { field?: unknown; message?: unknown } | null;
          return entry && typeof entry.field === 'string' && typeof entry.message === 'string'
            ? [{ field: entry.field, message: entry.message }]
            : [];
        })
      : undefined,
  };
}

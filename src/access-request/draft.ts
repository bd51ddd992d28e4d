// The form's draft in the browser's storage, so a reload or a failed send loses nothing. It holds the Idempotency-Key
// made for the request being sent, with the body it was made for: a retry of the same request reuses the key (the
// server then files it once), a changed request gets a new one.
import * as v from '../api/shape.js';
import { LOCALES, type Locale } from '../shared/locale.js';
import { normaliseApi } from '../shared/basket/basket.js';
import { readStored, writeStored } from '../shared/basket/basket-storage.js';

export interface Draft {
  email: string;
  name: string;
  message: string;
  /** The language of the answer; empty until the citizen picks one (the element's language is shown then). */
  language: Locale | '';
  idempotencyKey?: string;
  /** The request body the key was made for. */
  keyFor?: string;
}

const DraftSchema = v.object({
  email: v.optional(v.string(), ''),
  name: v.optional(v.string(), ''),
  message: v.optional(v.string(), ''),
  language: v.optional(v.picklist([...LOCALES, '']), ''),
  idempotencyKey: v.optional(v.string()),
  keyFor: v.optional(v.string()),
});

export const EMPTY_DRAFT: Draft = { email: '', name: '', message: '', language: '' };

export function draftStorageKey(api: string): string {
  return `innsyn-elements:access-request-draft:v1:${normaliseApi(api)}`;
}

export function readDraft(api: string): Draft {
  try {
    const parsed = v.safeParse(DraftSchema, JSON.parse(readStored(draftStorageKey(api)) ?? 'null'));
    return parsed.success ? parsed.output : { ...EMPTY_DRAFT };
  } catch {
    return { ...EMPTY_DRAFT };
  }
}

/** Returns whether the draft will outlive the page (false where the browser refuses storage). */
export function writeDraft(api: string, draft: Draft): boolean {
  return writeStored(draftStorageKey(api), JSON.stringify(draft));
}

export function clearDraft(api: string): void {
  writeStored(draftStorageKey(api), null);
}

export function isEmptyDraft(draft: Draft): boolean {
  return !draft.email && !draft.name && !draft.message && !draft.language;
}

/** The key for sending `body`: the draft's own when it was made for this very body, else a new one. */
export function idempotencyKeyFor(draft: Draft, body: string): string {
  return draft.idempotencyKey && draft.keyFor === body ? draft.idempotencyKey : newKey();
}

function newKey(): string {
  // randomUUID exists only on https and localhost pages; getRandomValues everywhere.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

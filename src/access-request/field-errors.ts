// Which field an error belongs to: from the browser's constraint validation, or from the API's problem+json `errors[]`.
import { isApiError } from '../api/errors.js';
import type { AccessRequestMessages } from './access-request.messages.js';

/** Ids of the form's fields in the shadow root; `entry-N` is the Nth chosen item, `form` the form as a whole. */
export type FieldId = 'email' | 'name' | 'message' | 'language' | 'entries' | `entry-${number}` | 'form';

export interface FieldError {
  field: FieldId;
  message: string;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The message for a control the browser finds invalid, in the element's language. */
export function constraintError(control: Control, label: string, t: AccessRequestMessages): string | undefined {
  const { validity } = control;
  if (validity.valid) return undefined;
  if (control.id === 'email') return validity.valueMissing ? t.emailMissing : t.emailInvalid;
  if (validity.tooLong && 'maxLength' in control) return t.tooLong(label, control.maxLength);
  return control.validationMessage || label;
}

/** Field errors the API named; an error on a field we do not show is reported on the form. */
export function apiFieldErrors(error: unknown): FieldError[] {
  if (!isApiError(error) || !error.problem?.errors?.length) return [];
  return error.problem.errors.map(({ field, message }) => ({ field: fieldOf(field), message }));
}

function fieldOf(path: string): FieldId {
  if (path === 'email' || path === 'name' || path === 'message' || path === 'language' || path === 'entries') return path;
  const entry = /^entries\[(\d+)\]/.exec(path);
  if (entry) return `entry-${Number(entry[1])}`;
  return 'form';
}

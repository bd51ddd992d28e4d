// Runtime shapes of the journal and of access requests (spec/publication-api.yaml); see common-schemas.ts.
import * as v from './shape.js';
import { ACCESS_REQUEST_TARGET_KINDS, JOURNAL_ENTRY_TYPES, JOURNAL_SORTS } from './queries.js';
import { DocumentSchema, pageSchema } from './common-schemas.js';
import { DateTimeSchema } from './tolerant.js';

const isoDateTime = DateTimeSchema;
/** YYYY-MM-DD, a day of the Oslo calendar. */
const isoDate = v.format('date', (value) => (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? value : undefined), 'not a date (YYYY-MM-DD)');
const EMAIL = /^[\w+-]+(\.[\w+-]+)*@[\da-z]+([.-][\da-z]+)*\.[a-z]{2,}$/i;
const text = v.string();
const optionalText = v.nullish(v.string(), null);

export { ACCESS_REQUEST_TARGET_KINDS, JOURNAL_ENTRY_TYPES, JOURNAL_SORTS };
export const CORRESPONDENT_ROLES = ['sender', 'recipient', 'copy'] as const;

export const CorrespondentSchema = v.object({
  role: v.picklist(CORRESPONDENT_ROLES),
  name: text,
  screened: v.boolean(),
});

export const PropertyNumberSchema = v.object({
  municipalityNumber: optionalText,
  gnr: v.number({ integer: true }),
  bnr: v.number({ integer: true }),
  fnr: v.nullish(v.number({ integer: true }), null),
  snr: v.nullish(v.number({ integer: true }), null),
});

export const JournalEntrySchema = v.object({
  id: text,
  journalNumber: text,
  journalDate: isoDate,
  documentDate: v.nullish(isoDate, null),
  type: v.picklist(JOURNAL_ENTRY_TYPES),
  title: text,
  titleScreened: v.boolean(),
  caseNumber: text,
  caseTitle: text,
  correspondents: v.array(CorrespondentSchema),
  unit: text,
  exemptionBasis: optionalText,
  propertyNumbers: v.array(PropertyNumberSchema),
  documents: v.array(DocumentSchema),
  canRequestAccess: v.boolean(),
});

const count = v.nullish(v.number({ integer: true, minimum: 0 }), null);

/** Journal pages may give a lower bound of the matches instead of a total (servers that stop counting early). */
export const JournalEntryPageSchema = v.object({ ...pageSchema(JournalEntrySchema, 'journal entry').entries, totalAtLeast: count });


export const UnitSchema = v.object({ name: text });


export const AccessRequestTargetSchema = v.object({
  kind: v.picklist(ACCESS_REQUEST_TARGET_KINDS),
  id: text,
});

export const AccessRequestSchema = v.object({
  email: v.format('email', (value) => (EMAIL.test(value) ? value : undefined), 'not an e-mail address'),
  name: optionalText,
  message: optionalText,
  language: v.picklist(['nb', 'nn', 'en', 'se']),
  entries: v.array(AccessRequestTargetSchema, { minLength: 1 }),
});

/** `awaiting-confirmation`: the requester must still click the link in the e-mail; `received`: sent on to the publisher. */
export const ACCESS_REQUEST_STATUSES = ['awaiting-confirmation', 'received'] as const;

export const AccessRequestReceiptSchema = v.object({
  id: text,
  status: v.picklist(ACCESS_REQUEST_STATUSES),
  receivedAt: isoDateTime,
  confirmedAt: v.nullish(isoDateTime, null),
  email: text,
  entries: v.array(AccessRequestTargetSchema),
});

export const AccessRequestConfirmationSchema = v.object({
  token: v.string({ minLength: 1 }),
});


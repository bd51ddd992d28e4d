// Runtime shapes of the publication API (spec/publication-api.yaml). The TypeScript types in types.ts are inferred
// from these, so validation and types cannot drift apart; test/node/contract.test.ts checks both against the spec.
import * as v from 'valibot';
import { JOURNAL_ENTRY_TYPES } from './queries.js';
import { DateTimeSchema, openEnum, tolerantArray } from './tolerant.js';

const isoDateTime = DateTimeSchema;
const isoDate = v.pipe(v.string(), v.isoDate());
const text = v.string();
const optionalText = v.nullish(v.string(), null);

/** An absolute http(s) URL; anything else (javascript:, data:, relative) is rejected at the boundary. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.check((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'not an http(s) URL'),
);
const optionalUrl = v.nullish(HttpUrlSchema, null);

export const CapabilitiesSchema = v.object({
  meetings: v.boolean(),
  journal: v.boolean(),
  accessRequests: v.boolean(),
  calendarFeed: v.boolean(),
  fullTextSearch: v.boolean(),
});

export const ServiceDocumentSchema = v.object({
  apiVersion: text,
  publisher: v.object({ id: text, name: text, organizationNumber: optionalText }),
  languages: v.array(text),
  capabilities: CapabilitiesSchema,
});

export const BODY_KINDS = ['council', 'executive', 'committee', 'board', 'advisory', 'other'] as const;

export const BodySchema = v.object({
  id: text,
  name: text,
  shortName: optionalText,
  kind: openEnum(BODY_KINDS, 'other'),
  active: v.boolean(),
});

export const BodyRefSchema = v.object({ id: text, name: text });

export const DOCUMENT_TYPES = ['notice', 'minutes', 'case-presentation', 'attachment', 'decision', 'letter', 'other'] as const;

export const DocumentSchema = v.object({
  id: text,
  title: text,
  type: openEnum(DOCUMENT_TYPES, 'other'),
  mediaType: text,
  size: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0)), null),
  url: HttpUrlSchema,
  publishedAt: isoDateTime,
});

export const MEETING_STATUSES = ['planned', 'held', 'cancelled', 'moved'] as const;

export const MeetingSchema = v.object({
  id: text,
  body: BodyRefSchema,
  start: isoDateTime,
  end: v.nullish(isoDateTime, null),
  originalStart: v.nullish(isoDateTime, null),
  location: optionalText,
  status: openEnum(MEETING_STATUSES, 'planned'),
  notice: v.nullish(DocumentSchema, null),
  minutes: v.nullish(DocumentSchema, null),
  streamUrl: optionalUrl,
  recordingUrl: optionalUrl,
});

export const DECISION_FORMATS = ['html', 'text'] as const;

export const AgendaItemSchema = v.object({
  id: text,
  number: text,
  sequence: v.pipe(v.number(), v.integer()),
  title: text,
  caseNumber: optionalText,
  closed: v.boolean(),
  exemptionBasis: optionalText,
  // closedBasis, documentsPublished and decisionFormat came later: optional without a default, so older data still fits.
  closedBasis: v.nullish(v.string()),
  documents: tolerantArray(DocumentSchema, 'document'),
  documentsPublished: v.nullish(v.boolean()),
  decision: optionalText,
  decisionFormat: v.optional(openEnum(DECISION_FORMATS, 'html')),
  canRequestAccess: v.boolean(),
});

/** Another meeting an agenda links to; a link that does not fit is dropped (null), never the meeting. */
export const MeetingLinkSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  start: v.nullish(isoDateTime, null),
});
const optionalMeetingLink = v.fallback(v.nullish(MeetingLinkSchema), null);

export const MeetingDetailSchema = v.object({
  ...MeetingSchema.entries,
  agendaItems: tolerantArray(AgendaItemSchema, 'agenda item'),
  agendaPublished: v.nullish(v.boolean()),
  // Later additions: optional, so older data still fits.
  previousMeeting: optionalMeetingLink,
  nextMeeting: optionalMeetingLink,
});

export { JOURNAL_ENTRY_TYPES };
export const CORRESPONDENT_ROLES = ['sender', 'recipient', 'copy'] as const;

export const CorrespondentSchema = v.object({
  role: v.picklist(CORRESPONDENT_ROLES),
  name: text,
  screened: v.boolean(),
});

export const PropertyNumberSchema = v.object({
  municipalityNumber: optionalText,
  gnr: v.pipe(v.number(), v.integer()),
  bnr: v.pipe(v.number(), v.integer()),
  fnr: v.nullish(v.pipe(v.number(), v.integer()), null),
  snr: v.nullish(v.pipe(v.number(), v.integer()), null),
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

export const pageSchema = <T extends v.GenericSchema>(item: T, what = 'item') =>
  v.object({ items: tolerantArray(item, what), next: v.nullish(HttpUrlOrPathSchema, null), total: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0)), null) });

/** `next` links may be absolute or relative to the API base; the client resolves them. */
export const HttpUrlOrPathSchema = v.pipe(
  v.string(),
  v.check((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value), 'not an http(s) URL'),
);

const count = v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0)), null);

/** Journal pages may give a lower bound of the matches instead of a total (servers that stop counting early). */
export const JournalEntryPageSchema = v.object({ ...pageSchema(JournalEntrySchema, 'journal entry').entries, totalAtLeast: count });

export const JOURNAL_SORTS = ['relevance', 'journalDate'] as const;

export const UnitSchema = v.object({ name: text });

export const ACCESS_REQUEST_TARGET_KINDS = ['journal-entry', 'agenda-item', 'document'] as const;

export const AccessRequestTargetSchema = v.object({
  kind: v.picklist(ACCESS_REQUEST_TARGET_KINDS),
  id: text,
});

export const AccessRequestSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  name: optionalText,
  message: optionalText,
  language: v.picklist(['nb', 'nn', 'en', 'se']),
  entries: v.pipe(v.array(AccessRequestTargetSchema), v.minLength(1)),
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
  token: v.pipe(v.string(), v.minLength(1)),
});

export const ProblemSchema = v.object({
  type: v.optional(text, 'about:blank'),
  title: v.optional(text, ''),
  status: v.optional(v.pipe(v.number(), v.integer())),
  detail: v.optional(text),
  instance: v.optional(text),
  errors: v.optional(v.array(v.object({ field: text, message: text }))),
});

// Runtime shapes of what every element reads from the publication API (spec/publication-api.yaml): the service
// document, bodies, meetings, documents, pages and problems. The journal's and access requests' are in
// journal-schemas.ts, which only their elements load; schemas.ts gathers both.
import * as v from './shape.js';
import { DateTimeSchema, openEnum, tolerantArray } from './tolerant.js';

const isoDateTime = DateTimeSchema;
const text = v.string();
const optionalText = v.nullish(v.string(), null);

/** An absolute http(s) URL; anything else (javascript:, data:, relative) is rejected at the boundary. */
export const HttpUrlSchema = v.format('uri', (value) => (/^https?:\/\//i.test(value) && URL.canParse(value) ? value : undefined), 'not an http(s) URL');
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
  size: v.nullish(v.number({ integer: true, minimum: 0 }), null),
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
  sequence: v.number({ integer: true }),
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
  id: v.string({ minLength: 1 }),
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

export const pageSchema = <T extends v.Schema>(item: T, what = 'item') =>
  v.object({ items: tolerantArray(item, what), next: v.nullish(HttpUrlOrPathSchema, null), total: v.nullish(v.number({ integer: true, minimum: 0 }), null) });

/** `next` links may be absolute or relative to the API base; the client resolves them. */
export const HttpUrlOrPathSchema = v.format(
  'uri-reference',
  (value) => (!/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value) ? value : undefined),
  'not an http(s) URL',
);

export const ProblemSchema = v.object({
  type: v.optional(text, 'about:blank'),
  title: v.optional(text, ''),
  status: v.optional(v.number({ integer: true })),
  detail: v.optional(text),
  instance: v.optional(text),
  errors: v.optional(v.array(v.object({ field: text, message: text }))),
});

// The domain model every element and adapter speaks. Inferred from schemas.ts; field names follow spec/publication-api.yaml.
import type * as v from './shape.js';
import type * as s from './schemas.js';

export type Capabilities = v.InferOutput<typeof s.CapabilitiesSchema>;
export type ServiceDocument = v.InferOutput<typeof s.ServiceDocumentSchema>;
export type BodyKind = (typeof s.BODY_KINDS)[number];
export type Body = v.InferOutput<typeof s.BodySchema>;
export type BodyRef = v.InferOutput<typeof s.BodyRefSchema>;
export type DocumentType = (typeof s.DOCUMENT_TYPES)[number];
export type Document = v.InferOutput<typeof s.DocumentSchema>;
export type MeetingStatus = (typeof s.MEETING_STATUSES)[number];
export type Meeting = v.InferOutput<typeof s.MeetingSchema>;
export type AgendaItem = v.InferOutput<typeof s.AgendaItemSchema>;
export type MeetingDetail = v.InferOutput<typeof s.MeetingDetailSchema>;
export type MeetingLink = v.InferOutput<typeof s.MeetingLinkSchema>;
export type JournalEntryType = (typeof s.JOURNAL_ENTRY_TYPES)[number];
export type Correspondent = v.InferOutput<typeof s.CorrespondentSchema>;
export type PropertyNumber = v.InferOutput<typeof s.PropertyNumberSchema>;
export type JournalEntry = v.InferOutput<typeof s.JournalEntrySchema>;
export type JournalSort = (typeof s.JOURNAL_SORTS)[number];
export type Unit = v.InferOutput<typeof s.UnitSchema>;
export type AccessRequestTarget = v.InferOutput<typeof s.AccessRequestTargetSchema>;
export type AccessRequest = v.InferOutput<typeof s.AccessRequestSchema>;
export type AccessRequestReceipt = v.InferOutput<typeof s.AccessRequestReceiptSchema>;
export type AccessRequestStatus = (typeof s.ACCESS_REQUEST_STATUSES)[number];
export type AccessRequestConfirmation = v.InferOutput<typeof s.AccessRequestConfirmationSchema>;
export type Problem = v.InferOutput<typeof s.ProblemSchema>;

export interface Page<T> {
  items: T[];
  /** Absolute URL of the next page, or null on the last page. */
  next: string | null;
  total: number | null;
}

export interface JournalPage extends Page<JournalEntry> {
  /** When `total` is null: at least this many entries match; null when unknown. */
  totalAtLeast: number | null;
}

// Runtime checks of OParl 1.0/1.1 objects (github.com/OParl/spec schema/), tolerant of what live endpoints send:
// either version's type URI, references as URLs where the spec embeds objects, and placeholder strings.
import * as v from '../../shape.js';
import { union } from '../adapter-shapes.js';

/** `https://schema.oparl.org/1.0/Meeting` or `…/1.1/Meeting` (http too): the kind is the last segment. */
export function oparlType(kind: string) {
  const uri = new RegExp(`^https?://schema\\.oparl\\.org/1\\.[01]/${kind}$`);
  return v.optional(v.format(`OParl ${kind} type`, (value) => (uri.test(value) ? value : undefined), `not an OParl ${kind}`));
}

const optionalText = v.optional(v.unknown());
const reference = v.optional(v.unknown());

export const FileSchema = v.object({
  id: v.string(),
  type: oparlType('File'),
  name: optionalText,
  fileName: optionalText,
  mimeType: optionalText,
  size: optionalText,
  accessUrl: optionalText,
  downloadUrl: optionalText,
  date: optionalText,
  created: optionalText,
});

export const LocationSchema = v.object({
  id: v.optional(v.string()),
  description: optionalText,
  room: optionalText,
  streetAddress: optionalText,
  locality: optionalText,
});

export const AgendaItemSchema = v.object({
  id: v.string(),
  type: oparlType('AgendaItem'),
  number: optionalText,
  order: optionalText,
  name: optionalText,
  public: optionalText,
  result: optionalText,
  resolutionText: optionalText,
  resolutionFile: reference,
  auxiliaryFile: reference,
});
export type OparlAgendaItem = v.InferOutput<typeof AgendaItemSchema>;

export const MeetingSchema = v.object({
  id: v.string(),
  type: oparlType('Meeting'),
  name: optionalText,
  cancelled: optionalText,
  start: optionalText,
  end: optionalText,
  location: reference,
  organization: reference,
  invitation: reference,
  resultsProtocol: reference,
  auxiliaryFile: reference,
  agendaItem: reference,
  created: optionalText,
  deleted: optionalText,
});
export type OparlMeeting = v.InferOutput<typeof MeetingSchema>;

export const OrganizationSchema = v.object({
  id: v.string(),
  type: oparlType('Organization'),
  name: optionalText,
  shortName: optionalText,
  organizationType: optionalText,
  classification: optionalText,
  endDate: optionalText,
  deleted: optionalText,
});
export type OparlOrganization = v.InferOutput<typeof OrganizationSchema>;

export const BodySchema = v.object({
  id: v.string(),
  type: oparlType('Body'),
  name: optionalText,
  shortName: optionalText,
  organization: v.string(),
  meeting: v.string(),
});
export type OparlBody = v.InferOutput<typeof BodySchema>;

export const SystemSchema = v.object({
  id: v.optional(v.string()),
  type: oparlType('System'),
  name: optionalText,
  oparlVersion: optionalText,
  body: union([v.string(), v.array(v.unknown())]),
});

/** An external list page: `{ data, links: { next } }` (1.0 and 1.1); checked item by item by the caller. */
export const ListSchema = v.object({
  data: v.array(v.unknown()),
  links: v.optional(v.object({ next: v.nullish(v.string()) })),
});

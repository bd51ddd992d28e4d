// eInnsyn Journalpost → our JournalEntry, and our journal query → eInnsyn's /search parameters.
import type { QueryParams } from '../../client.js';
import { ApiError } from '../../errors.js';
import { PROBLEM_UNSUPPORTED_FILTER, type PortJournalQuery } from '../../port.js';
import { JournalEntrySchema } from '../../journal-schemas.js';
import type { Correspondent, JournalEntry, JournalEntryType, PropertyNumber } from '../../types.js';
import { osloDateKey } from '../../../time/oslo.js';
import { dateOnly, osloDateTime, parseOrSkip, SCREENED } from '../adapter-support.js';
import { expanded, expandedList, toDocuments } from './einnsyn-documents.js';
import { unitName } from './einnsyn-meetings.js';
import type { Journalpost } from './einnsyn-schemas.js';

/** Everything a journal entry shows, expanded in the same request (search and detail alike). */
export const JOURNALPOST_EXPAND = [
  'saksmappe.matrikkelnummer',
  'skjerming',
  'korrespondansepart',
  'administrativEnhetObjekt',
  'dokumentbeskrivelse.dokumentobjekt',
  'matrikkelnummer',
];

const TYPE: Record<string, JournalEntryType> = {
  inngaaende_dokument: 'I',
  utgaaende_dokument: 'U',
  organinternt_dokument_for_oppfoelging: 'N',
  organinternt_dokument_uten_oppfoelging: 'X',
  saksframlegg: 'S',
};
const JOURNALPOSTTYPE = Object.fromEntries(Object.entries(TYPE).map(([key, value]) => [value, key])) as Record<JournalEntryType, string>;

function role(type: string): Correspondent['role'] {
  const t = type.toLowerCase();
  if (t.endsWith('kopimottaker')) return 'copy';
  if (t.endsWith('mottaker')) return 'recipient';
  return 'sender';
}

function propertyNumbers(post: Journalpost): PropertyNumber[] {
  const saksmappe = expanded(post.saksmappe);
  const numbers = [...expandedList(post.matrikkelnummer), ...expandedList(saksmappe?.matrikkelnummer)];
  const seen = new Set<string>();
  return numbers.flatMap((m) => {
    const key = `${m.kommunenummer}/${m.gaardsnummer}/${m.bruksnummer}/${m.festenummer}/${m.seksjonsnummer}`;
    if (seen.has(key)) return [];
    seen.add(key);
    // eInnsyn writes 0 for "no festenummer / seksjonsnummer".
    return [
      {
        municipalityNumber: m.kommunenummer ?? null,
        gnr: m.gaardsnummer,
        bnr: m.bruksnummer,
        fnr: m.festenummer || null,
        snr: m.seksjonsnummer || null,
      },
    ];
  });
}

export function toJournalEntry(post: Journalpost, baseUrl: string, language?: string): JournalEntry | undefined {
  const saksmappe = expanded(post.saksmappe);
  const caseNumber = saksmappe ? saksmappe.saksnummer || `${saksmappe.saksaar}/${saksmappe.sakssekvensnummer}` : '';
  const type = TYPE[post.journalposttype];
  if (!type) return undefined;
  const unit = expanded(post.administrativEnhetObjekt);
  const journalDate = dateOnly(post.journaldato);
  return parseOrSkip(JournalEntrySchema, {
    id: post.id,
    journalNumber: caseNumber ? `${caseNumber}-${post.journalpostnummer}` : `${post.journalaar}/${post.journalsekvensnummer}`,
    journalDate,
    documentDate: dateOnly(post.dokumentetsDato) ?? null,
    type,
    title: post.offentligTittel,
    titleScreened: post.offentligTittel.includes(SCREENED),
    caseNumber,
    caseTitle: saksmappe?.offentligTittel ?? '',
    correspondents: expandedList(post.korrespondansepart).map((part) => ({
      role: role(part.korrespondanseparttype),
      name: part.korrespondansepartNavn,
      screened: part.korrespondansepartNavn.includes(SCREENED),
    })),
    unit: (unit && unitName(unit, language)) || post.administrativEnhet || '',
    exemptionBasis: expanded(post.skjerming)?.skjermingshjemmel?.trim() || null,
    propertyNumbers: propertyNumbers(post),
    documents: toDocuments(post.dokumentbeskrivelse, 'letter', osloDateTime(journalDate) ?? `${journalDate}T00:00:00Z`, baseUrl),
    // eInnsyn forwards an innsynskrav for any journal entry it publishes.
    canRequestAccess: true,
  });
}

const CASE = /^(\d{4})\/(\d+)$/;

/**
 * The journal query as eInnsyn's /search takes it; `unitIds` are the eInnsyn ids of the units the query names. eInnsyn
 * has no property (matrikkelnummer) filter in its search: see refuseUnsupportedFilters.
 */
export function journalSearchParams(query: PortJournalQuery, publisher: string, unitIds: readonly string[] = []): QueryParams {
  const caseMatch = CASE.exec(query.case?.trim() ?? '');
  const q = query.q?.trim().slice(0, 500) || undefined;
  const sortByDate = query.sort === 'journalDate' || (!q && query.sort !== 'relevance');
  const bases = (query.exemptionBasis ?? []).map((basis) => basis.trim()).filter(Boolean);
  const day = (value: string | Date | undefined) => (value === undefined ? undefined : typeof value === 'string' ? value : osloDateKey(value));
  return {
    entity: 'Journalpost',
    query: q,
    administrativEnhet: unitIds.length ? unitIds.join(',') : publisher,
    journaldatoFrom: day(query.from),
    journaldatoTo: day(query.to),
    journalposttype: query.type?.length ? query.type.map((type) => JOURNALPOSTTYPE[type]).join(',') : undefined,
    korrespondansepartNavn: query.correspondent?.trim() || undefined,
    skjermingshjemmel: bases.length ? bases.join(',') : undefined,
    saksaar: caseMatch?.[1],
    sakssekvensnummer: caseMatch?.[2],
    // Never sent: eInnsyn's fulltext is not our fulltext. There it is a filter on whether an entry has a published
    // file (true) or not (false), the query never reads file contents, and fulltext=true would narrow the results
    // instead of widening them (einnsyn-backend SearchQueryService: a term filter on the index's `fulltext`, which
    // JournalpostService sets when a dokumentobjekt exists). So the port offers no full-text search; see getService.
    sortBy: sortByDate ? 'journaldato' : 'score',
    sortOrder: 'desc',
    limit: query.limit === undefined ? undefined : Math.min(100, Math.max(1, query.limit)),
    expand: JOURNALPOST_EXPAND.join(','),
  };
}

/**
 * Refuses filters eInnsyn's search has no parameter for (property, gnr/bnr): dropping one silently would show
 * unfiltered results as if they were filtered.
 */
export function refuseUnsupportedFilters(query: PortJournalQuery, url: string): void {
  if (!query.property?.trim()) return;
  throw new ApiError('bad-request', url, 'eInnsyn cannot search the journal by property (gnr/bnr).', {
    status: 400,
    problem: {
      type: PROBLEM_UNSUPPORTED_FILTER,
      title: 'eInnsyn cannot search by property',
      errors: [{ field: 'property', message: 'eInnsyn cannot search the journal by property (gnr/bnr); search for the address or the case instead.' }],
    },
  });
}

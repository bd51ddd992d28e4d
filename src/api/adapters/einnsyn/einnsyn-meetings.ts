// eInnsyn units and meeting records (Enhet, Moetemappe, Moetesak, Moetedokument, Vedtak) → our Body, Meeting, AgendaItem.
import type { AgendaItem, Body, BodyKind, BodyRef, Document, Meeting, MeetingDetail, MeetingLink } from '../../types.js';
import { AgendaItemSchema, MeetingDetailSchema, MeetingSchema } from '../../common-schemas.js';
import { httpUrl, keepValid, osloDateTime, parseOrSkip, SCREENED, textToHtml } from '../adapter-support.js';
import { expanded, expandedList, toDocuments } from './einnsyn-documents.js';
import { MoetemappeLinkSchema, type Enhet, type Moetedokument, type Moetemappe, type Moetesak } from './einnsyn-schemas.js';

export type Language = 'nb' | 'nn' | 'en' | 'se';

/** The unit's name in the visitor's language where eInnsyn has one. */
export function unitName(enhet: Enhet, language: string | undefined): string {
  const lang = (language ?? 'nb').slice(0, 2);
  const name = lang === 'nn' ? enhet.navnNynorsk : lang === 'en' ? enhet.navnEngelsk : lang === 'se' ? enhet.navnSami : undefined;
  return name?.trim() || enhet.navn;
}

/** eInnsyn has no kind of committee; the Norwegian names say it (kommunestyre, formannskap, eldreråd, styre …). */
export function bodyKind(name: string): BodyKind {
  const n = name.toLowerCase();
  if (/(kommunestyre|fylkesting|bystyre|bydelsutvalg)/.test(n)) return 'council';
  if (/(formannskap|fylkesutvalg|byråd)/.test(n)) return 'executive';
  if (/(råd\b|rådet\b)/.test(n) && !/byråd/.test(n)) return 'advisory';
  if (/styre(t)?\b/.test(n)) return 'board';
  if (/(utvalg|komit|nemnd)/.test(n)) return 'committee';
  return 'other';
}

/** The committees (enhetstype UTVALG) among the publisher's sub-units, two levels down; hidden ones are left out. */
export function bodiesOf(units: readonly (string | Enhet)[], language: string | undefined, today: string): Body[] {
  const found = new Map<string, Body>();
  const visit = (list: readonly (string | Enhet)[] | undefined, depth: number) => {
    for (const unit of expandedList(list)) {
      if (unit.skjult) continue;
      if (unit.enhetstype === 'UTVALG' && !found.has(unit.id)) {
        const name = unitName(unit, language);
        found.set(unit.id, {
          id: unit.id,
          name,
          shortName: unit.enhetskode?.trim() || null,
          kind: bodyKind(unit.navn),
          active: !unit.avsluttetDato || unit.avsluttetDato > today,
        });
      }
      if (depth < 3) visit(unit.underenhet, depth + 1);
    }
  };
  visit(units, 1);
  const order: BodyKind[] = ['council', 'executive', 'committee', 'board', 'advisory', 'other'];
  return [...found.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'nb'));
}

/**
 * Which body a meeting belongs to. Where the utvalg's code matched no registered unit, eInnsyn points utvalgObjekt at the
 * municipality's journal unit: then the body is found by the utvalg text among the known bodies.
 */
export function bodyOfMeeting(mappe: Moetemappe, publisherId: string, bodies: readonly Body[]): BodyRef {
  const unit = mappe.utvalgObjekt;
  const unitId = typeof unit === 'string' ? unit : unit?.id;
  const known = bodies.find((body) => body.id === unitId);
  if (known) return { id: known.id, name: known.name };
  const byText = bodies.find((body) => sameName(body.name, mappe.utvalg) || sameName(body.shortName ?? '', mappe.utvalg));
  if (byText) return { id: byText.id, name: byText.name };
  if (unitId && unitId !== publisherId) return { id: unitId, name: expanded(unit)?.navn ?? mappe.utvalg };
  return { id: `utvalg:${mappe.utvalg}`, name: mappe.utvalg };
}

/** Administrative units (not committees) among the sub-units, with the name shown in the visitor's language. */
export function unitsOf(units: readonly (string | Enhet)[], language: string | undefined, withHidden = false): (Enhet & { name: string })[] {
  const found: (Enhet & { name: string })[] = [];
  const visit = (list: readonly (string | Enhet)[] | undefined, depth: number) => {
    for (const unit of expandedList(list)) {
      if (unit.skjult && !withHidden) continue;
      if (!['UTVALG', 'DUMMYENHET', 'KOMMUNE', 'FYLKE'].includes(unit.enhetstype) && !found.some((u) => u.id === unit.id)) {
        found.push({ ...unit, name: unitName(unit, language) });
      }
      if (depth < 3) visit(unit.underenhet, depth + 1);
    }
  };
  visit(units, 1);
  return found.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return norm(a) !== '' && norm(a) === norm(b);
}

function isMinutes(type: string): boolean {
  return /protokoll|referat|m(oe|ø)tebok/i.test(type);
}

function meetingDocuments(mappe: Moetemappe, publishedAt: string, baseUrl: string): { notice: Document | null; minutes: Document | null } {
  let notice: Document | null = null;
  let minutes: Document | null = null;
  for (const dokument of expandedList<Moetedokument>(mappe.moetedokument)) {
    const minutesDoc = isMinutes(dokument.moetedokumenttype);
    const published = osloDateTime(dokument.publisertDato) ?? publishedAt;
    const [file] = toDocuments(dokument.dokumentbeskrivelse, minutesDoc ? 'minutes' : 'notice', published, baseUrl);
    if (!file) continue;
    // The meeting document's own title names it better than the file's ("Møteprotokoll Kommunestyret 11.06.2026").
    const document = { ...file, type: minutesDoc ? ('minutes' as const) : ('notice' as const), title: dokument.offentligTittel || file.title };
    if (minutesDoc) minutes ??= document;
    else notice ??= document;
  }
  return { notice, minutes };
}

export function toMeeting(
  mappe: Moetemappe,
  context: { publisherId: string; bodies: readonly Body[]; baseUrl: string; now: number },
): Meeting | undefined {
  const start = osloDateTime(mappe.moetedato);
  if (!start) return undefined;
  const held = Date.parse(start) < context.now;
  const video = httpUrl(mappe.videoLink);
  const publishedAt = osloDateTime(mappe.publisertDato) ?? start;
  return parseOrSkip(MeetingSchema, {
    id: mappe.id,
    body: bodyOfMeeting(mappe, context.publisherId, context.bodies),
    start,
    end: null,
    originalStart: null,
    location: mappe.moetested?.trim() || null,
    // eInnsyn records no cancellation or move: a meeting is planned until its date has passed.
    status: held ? 'held' : 'planned',
    ...meetingDocuments(mappe, publishedAt, context.baseUrl),
    streamUrl: held ? null : video,
    recordingUrl: held ? video : null,
  });
}

const ITEM_PREFIX: Record<string, string> = {
  politisk: 'PS',
  referat: 'RS',
  delegert: 'DS',
  orientering: 'OS',
  interpellasjon: 'IS',
  godkjenning: 'GS',
};

function itemNumber(sak: Moetesak, sequence: number): string {
  const prefix = ITEM_PREFIX[sak.moetesakstype ?? ''];
  const number =
    sak.moetesakssekvensnummer !== undefined && sak.moetesaksaar !== undefined
      ? `${sak.moetesakssekvensnummer}/${String(sak.moetesaksaar).slice(-2)}`
      : String(sequence);
  return prefix ? `${prefix} ${number}` : number;
}

/** eInnsyn's decision text is HTML or plain text (tekstFormat); the votes (votering) are added as a count. */
function decisionOf(sak: Moetesak): string | null {
  const vedtak = expanded(sak.vedtak);
  const tekst = vedtak && expanded(vedtak.vedtakstekst);
  if (!vedtak || !tekst?.tekstInnhold.trim()) return null;
  const html = /html/i.test(tekst.tekstFormat ?? '') ? tekst.tekstInnhold : textToHtml(tekst.tekstInnhold);
  const votes = expandedList(vedtak.votering);
  if (!votes.length) return html;
  const count = (stemme: string) => votes.filter((vote) => vote.stemme === stemme).length;
  return `${html}<p>Votering: ${count('Ja')} for, ${count('Nei')} mot, ${count('Blankt')} blanke.</p>`;
}

/** A law and section: offentleglova (offl.), kommuneloven (koml.), forvaltningsloven (fvl.) and their spellings. */
const LAW = String.raw`(?:offl|offentleglova|offentlegl|offentlighetsloven|koml|kommunelova|kommuneloven|fvl|forvaltningsloven)\.?\s*§+\s*\d+(?:-\d+)?[a-z]?`;
const DETAIL = String.raw`(?:\s*(?:første|fyrste|andre|annet|tredje|fjerde|femte)\s+ledd)?(?:\s*(?:nr\.?|bokstav)\s*[0-9a-z]+)?`;
const BASIS = new RegExp(`${LAW}${DETAIL}(?:\\s*(?:jf\\.?|jfr\\.?|,)\\s*${LAW}${DETAIL})*`, 'i');

/**
 * The legal basis a closed item's public title names ("Tilsetting av ***** – unntatt offentlighet, jf. offl. § 25"
 * gives "offl. § 25"), or null. Read from the title only, so it is shown as the text the municipality wrote.
 */
export function legalBasisInTitle(title: string): string | null {
  return BASIS.exec(title)?.[0].replace(/\s+/g, ' ').trim() ?? null;
}

export function toAgendaItem(sak: Moetesak, sequence: number, publishedAt: string, baseUrl: string): AgendaItem | undefined {
  const published = osloDateTime(sak.publisertDato) ?? publishedAt;
  const utredning = expanded(sak.utredning);
  const vedtak = expanded(sak.vedtak);
  const closed = sak.offentligTittel.includes(SCREENED);
  return parseOrSkip(AgendaItemSchema, {
    id: sak.id,
    number: itemNumber(sak, sequence),
    sequence,
    title: sak.offentligTittel,
    // A Moetesak names no Saksmappe in eInnsyn's model, so the case number is not known here.
    caseNumber: null,
    closed,
    // eInnsyn's Moetesak has no skjerming (only Journalpost has; the spec's Moetesak.Moetesak and einnsyn-backend's
    // MoetesakDTO at e4a85fc agree), so the basis can only come from the public title, where municipalities often write it.
    exemptionBasis: closed ? legalBasisInTitle(sak.offentligTittel) : null,
    documents: [
      ...toDocuments(utredning?.utredningsdokument, 'case-presentation', published, baseUrl),
      ...toDocuments(sak.dokumentbeskrivelse, 'case-presentation', published, baseUrl),
      ...toDocuments(vedtak?.vedtaksdokument, 'decision', published, baseUrl),
    ],
    decision: closed ? null : decisionOf(sak),
    // eInnsyn takes access requests for journal entries only, and a Moetesak is not one.
    canRequestAccess: false,
  });
}

export function toMeetingDetail(
  mappe: Moetemappe,
  context: { publisherId: string; bodies: readonly Body[]; baseUrl: string; now: number },
): MeetingDetail | undefined {
  const meeting = toMeeting(mappe, context);
  if (!meeting) return undefined;
  const publishedAt = osloDateTime(mappe.publisertDato) ?? meeting.start;
  const items = expandedList<Moetesak>(mappe.moetesak).map((sak, index) => toAgendaItem(sak, index + 1, publishedAt, context.baseUrl));
  return parseOrSkip(MeetingDetailSchema, {
    ...meeting,
    agendaItems: keepValid(AgendaItemSchema, items),
    previousMeeting: meetingLink(mappe.referanseForrigeMoete),
    nextMeeting: meetingLink(mappe.referanseNesteMoete),
  });
}

/** referanseForrigeMoete / referanseNesteMoete: a Moetemappe id, or the Moetemappe itself when expanded. */
export function meetingLink(reference: unknown): MeetingLink | null {
  if (typeof reference === 'string') return /^mm_[0-9a-z]+$/i.test(reference) ? { id: reference, start: null } : null;
  const mappe = parseOrSkip(MoetemappeLinkSchema, reference);
  return mappe ? { id: mappe.id, start: osloDateTime(mappe.moetedato) ?? null } : null;
}

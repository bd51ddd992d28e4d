// eInnsyn Dokumentbeskrivelse (with its Dokumentobjekt) → our Document: only files the public can download are listed.
import type { Document, DocumentType } from '../../types.js';
import { httpUrl, mediaTypeOf } from '../adapter-support.js';
import type { Dokumentbeskrivelse } from './einnsyn-schemas.js';

/** The expanded object of a reference, or undefined when only its id came. */
export function expanded<T>(value: string | T | null | undefined): T | undefined {
  return value !== null && value !== undefined && typeof value === 'object' ? value : undefined;
}

export function expandedList<T>(values: readonly (string | T)[] | undefined): T[] {
  return (values ?? []).flatMap((value) => {
    const object = expanded(value);
    return object ? [object] : [];
  });
}

/** `hoveddokument` of a case presentation is the saksframlegg itself; the rest are attachments (vedlegg). */
export function documentType(beskrivelse: Dokumentbeskrivelse, fallback: DocumentType): DocumentType {
  const role = (beskrivelse.tilknyttetRegistreringSom ?? '').toLowerCase();
  if (role.includes('vedlegg')) return 'attachment';
  return fallback;
}

export function toDocuments(
  beskrivelser: readonly (string | Dokumentbeskrivelse)[] | undefined,
  type: DocumentType,
  publishedAt: string,
  baseUrl: string,
): Document[] {
  return expandedList(beskrivelser).flatMap((beskrivelse) => {
    const file = expandedList(beskrivelse.dokumentobjekt).find((objekt) => httpUrl(objekt.url, `${baseUrl}/`));
    const url = file && httpUrl(file.url, `${baseUrl}/`);
    if (!file || !url) return [];
    return [
      {
        id: beskrivelse.id,
        title: beskrivelse.tittel,
        type: documentType(beskrivelse, type),
        mediaType: mediaTypeOf(file.format),
        size: null,
        url,
        publishedAt,
      },
    ];
  });
}

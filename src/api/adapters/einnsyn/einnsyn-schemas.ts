// Runtime checks of the eInnsyn answers the adapter reads: only the fields it maps, each named as in eInnsyn's spec.
// The compile-time checks at the bottom fail when a field name here is not one of the generated spec types.
import * as v from '../../shape.js';
import { literal, union } from '../adapter-shapes.js';
import type { components } from './einnsyn-schema.generated.js';

type Spec = components['schemas'];

const text = v.string();
const optionalText = v.optional(v.string());
/** A reference is an id, or the object itself when it was expanded. */
const ref = <T extends v.Schema>(schema: T) => union([v.string(), schema]);
const refs = <T extends v.Schema>(schema: T) => v.optional(v.array(ref(schema)), []);

const enhetFields = {
  id: text,
  entity: literal('Enhet'),
  navn: text,
  navnNynorsk: optionalText,
  navnEngelsk: optionalText,
  navnSami: optionalText,
  orgnummer: optionalText,
  enhetskode: optionalText,
  slug: optionalText,
  enhetstype: text,
  avsluttetDato: optionalText,
  skjult: v.optional(v.boolean()),
};
const EnhetLeafSchema = v.object(enhetFields);
/** A unit with its sub-units two levels down, as far as `expand=underenhet.underenhet` reaches. */
export const EnhetSchema = v.object({
  ...enhetFields,
  underenhet: v.optional(
    v.array(union([v.string(), v.object({ ...enhetFields, underenhet: v.optional(v.array(union([v.string(), EnhetLeafSchema]))) })])),
  ),
});
export type Enhet = v.InferOutput<typeof EnhetLeafSchema> & { underenhet?: (string | Enhet)[] };

export const DokumentobjektSchema = v.object({
  id: text,
  entity: literal('Dokumentobjekt'),
  url: v.nullish(v.string()),
  format: optionalText,
});

export const DokumentbeskrivelseSchema = v.object({
  id: text,
  entity: literal('Dokumentbeskrivelse'),
  tittel: text,
  tilknyttetRegistreringSom: optionalText,
  dokumenttype: optionalText,
  dokumentobjekt: refs(DokumentobjektSchema),
});
export type Dokumentbeskrivelse = v.InferOutput<typeof DokumentbeskrivelseSchema>;

export const MoetesaksbeskrivelseSchema = v.object({
  id: text,
  tekstInnhold: text,
  tekstFormat: optionalText,
});

export const MoetedeltakerSchema = v.object({ id: text, moetedeltakerNavn: text });

export const VoteringSchema = v.object({
  id: text,
  stemme: v.picklist(['Ja', 'Nei', 'Blankt']),
});

export const VedtakSchema = v.object({
  id: text,
  entity: literal('Vedtak'),
  vedtakstekst: ref(MoetesaksbeskrivelseSchema),
  votering: refs(VoteringSchema),
  vedtaksdokument: refs(DokumentbeskrivelseSchema),
  dato: optionalText,
});

export const UtredningSchema = v.object({
  id: text,
  utredningsdokument: refs(DokumentbeskrivelseSchema),
});

export const MoetesakSchema = v.object({
  id: text,
  entity: literal('Moetesak'),
  offentligTittel: text,
  moetesakstype: optionalText,
  moetesaksaar: v.optional(v.number()),
  moetesakssekvensnummer: v.optional(v.number()),
  publisertDato: optionalText,
  videoLink: optionalText,
  utredning: v.optional(ref(UtredningSchema)),
  vedtak: v.optional(ref(VedtakSchema)),
  dokumentbeskrivelse: refs(DokumentbeskrivelseSchema),
});
export type Moetesak = v.InferOutput<typeof MoetesakSchema>;

export const MoetedokumentSchema = v.object({
  id: text,
  entity: literal('Moetedokument'),
  offentligTittel: text,
  moetedokumenttype: text,
  publisertDato: optionalText,
  dokumentbeskrivelse: refs(DokumentbeskrivelseSchema),
});
export type Moetedokument = v.InferOutput<typeof MoetedokumentSchema>;

export const MoetemappeSchema = v.object({
  id: text,
  entity: literal('Moetemappe'),
  offentligTittel: optionalText,
  moetenummer: optionalText,
  utvalg: text,
  utvalgObjekt: v.optional(ref(EnhetSchema)),
  moetedato: text,
  moetested: optionalText,
  videoLink: optionalText,
  publisertDato: optionalText,
  referanseForrigeMoete: v.optional(v.unknown()),
  referanseNesteMoete: v.optional(v.unknown()),
  moetedokument: refs(MoetedokumentSchema),
  moetesak: refs(MoetesakSchema),
});
export type Moetemappe = v.InferOutput<typeof MoetemappeSchema>;

/** A neighbouring meeting as `expand=referanseForrigeMoete` gives it: only what its link needs. */
export const MoetemappeLinkSchema = v.object({ id: text, entity: literal('Moetemappe'), moetedato: optionalText });

export const SkjermingSchema = v.object({ id: text, skjermingshjemmel: optionalText, tilgangsrestriksjon: optionalText });

export const KorrespondansepartSchema = v.object({
  id: text,
  korrespondansepartNavn: text,
  korrespondanseparttype: text,
});

export const MatrikkelnummerSchema = v.object({
  id: text,
  kommunenummer: optionalText,
  gaardsnummer: v.number(),
  bruksnummer: v.number(),
  festenummer: v.optional(v.number()),
  seksjonsnummer: v.optional(v.number()),
});

export const SaksmappeSchema = v.object({
  id: text,
  offentligTittel: text,
  saksaar: v.number(),
  sakssekvensnummer: v.number(),
  saksnummer: optionalText,
  matrikkelnummer: refs(MatrikkelnummerSchema),
});

export const JOURNALPOSTTYPER = [
  'inngaaende_dokument',
  'utgaaende_dokument',
  'organinternt_dokument_for_oppfoelging',
  'organinternt_dokument_uten_oppfoelging',
  'saksframlegg',
  'sakskart',
  'moeteprotokoll',
  'moetebok',
  'ukjent',
] as const;

export const JournalpostSchema = v.object({
  id: text,
  entity: literal('Journalpost'),
  offentligTittel: text,
  journalaar: v.number(),
  journalsekvensnummer: v.number(),
  journalpostnummer: v.number(),
  journalposttype: v.string(),
  journaldato: text,
  dokumentetsDato: optionalText,
  administrativEnhet: optionalText,
  administrativEnhetObjekt: v.optional(ref(EnhetSchema)),
  skjerming: v.optional(ref(SkjermingSchema)),
  saksmappe: v.optional(ref(SaksmappeSchema)),
  korrespondansepart: refs(KorrespondansepartSchema),
  dokumentbeskrivelse: refs(DokumentbeskrivelseSchema),
  matrikkelnummer: refs(MatrikkelnummerSchema),
});
export type Journalpost = v.InferOutput<typeof JournalpostSchema>;

export const InnsynskravBestillingSchema = v.object({
  id: text,
  entity: literal('InnsynskravBestilling'),
  email: text,
  verified: v.optional(v.boolean()),
  innsynskrav: v.optional(v.array(v.unknown()), []),
});

/** Every list answer: items are checked one by one by the caller, so one bad item is left out, not the whole list. */
export const ListSchema = v.object({
  items: v.array(v.unknown()),
  next: v.nullish(v.string()),
  previous: v.nullish(v.string()),
});

/** The body of eInnsyn's error answers (Exceptions.EInnsynException). */
export const ErrorSchema = v.object({ type: text, message: optionalText });

// Field names must exist in eInnsyn's spec (einnsyn-schema.generated.ts); a typo or a renamed field fails tsc here.
type FieldsOf<S extends { entries: object }> = keyof S['entries'];
type Within<A extends B, B> = A;
export type SpecChecks = [
  Within<FieldsOf<typeof EnhetSchema>, keyof Spec['Enhet.Enhet']>,
  Within<FieldsOf<typeof DokumentobjektSchema>, keyof Spec['Dokumentobjekt.Dokumentobjekt']>,
  Within<FieldsOf<typeof DokumentbeskrivelseSchema>, keyof Spec['Dokumentbeskrivelse.Dokumentbeskrivelse']>,
  Within<FieldsOf<typeof MoetesaksbeskrivelseSchema>, keyof Spec['Moetesaksbeskrivelse.Moetesaksbeskrivelse']>,
  Within<FieldsOf<typeof MoetedeltakerSchema>, keyof Spec['Moetedeltaker.Moetedeltaker']>,
  Within<FieldsOf<typeof VoteringSchema>, keyof Spec['Votering.Votering']>,
  Within<FieldsOf<typeof VedtakSchema>, keyof Spec['Vedtak.Vedtak']>,
  Within<FieldsOf<typeof UtredningSchema>, keyof Spec['Utredning.Utredning']>,
  Within<FieldsOf<typeof MoetesakSchema>, keyof Spec['Moetesak.Moetesak']>,
  Within<FieldsOf<typeof MoetedokumentSchema>, keyof Spec['Moetedokument.Moetedokument']>,
  Within<FieldsOf<typeof MoetemappeSchema>, keyof Spec['Moetemappe.Moetemappe']>,
  Within<FieldsOf<typeof MoetemappeLinkSchema>, keyof Spec['Moetemappe.Moetemappe']>,
  Within<FieldsOf<typeof SkjermingSchema>, keyof Spec['Skjerming.Skjerming']>,
  Within<FieldsOf<typeof KorrespondansepartSchema>, keyof Spec['Korrespondansepart.Korrespondansepart']>,
  Within<FieldsOf<typeof MatrikkelnummerSchema>, keyof Spec['Matrikkelnummer.Matrikkelnummer']>,
  Within<FieldsOf<typeof SaksmappeSchema>, keyof Spec['Saksmappe.Saksmappe']>,
  Within<FieldsOf<typeof JournalpostSchema>, keyof Spec['Journalpost.Journalpost']>,
  Within<FieldsOf<typeof InnsynskravBestillingSchema>, keyof Spec['InnsynskravBestilling.InnsynskravBestilling']>,
  Within<(typeof JOURNALPOSTTYPER)[number], Spec['Journalpost.Journalpost']['journalposttype']>,
  Within<FieldsOf<typeof ErrorSchema>, keyof Spec['Exceptions.EInnsynException']>,
];

/** What the adapter sends: exactly the spec's create type, so an unknown field (which eInnsyn refuses) cannot slip in. */
export type InnsynskravBestillingCreate = Pick<Spec['InnsynskravBestilling.InnsynskravBestillingCreate'], 'email' | 'language'> & {
  innsynskrav: { journalpost: string }[];
};

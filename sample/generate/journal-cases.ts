// The kinds of cases each unit of Eksempel kommune registers, as the steps (journal entries) a case goes through.
import type { JournalEntryType, PropertyNumber } from '../../src/api/types.js';
import type { Random } from './random.js';
import { address, FIRMS, HOSPITALITY, KINDERGARTENS, MUNICIPALITY_NUMBER, personName, PLACES, PUBLIC_BODIES, SCHOOLS, STREETS } from './vocabulary.js';

export const SCREENED = '*****';
const PERSONAL_MATTER = 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1';
const JOB_APPLICANT = 'Offl. § 25 andre ledd';
const TENDER = 'Offl. § 23 tredje ledd';

export interface Party {
  name: string;
  /** A private person whose name the journal must not show. */
  screened: boolean;
}

export interface Step {
  type: JournalEntryType;
  title: string;
  /** Sender of I, recipient of U and N; none for X and S. */
  party?: Party;
  copy?: Party;
  /** Titles with "*****" are screened; a basis without screening exempts only the document. */
  exemptionBasis?: string;
}

export interface CaseDraft {
  unit: string;
  caseTitle: string;
  caseTitleScreened: boolean;
  propertyNumbers: PropertyNumber[];
  steps: Step[];
}

interface CaseKind {
  unit: string;
  weight: number;
  build(random: Random): CaseDraft;
}

const person = (random: Random): Party => ({ name: personName(random), screened: false });
const hiddenPerson = (random: Random): Party => ({ name: personName(random), screened: true });
const firm = (random: Random): Party => ({ name: random.pick(FIRMS), screened: false });
const authority = (name: string): Party => ({ name, screened: false });
const internal = (random: Random): Party =>
  authority(random.pick(['Kommunedirektøren', 'Kommunalsjef for samfunnsutvikling', 'Enhetsleder', 'Økonomisjef', 'Kommuneadvokaten']));

function property(random: Random): PropertyNumber {
  return {
    municipalityNumber: MUNICIPALITY_NUMBER,
    gnr: random.int(1, 140),
    bnr: random.int(1, 350),
    fnr: random.chance(0.1) ? random.int(1, 6) : null,
    snr: random.chance(0.03) ? random.int(1, 12) : null,
  };
}

function propertyText(pn: PropertyNumber): string {
  return `gnr ${pn.gnr} bnr ${pn.bnr}${pn.fnr !== null ? ` fnr ${pn.fnr}` : ''}${pn.snr !== null ? ` snr ${pn.snr}` : ''}`;
}

const capitalize = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const draft = (unit: string, caseTitle: string, steps: Step[], propertyNumbers: PropertyNumber[] = []): CaseDraft => ({
  unit,
  caseTitle,
  caseTitleScreened: caseTitle.includes(SCREENED),
  propertyNumbers,
  steps,
});

const PLAN_AND_BUILDING = 'Plan og bygg';
const CHILDHOOD = 'Oppvekst';
const HEALTH = 'Helse og omsorg';
const FINANCE = 'Økonomi';
const TECHNICAL = 'Teknisk drift';
const PERSONNEL = 'Personal og organisasjon';
const CENTRAL = 'Sentraladministrasjonen';

const PROCUREMENTS: readonly (readonly [string, readonly string[]])[] = [
  ['brøyting og strøing', ['Bakkemo Maskin AS', 'Grønnvei Anlegg AS', 'Vestmo Transport AS', 'Lien Maskin og Transport AS']],
  ['renhold av kommunale bygg', ['Glans Renhold AS', 'Fjordbyen Renhold AS', 'Skinnende Rent Eksempel AS']],
  ['IT-utstyr til skolene', ['Datakraft Eksempel AS', 'Nordlys IT AS', 'Fjordnett AS']],
  ['rammeavtale for elektrikertjenester', ['Lyngmo Elektro AS', 'Spenningen Elektro AS', 'Eksempel Elinstallasjon AS']],
  ['rammeavtale for rørleggertjenester', ['Eksempel Rør og Varme AS', 'Vannvittig Rør AS', 'Holm Rør AS']],
];

const KINDS: readonly CaseKind[] = [
  {
    unit: PLAN_AND_BUILDING,
    weight: 5,
    build: (random) => {
      const pn = property(random);
      const street = address(random);
      const where = `${propertyText(pn)} - ${street}`;
      const measure = random.pick(['oppføring av enebolig', 'tilbygg til bolig', 'garasje', 'fritidsbolig', 'boligblokk med 12 leiligheter', 'riving av bolighus', 'bruksendring']);
      const applicant = random.chance(0.6) ? firm(random) : person(random);
      const neighbour = person(random);
      const permit = random.pick(['rammetillatelse', 'tillatelse til tiltak']);
      return draft(PLAN_AND_BUILDING, `${street} - ${capitalize(measure)} - ${propertyText(pn)}`, [
        { type: 'I', title: `Søknad om ${permit} - ${where}`, party: applicant },
        { type: 'U', title: `Mangelbrev - ${where}`, party: applicant },
        { type: 'I', title: `Nabomerknad - ${where}`, party: neighbour },
        { type: 'I', title: `Tilleggsdokumentasjon - ${where}`, party: applicant },
        { type: 'U', title: `Vedtak om ${permit} - ${where}`, party: applicant, copy: neighbour },
        { type: 'I', title: `Søknad om igangsettingstillatelse - ${where}`, party: applicant },
        { type: 'U', title: `Igangsettingstillatelse - ${where}`, party: applicant },
        { type: 'X', title: `Befaring - ${where}` },
        { type: 'I', title: `Søknad om ferdigattest - ${where}`, party: applicant },
        { type: 'U', title: `Ferdigattest - ${where}`, party: applicant },
      ], [pn]);
    },
  },
  {
    unit: PLAN_AND_BUILDING,
    weight: 6,
    build: (random) => {
      const pn = property(random);
      const street = address(random);
      const where = `${propertyText(pn)} - ${street}`;
      const what = random.pick(['fradeling av boligtomt', 'dispensasjon fra kommuneplanens arealdel', 'dispensasjon fra byggegrense mot sjø']);
      const applicant = random.chance(0.5) ? person(random) : firm(random);
      const governor = authority('Statsforvalteren i Eksempel');
      return draft(PLAN_AND_BUILDING, `${street} - ${capitalize(what)} - ${propertyText(pn)}`, [
        { type: 'I', title: `Søknad om ${what} - ${where}`, party: applicant },
        { type: 'U', title: `Høring - søknad om ${what} - ${where}`, party: governor, copy: authority('Eksempel fylkeskommune') },
        { type: 'I', title: `Uttalelse - ${what} - ${where}`, party: governor },
        { type: 'S', title: `Saksframlegg - ${what} - ${where}` },
        { type: 'U', title: `Vedtak - ${what} - ${where}`, party: applicant },
        { type: 'I', title: `Klage på vedtak om ${what} - ${where}`, party: applicant },
        { type: 'U', title: `Oversendelse av klage - ${where}`, party: governor, copy: applicant },
        { type: 'I', title: `Vedtak i klagesak - ${where}`, party: governor },
      ], [pn]);
    },
  },
  {
    unit: PLAN_AND_BUILDING,
    weight: 4,
    build: (random) => {
      const plan = `reguleringsplan for ${random.pick(PLACES)}`;
      const consultant = firm(random);
      return draft(PLAN_AND_BUILDING, `Detaljregulering - ${plan}`, [
        { type: 'I', title: `Anmodning om oppstartsmøte - ${plan}`, party: consultant },
        { type: 'U', title: `Referat fra oppstartsmøte - ${plan}`, party: consultant },
        { type: 'I', title: `Merknad til varsel om oppstart - ${plan}`, party: person(random) },
        { type: 'I', title: `Uttalelse til varsel om oppstart - ${plan}`, party: authority(random.pick(['Statens vegvesen', 'Eksempel fylkeskommune', 'Norges vassdrags- og energidirektorat'])) },
        { type: 'I', title: `Planforslag - ${plan}`, party: consultant },
        { type: 'S', title: `Saksframlegg - 1. gangs behandling - ${plan}` },
        { type: 'U', title: `Offentlig ettersyn - ${plan}`, party: authority('Statsforvalteren i Eksempel'), copy: consultant },
        { type: 'I', title: `Uttalelse til offentlig ettersyn - ${plan}`, party: authority('Statsforvalteren i Eksempel') },
        { type: 'S', title: `Saksframlegg - sluttbehandling - ${plan}` },
      ], [property(random), property(random), property(random)].slice(0, random.int(1, 3)));
    },
  },
  {
    unit: PLAN_AND_BUILDING,
    weight: 3,
    build: (random) => {
      const pn = property(random);
      const where = `${propertyText(pn)} - ${address(random)}`;
      const builder = firm(random);
      return draft(PLAN_AND_BUILDING, `Tilsyn - ${where}`, [
        { type: 'U', title: `Varsel om tilsyn - ${where}`, party: builder },
        { type: 'N', title: `Tilsynsrapport - ${where}`, party: internal(random) },
        { type: 'U', title: `Tilsynsrapport - ${where}`, party: builder },
        { type: 'I', title: `Tilbakemelding på tilsynsrapport - ${where}`, party: builder },
        { type: 'U', title: `Avslutning av tilsyn - ${where}`, party: builder },
      ], [pn]);
    },
  },
  {
    unit: CHILDHOOD,
    weight: 0.8,
    build: (random) => {
      const school = random.pick(SCHOOLS);
      const guardian = hiddenPerson(random);
      return draft(CHILDHOOD, `Spesialundervisning - ${SCREENED}`, [
        { type: 'I', title: `Henvisning til PPT - ${SCREENED}`, party: authority(school), exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Sakkyndig vurdering - ${SCREENED}`, party: authority('PPT Eksempel'), exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Vedtak om spesialundervisning - ${SCREENED}`, party: guardian, exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Klage på vedtak om spesialundervisning - ${SCREENED}`, party: guardian, exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Oversendelse av klage - ${SCREENED}`, party: authority('Statsforvalteren i Eksempel'), exemptionBasis: PERSONAL_MATTER },
      ]);
    },
  },
  {
    unit: CHILDHOOD,
    weight: 0.6,
    build: (random) => {
      const guardian = hiddenPerson(random);
      return draft(CHILDHOOD, `Skoleskyss - ${SCREENED}`, [
        { type: 'I', title: `Søknad om skoleskyss på grunn av særlig farlig skoleveg - ${SCREENED}`, party: guardian, exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Vedtak om skoleskyss - ${SCREENED}`, party: guardian, copy: authority('Eksempel fylkeskommune'), exemptionBasis: PERSONAL_MATTER },
      ]);
    },
  },
  {
    unit: CHILDHOOD,
    weight: 3,
    build: (random) => {
      const kindergarten = random.pick(KINDERGARTENS);
      const owner = authority(`${kindergarten} SA`);
      return draft(CHILDHOOD, `Tilsyn med ${kindergarten}`, [
        { type: 'U', title: `Varsel om tilsyn - ${kindergarten}`, party: owner },
        { type: 'I', title: `Dokumentasjon til tilsyn - ${kindergarten}`, party: owner },
        { type: 'U', title: `Foreløpig tilsynsrapport - ${kindergarten}`, party: owner },
        { type: 'I', title: `Tilbakemelding på foreløpig tilsynsrapport - ${kindergarten}`, party: owner },
        { type: 'U', title: `Endelig tilsynsrapport - ${kindergarten}`, party: owner },
      ]);
    },
  },
  {
    unit: CHILDHOOD,
    weight: 3,
    build: (random) => {
      const plan = random.pick(['skolebruksplan', 'plan for barnehagedekning', 'kvalitetsplan for skolene', 'ordensreglement for grunnskolen']);
      const steps: Step[] = [{ type: 'X', title: `Høringsutkast - ${plan}` }];
      for (const school of random.sample(SCHOOLS, 4)) {
        steps.push({ type: 'U', title: `Høring - ${plan}`, party: authority(`FAU ved ${school}`) });
        steps.push({ type: 'I', title: `Høringsuttalelse - ${plan} - FAU ved ${school}`, party: authority(`FAU ved ${school}`) });
      }
      steps.push({ type: 'S', title: `Saksframlegg - ${plan}` });
      return draft(CHILDHOOD, `Revisjon av ${plan}`, steps);
    },
  },
  {
    unit: HEALTH,
    weight: 1.6,
    build: (random) => {
      const service = random.pick(['hjemmesykepleie', 'praktisk bistand', 'korttidsopphold', 'langtidsopphold i sykehjem', 'brukerstyrt personlig assistanse', 'omsorgsstønad']);
      const applicant = hiddenPerson(random);
      return draft(HEALTH, `Helse- og omsorgstjenester - ${SCREENED}`, [
        { type: 'I', title: `Søknad om ${service} - ${SCREENED}`, party: applicant, exemptionBasis: PERSONAL_MATTER },
        { type: 'X', title: `Kartlegging - ${SCREENED}`, exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Vedtak om ${service} - ${SCREENED}`, party: applicant, exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Klage på vedtak om ${service} - ${SCREENED}`, party: applicant, exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Oversendelse av klage - ${SCREENED}`, party: authority('Statsforvalteren i Eksempel'), copy: applicant, exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Vedtak i klagesak - ${SCREENED}`, party: authority('Statsforvalteren i Eksempel'), exemptionBasis: PERSONAL_MATTER },
      ]);
    },
  },
  {
    unit: HEALTH,
    weight: 3,
    build: (random) => {
      const topic = random.pick(['legevakten', 'hjemmetjenesten', 'Eksempel sykehjem', 'kommunal akutt døgnenhet', 'legemiddelhåndtering i sykehjem']);
      const supervisor = authority(random.pick(['Statsforvalteren i Eksempel', 'Helsetilsynet', 'Arbeidstilsynet']));
      return draft(HEALTH, `Tilsyn - ${topic}`, [
        { type: 'I', title: `Varsel om tilsyn - ${topic}`, party: supervisor },
        { type: 'U', title: `Dokumentasjon til tilsyn - ${topic}`, party: supervisor },
        { type: 'I', title: `Foreløpig tilsynsrapport - ${topic}`, party: supervisor },
        { type: 'U', title: `Kommentarer til foreløpig tilsynsrapport - ${topic}`, party: supervisor },
        { type: 'I', title: `Endelig tilsynsrapport - ${topic}`, party: supervisor },
        { type: 'N', title: `Oppfølging av avvik - ${topic}`, party: internal(random) },
        { type: 'U', title: `Lukking av avvik - ${topic}`, party: supervisor },
      ]);
    },
  },
  {
    unit: FINANCE,
    weight: 4,
    build: (random) => {
      const [what, suppliers] = random.pick(PROCUREMENTS);
      const bidders = random.sample(suppliers, 3).map((name) => authority(name));
      const winner = bidders[0]!;
      return draft(FINANCE, `Anskaffelse - ${what}`, [
        { type: 'X', title: `Konkurransegrunnlag - ${what}` },
        ...bidders.map((bidder): Step => ({ type: 'I', title: `Tilbud - ${what}`, party: bidder, exemptionBasis: TENDER })),
        { type: 'U', title: `Meddelelse om valg av leverandør - ${what}`, party: winner },
        { type: 'U', title: `Kontrakt - ${what}`, party: winner },
        { type: 'I', title: `Faktura - ${what}`, party: winner },
        { type: 'I', title: `Faktura - ${what}`, party: winner },
      ]);
    },
  },
  {
    unit: FINANCE,
    weight: 2,
    build: (random) => {
      const pn = property(random);
      const owner = person(random);
      const where = propertyText(pn);
      return draft(FINANCE, `Eiendomsskatt - ${where}`, [
        { type: 'I', title: `Klage på eiendomsskattetakst - ${where}`, party: owner },
        { type: 'U', title: `Foreløpig svar - klage på eiendomsskattetakst - ${where}`, party: owner },
        { type: 'S', title: `Saksframlegg til sakkyndig klagenemnd - ${where}` },
        { type: 'U', title: `Vedtak i klagesak om eiendomsskatt - ${where}`, party: owner },
      ], [pn]);
    },
  },
  {
    unit: FINANCE,
    weight: 0.6,
    build: (random) => {
      const applicant = hiddenPerson(random);
      return draft(FINANCE, `Startlån - ${SCREENED}`, [
        { type: 'I', title: `Søknad om startlån - ${SCREENED}`, party: applicant, exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Vedtak om startlån - ${SCREENED}`, party: applicant, exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Aksept av lånetilbud - ${SCREENED}`, party: applicant, exemptionBasis: PERSONAL_MATTER },
      ]);
    },
  },
  {
    unit: TECHNICAL,
    weight: 4,
    build: (random) => {
      const street = random.pick(STREETS);
      const contractor = firm(random);
      return draft(TECHNICAL, `Gravetillatelse - ${street}`, [
        { type: 'I', title: `Søknad om gravetillatelse - ${street}`, party: contractor },
        { type: 'U', title: `Gravetillatelse - ${street}`, party: contractor },
        { type: 'I', title: `Ferdigmelding - graving i ${street}`, party: contractor },
        { type: 'U', title: `Godkjent ferdigmelding - ${street}`, party: contractor },
      ]);
    },
  },
  {
    unit: TECHNICAL,
    weight: 3,
    build: (random) => {
      const pn = property(random);
      const where = `${propertyText(pn)} - ${address(random)}`;
      const plumber = firm(random);
      return draft(TECHNICAL, `Tilknytning til kommunalt vann og avløp - ${where}`, [
        { type: 'I', title: `Søknad om tilknytning til kommunalt vann og avløp - ${where}`, party: plumber },
        { type: 'U', title: `Tillatelse til tilknytning - ${where}`, party: plumber },
        { type: 'I', title: `Ferdigmelding - ${where}`, party: plumber },
        { type: 'U', title: `Faktura for tilknytningsgebyr - ${where}`, party: person(random) },
      ], [pn]);
    },
  },
  {
    unit: TECHNICAL,
    weight: 2,
    build: (random) => {
      const street = random.pick(STREETS);
      const claimant = person(random);
      return draft(TECHNICAL, `Skade på kommunal veg - ${street}`, [
        { type: 'I', title: `Melding om skade på kjøretøy - ${street}`, party: claimant },
        { type: 'N', title: `Vurdering av erstatningskrav - ${street}`, party: internal(random) },
        { type: 'U', title: `Svar på erstatningskrav - ${street}`, party: claimant },
      ]);
    },
  },
  {
    unit: PERSONNEL,
    weight: 2.5,
    build: (random) => {
      const job = random.pick(['lærer ved ' + random.pick(SCHOOLS), 'sykepleier i hjemmetjenesten', 'byggesaksbehandler', 'pedagogisk leder i ' + random.pick(KINDERGARTENS), 'rådgiver økonomi', 'fagarbeider i teknisk drift']);
      const steps: Step[] = [{ type: 'X', title: `Utlysning - ${job}` }];
      const applicants = random.int(2, 5);
      for (let i = 0; i < applicants; i++) {
        steps.push({ type: 'I', title: `Søknad på stilling som ${job} - ${SCREENED}`, party: hiddenPerson(random), exemptionBasis: JOB_APPLICANT });
      }
      const chosen = hiddenPerson(random);
      steps.push(
        { type: 'X', title: `Offentlig søkerliste - ${job}` },
        { type: 'U', title: `Tilbud om stilling som ${job} - ${SCREENED}`, party: chosen, exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Aksept av tilbud om stilling - ${SCREENED}`, party: chosen, exemptionBasis: PERSONAL_MATTER },
      );
      return draft(PERSONNEL, `Stilling som ${job}`, steps);
    },
  },
  {
    unit: PERSONNEL,
    weight: 0.6,
    build: (random) => {
      const employee = hiddenPerson(random);
      return draft(PERSONNEL, `Personalsak - ${SCREENED}`, [
        { type: 'N', title: `Oppfølging av sykefravær - ${SCREENED}`, party: internal(random), exemptionBasis: PERSONAL_MATTER },
        { type: 'U', title: `Innkalling til dialogmøte - ${SCREENED}`, party: employee, exemptionBasis: PERSONAL_MATTER },
        { type: 'X', title: `Referat fra dialogmøte - ${SCREENED}`, exemptionBasis: PERSONAL_MATTER },
        { type: 'I', title: `Sykmelding - ${SCREENED}`, party: employee, exemptionBasis: PERSONAL_MATTER },
      ]);
    },
  },
  {
    unit: CENTRAL,
    weight: 2.5,
    build: (random) => {
      const topic = random.pick(['forslag til endringer i forvaltningsloven', 'regional plan for vannforvaltning', 'ny forskrift om kommunale avgifter', 'regional transportplan', 'endringer i inndelingsloven', 'kommunereformen - status']);
      const sender = authority(random.pick(PUBLIC_BODIES));
      return draft(CENTRAL, `Høring - ${topic}`, [
        { type: 'I', title: `Høring - ${topic}`, party: sender },
        { type: 'N', title: `Innspill til høringsuttalelse - ${topic}`, party: internal(random) },
        { type: 'S', title: `Saksframlegg - høringsuttalelse - ${topic}` },
        { type: 'U', title: `Høringsuttalelse fra Eksempel kommune - ${topic}`, party: sender },
      ]);
    },
  },
  {
    unit: CENTRAL,
    weight: 2,
    build: (random) => {
      const business = authority(random.pick(HOSPITALITY));
      const kind = random.pick(['serveringsbevilling', 'salgsbevilling for alkohol', 'skjenkebevilling']);
      return draft(CENTRAL, `${capitalize(kind)} - ${business.name}`, [
        { type: 'I', title: `Søknad om ${kind} - ${business.name}`, party: business },
        { type: 'U', title: `Høring - søknad om ${kind} - ${business.name}`, party: authority('Politiet'), copy: authority('Skatteetaten') },
        { type: 'I', title: `Uttalelse - søknad om ${kind} - ${business.name}`, party: authority('Politiet') },
        { type: 'U', title: `Vedtak om ${kind} - ${business.name}`, party: business },
      ]);
    },
  },
  {
    unit: CENTRAL,
    weight: 2,
    build: (random) => {
      const topic = random.pick(['gatelys i ' + random.pick(STREETS), 'åpningstider på biblioteket', 'parkering ved ' + random.pick(SCHOOLS), 'støy fra anleggsarbeid', 'vedlikehold av turstier']);
      const citizen = person(random);
      return draft(CENTRAL, `Henvendelser fra innbyggere - ${topic}`, [
        { type: 'I', title: `Henvendelse om ${topic}`, party: citizen },
        { type: 'U', title: `Svar på henvendelse om ${topic}`, party: citizen },
      ]);
    },
  },
];

const WEIGHTED = KINDS.map((kind) => [kind, kind.weight] as const);

export function draftCase(random: Random): CaseDraft {
  return random.weighted(WEIGHTED).build(random);
}

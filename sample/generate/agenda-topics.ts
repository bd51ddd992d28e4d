// What the bodies deal with: agenda item titles, their attachments and the decision text (limited HTML) for each topic.
import type { TopicGroup } from './bodies.js';
import { linkP, ol, p, strongP } from './html.js';
import type { Random } from './random.js';
import { address, HOSPITALITY, KINDERGARTENS, PARTIES, personName, PLACES, PUBLIC_BODIES, SCHOOLS } from './vocabulary.js';

export interface TopicContext {
  random: Random;
  bodyName: string;
  group: TopicGroup;
  year: number;
  month: number;
  /** The meeting date as DD.MM.YYYY. */
  dateText: string;
}

export interface AgendaContent {
  title: string;
  decision: string;
  attachments: string[];
  /** Interpellations and questions are not cases in the archive. */
  caseless?: boolean;
}

interface Topic {
  groups: readonly TopicGroup[];
  months?: readonly number[];
  /** How many times the topic may come up in one meeting (default once). */
  max?: number;
  build(ctx: TopicContext): AgendaContent;
}

const PBL_12_12 = 'https://lovdata.no/lov/2008-06-27-71/§12-12';
const KOMMUNELOVEN = 'https://lovdata.no/lov/2018-06-22-83';

/** "Kommunestyret vedtar" in the council, an recommendation to the council elsewhere. */
function resolves(ctx: TopicContext): string {
  return ctx.group === 'council' ? `${ctx.bodyName} vedtar` : `${ctx.bodyName} innstiller til kommunestyret å vedta`;
}

/** 1400000 → "1 400 000", as Norwegian documents write amounts (no Intl, so every runtime prints the same). */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function votes(ctx: TopicContext): string {
  const { random } = ctx;
  if (random.chance(0.6)) return strongP('Votering:', 'Enstemmig vedtatt.');
  const against = random.int(2, 12);
  return strongP('Votering:', `Vedtatt mot ${against} stemmer (${random.sample(PARTIES, 2).join(', ')}).`);
}

function advisoryOpinion(ctx: TopicContext, subject: string): string {
  const { random, bodyName } = ctx;
  const points = random.sample(
    [
      'Rådet ber om at universell utforming blir ivaretatt i alle nye tiltak.',
      'Rådet er positiv til forslaget og viser til tidligere uttalelser.',
      'Rådet ber om å bli involvert tidlig i det videre arbeidet.',
      'Rådet mener at tilbudet må være likeverdig i hele kommunen.',
      'Rådet ber om at brukerne får mulighet til å uttale seg før endelig vedtak.',
    ],
    random.int(1, 3),
  );
  return p(`${bodyName} gir følgende uttalelse til ${subject}:`) + ol(points);
}

const TOPICS: readonly Topic[] = [
  {
    groups: ['council', 'executive'],
    months: [11, 12],
    build: (ctx) => {
      const next = ctx.year + 1;
      const frame = ctx.random.int(1450, 1750);
      return {
        title: `Budsjett ${next} og økonomiplan ${next}–${next + 3}`,
        attachments: ['Kommunedirektørens forslag til budsjett og økonomiplan', 'Gebyrer og betalingssatser', 'Investeringsoversikt'],
        decision:
          p(`${resolves(ctx)}:`) +
          ol([
            `Driftsbudsjett for ${next} vedtas med netto driftsramme på ${frame} mill. kroner fordelt slik det går fram av tabell 1.`,
            `Investeringsbudsjett for ${next} vedtas med en samlet ramme på ${ctx.random.int(120, 380)} mill. kroner.`,
            `Økonomiplan for ${next}–${next + 3} vedtas som retningsgivende for videre planlegging.`,
            `Eiendomsskatten for ${next} skrives ut med ${ctx.random.pick(['2', '3', '4'])} promille.`,
          ]) +
          votes(ctx),
      };
    },
  },
  {
    groups: ['council', 'executive'],
    months: [5, 6, 9, 10],
    build: (ctx) => {
      const tertial = ctx.month <= 6 ? 1 : 2;
      return {
        title: `Tertialrapport ${tertial}/${ctx.year}`,
        attachments: ['Tertialrapport', 'Investeringsoversikt per tertial'],
        decision:
          p(`${ctx.bodyName} tar tertialrapport ${tertial}/${ctx.year} til orientering.`) +
          (ctx.random.chance(0.5) ? p(`Budsjettet justeres i tråd med kommunedirektørens forslag til budsjettendringer.`) : ''),
      };
    },
  },
  {
    groups: ['council', 'executive', 'control'],
    months: [4, 5, 6],
    build: (ctx) => ({
      title: `Årsregnskap og årsberetning ${ctx.year - 1}`,
      attachments: [`Årsregnskap ${ctx.year - 1}`, `Årsberetning ${ctx.year - 1}`, 'Revisjonsberetning'],
      decision:
        ctx.group === 'control'
          ? p(`Kontrollutvalget anbefaler kommunestyret å godkjenne årsregnskapet for ${ctx.year - 1}.`)
          : p(`${resolves(ctx)}:`) +
            ol([
              `Årsregnskapet for ${ctx.year - 1} godkjennes med et netto driftsresultat på ${ctx.random.int(5, 60)} mill. kroner.`,
              'Årsberetningen tas til orientering.',
            ]),
    }),
  },
  {
    groups: ['council', 'executive', 'planning', 'advisory'],
    max: 3,
    build: (ctx) => {
      const place = ctx.random.pick(PLACES);
      const kind = ctx.random.pick(['boligfelt', 'næringsområde', 'gang- og sykkelvei', 'sentrumsområde']);
      const final = ctx.group === 'council' || ctx.random.chance(0.4);
      const title = `Reguleringsplan for ${place} - ${kind} - ${final ? 'sluttbehandling' : '1. gangs behandling'}`;
      const attachments = ['Planbeskrivelse', 'Plankart', 'Reguleringsbestemmelser', ...(final ? ['Merknadsskjema'] : ['ROS-analyse'])];
      if (ctx.group === 'advisory') return { title, attachments, decision: advisoryOpinion(ctx, 'planforslaget') };
      const decision = final
        ? linkP(`${resolves(ctx)} reguleringsplan for ${place} med hjemmel i `, PBL_12_12, 'plan- og bygningsloven § 12-12', '.') + votes(ctx)
        : p(`${ctx.bodyName} vedtar å legge forslag til reguleringsplan for ${place} ut til offentlig ettersyn i seks uker.`);
      return { title, attachments, decision };
    },
  },
  {
    groups: ['planning'],
    max: 4,
    build: (ctx) => {
      const gnr = ctx.random.int(1, 140);
      const bnr = ctx.random.int(1, 350);
      const granted = ctx.random.chance(0.7);
      return {
        title: `Søknad om dispensasjon fra kommuneplanens arealdel - gnr ${gnr} bnr ${bnr} - ${address(ctx.random)}`,
        attachments: ctx.random.sample(['Søknad', 'Situasjonsplan', 'Tegninger', 'Uttalelse fra Statsforvalteren', 'Nabomerknader'], 3),
        decision: granted
          ? p(`${ctx.bodyName} innvilger dispensasjon for oppføring av ${ctx.random.pick(['fritidsbolig', 'garasje', 'tilbygg', 'naust'])} på gnr ${gnr} bnr ${bnr}. Fordelene ved å gi dispensasjon er klart større enn ulempene.`)
          : p(`${ctx.bodyName} avslår søknaden om dispensasjon for gnr ${gnr} bnr ${bnr}. Hensynet bak arealformålet blir vesentlig tilsidesatt.`),
      };
    },
  },
  {
    groups: ['planning'],
    max: 2,
    build: (ctx) => {
      const gnr = ctx.random.int(1, 140);
      return {
        title: `Klage på vedtak om ${ctx.random.pick(['rammetillatelse', 'avslag på søknad om fradeling', 'tillatelse til tiltak'])} - gnr ${gnr} bnr ${ctx.random.int(1, 350)}`,
        attachments: ['Klage', 'Påklaget vedtak', 'Tilsvar fra tiltakshaver'],
        decision: ctx.random.chance(0.7)
          ? p(`${ctx.bodyName} finner ikke grunnlag for å ta klagen til følge. Saken sendes Statsforvalteren i Eksempel for endelig avgjørelse.`)
          : p(`${ctx.bodyName} tar klagen til følge, og vedtaket oppheves.`),
      };
    },
  },
  {
    groups: ['planning', 'council'],
    build: (ctx) => {
      const plan = ctx.random.pick(['Trafikksikkerhetsplan', 'Hovedplan for vann og avløp', 'Klima- og energiplan', 'Kommunedelplan for idrett og fysisk aktivitet', 'Kommunedelplan for kulturminner']);
      const period = `${ctx.year + 1}–${ctx.year + 4}`;
      return {
        title: `${plan} ${period}`,
        attachments: [plan, 'Høringsuttalelser'],
        decision: p(`${resolves(ctx)} ${plan.toLowerCase()} for ${period}.`) + votes(ctx),
      };
    },
  },
  {
    groups: ['planning', 'council', 'executive'],
    months: [9, 10, 11, 12],
    build: (ctx) => {
      const regulation = ctx.random.pick(['gebyrregulativ for plan-, bygge- og delingssaker', 'gebyrer for vann og avløp', 'betalingssatser for SFO og kulturskole']);
      return {
        title: `Revidering av ${regulation} ${ctx.year + 1}`,
        attachments: ['Forslag til regulativ', 'Selvkostberegning'],
        decision: p(`${resolves(ctx)} ${regulation} for ${ctx.year + 1} slik det går fram av vedlegget.`),
      };
    },
  },
  {
    groups: ['planning'],
    build: (ctx) => {
      const place = ctx.random.pick(PLACES);
      return {
        title: `Navnsetting av veger i ${place}`,
        attachments: ['Kart med forslag til vegnavn'],
        decision: p(`${ctx.bodyName} vedtar vegnavnene ${ctx.random.pick(['Lyngstien og Tyttebærvegen', 'Furulia og Granstien', 'Kvernbekken og Sagstuveien'])}.`),
      };
    },
  },
  {
    groups: ['council', 'childhood'],
    build: (ctx) => ({
      title: `Skolebruksplan ${ctx.year + 1}–${ctx.year + 11}`,
      attachments: ['Skolebruksplan', 'Kapasitetsanalyse', 'Høringsuttalelser fra foreldreutvalgene'],
      decision:
        p(`${resolves(ctx)}:`) +
        ol([
          `Skolebruksplan for ${ctx.year + 1}–${ctx.year + 11} vedtas.`,
          `${ctx.random.pick(SCHOOLS)} utvides med nye klasserom fra skoleåret ${ctx.year + 2}–${ctx.year + 3}.`,
          'Kommunedirektøren legger fram sak om finansiering i forbindelse med budsjettet.',
        ]) +
        votes(ctx),
    }),
  },
  {
    groups: ['childhood', 'council'],
    months: [10, 11, 12, 1],
    build: (ctx) => {
      const schoolYear = ctx.month >= 8 ? `${ctx.year - 1}–${ctx.year}` : `${ctx.year - 2}–${ctx.year - 1}`;
      return {
        title: `Tilstandsrapport for grunnskolen ${schoolYear}`,
        attachments: ['Tilstandsrapport'],
        decision: p(`${ctx.bodyName} tar tilstandsrapporten for grunnskolen ${schoolYear} til orientering.`),
      };
    },
  },
  {
    groups: ['childhood'],
    build: (ctx) => ({
      title: `Tilskudd til lag og foreninger ${ctx.year}`,
      attachments: ['Oversikt over søknader', 'Retningslinjer for tilskudd'],
      decision: p(`${ctx.bodyName} fordeler ${ctx.random.int(400, 900)} 000 kroner til lag og foreninger slik det går fram av vedlagt oversikt.`),
    }),
  },
  {
    groups: ['childhood'],
    build: (ctx) => ({
      title: `Revidering av vedtekter for de kommunale barnehagene`,
      attachments: ['Forslag til vedtekter', `Uttalelse fra samarbeidsutvalget i ${ctx.random.pick(KINDERGARTENS)}`],
      decision: p(`${resolves(ctx)} reviderte vedtekter for de kommunale barnehagene med virkning fra 1. august ${ctx.year}.`),
    }),
  },
  {
    groups: ['childhood', 'advisory'],
    build: (ctx) => ({
      title: `Orientering om Ungdata-undersøkelsen ${ctx.year}`,
      attachments: ['Ungdata - rapport for Eksempel kommune'],
      decision: p(`${ctx.bodyName} tar orienteringen til etterretning.`),
    }),
  },
  {
    groups: ['council'],
    max: 2,
    build: (ctx) => {
      const what = ctx.random.pick(['meddommere til tingretten', 'skjønnsmedlemmer', 'nytt medlem til Eldrerådet', 'ny vara til formannskapet', 'medlemmer til styret i Eksempel revisjon IKS']);
      return {
        title: `Valg av ${what}`,
        attachments: ['Valgkomiteens innstilling'],
        decision: p(`Kommunestyret velger ${personName(ctx.random)} og ${personName(ctx.random)} i tråd med valgkomiteens innstilling.`),
      };
    },
  },
  {
    groups: ['council'],
    max: 2,
    build: (ctx) => ({
      title: `Interpellasjon fra ${personName(ctx.random)} (${ctx.random.pick(PARTIES)}) om ${ctx.random.pick(['trafikksikker skoleveg', 'kapasiteten i hjemmetjenesten', 'ventelister i kulturskolen', 'ladepunkter for elbil', 'rassikring av fylkesvegen'])}`,
      attachments: [],
      caseless: true,
      decision: p('Interpellasjonen ble besvart av ordføreren.') + p('Det ble ikke fremmet forslag til vedtak.'),
    }),
  },
  {
    groups: ['council'],
    months: [9, 10, 11, 12],
    build: (ctx) => ({
      title: `Møteplan for politiske utvalg ${ctx.year + 1}`,
      attachments: [`Møteplan ${ctx.year + 1}`],
      decision: linkP(`${resolves(ctx)} møteplan for ${ctx.year + 1}. Møtene holdes etter `, KOMMUNELOVEN, 'kommuneloven', ' kapittel 11.'),
    }),
  },
  {
    groups: ['council', 'executive'],
    build: (ctx) => {
      const plan = ctx.random.pick(['Eierskapsmelding', 'Boligsosial handlingsplan', 'Strategi for næringsutvikling', 'Kommunal planstrategi']);
      return {
        title: `${plan} ${ctx.year}–${ctx.year + 3}`,
        attachments: [plan],
        decision: p(`${resolves(ctx)} ${plan.toLowerCase()} for ${ctx.year}–${ctx.year + 3}.`) + votes(ctx),
      };
    },
  },
  {
    groups: ['executive'],
    max: 2,
    build: (ctx) => {
      const firm = ctx.random.pick(HOSPITALITY);
      return {
        title: `Søknad om skjenkebevilling - ${firm}`,
        attachments: ['Søknad', 'Uttalelse fra politiet', 'Uttalelse fra NAV Eksempel'],
        decision: p(`${ctx.bodyName} gir ${firm} bevilling til skjenking av alkoholholdig drikk i gruppe 1, 2 og 3 fram til 30. september ${ctx.year + (ctx.year % 4 === 0 ? 4 : 4 - (ctx.year % 4))}.`),
      };
    },
  },
  {
    groups: ['executive'],
    max: 2,
    build: (ctx) => {
      const gnr = ctx.random.int(1, 140);
      const bnr = ctx.random.int(1, 350);
      return {
        title: `Salg av kommunal tomt - gnr ${gnr} bnr ${bnr} - ${address(ctx.random)}`,
        attachments: ['Takst', 'Kart'],
        decision: p(`${ctx.bodyName} godkjenner salg av gnr ${gnr} bnr ${bnr} til takst, ${groupDigits(ctx.random.int(8, 45) * 50_000)} kroner.`),
      };
    },
  },
  {
    groups: ['executive'],
    max: 2,
    build: (ctx) => ({
      title: `Høring - ${ctx.random.pick(['regional plan for vannforvaltning', 'forslag til endringer i plan- og bygningsloven', 'regional transportplan', 'ny kommunelov'])} - uttalelse fra Eksempel kommune`,
      attachments: ['Høringsbrev', 'Høringsnotat'],
      decision: p(`${ctx.bodyName} slutter seg til kommunedirektørens forslag til høringsuttalelse.`),
    }),
  },
  {
    groups: ['control'],
    max: 2,
    build: (ctx) => {
      const area = ctx.random.pick(['saksbehandling i byggesaker', 'internkontroll i hjemmetjenesten', 'offentlige anskaffelser', 'spesialundervisning', 'vedlikehold av kommunale bygg']);
      return {
        title: `Forvaltningsrevisjonsrapport - ${area}`,
        attachments: ['Forvaltningsrevisjonsrapport', 'Kommunedirektørens uttalelse'],
        decision:
          p('Kontrollutvalget innstiller til kommunestyret å vedta:') +
          ol([
            `Kommunestyret tar forvaltningsrevisjonsrapporten om ${area} til orientering.`,
            'Kommunedirektøren rapporterer til kontrollutvalget om oppfølgingen innen seks måneder.',
          ]),
      };
    },
  },
  {
    groups: ['control'],
    max: 2,
    build: (ctx) => ({
      title: `Orientering fra kommunedirektøren om ${ctx.random.pick(['sykefravær', 'økonomisk status', 'oppfølging av politiske vedtak', 'varslingsrutiner'])}`,
      attachments: [],
      decision: p('Kontrollutvalget tar orienteringen til etterretning.'),
    }),
  },
  {
    groups: ['control', 'advisory'],
    months: [1, 2, 3],
    build: (ctx) => ({
      title: `Årsmelding ${ctx.year - 1} for ${ctx.bodyName.toLowerCase().startsWith('råd') ? 'rådet' : ctx.bodyName.toLowerCase()}`,
      attachments: [`Årsmelding ${ctx.year - 1}`],
      decision: p(`${ctx.bodyName} godkjenner årsmeldingen for ${ctx.year - 1}.`),
    }),
  },
  {
    groups: ['advisory'],
    months: [10, 11],
    build: (ctx) => ({
      title: `Uttalelse til kommunedirektørens forslag til budsjett ${ctx.year + 1}`,
      attachments: ['Kommunedirektørens forslag til budsjett og økonomiplan'],
      decision: advisoryOpinion(ctx, `budsjettforslaget for ${ctx.year + 1}`),
    }),
  },
  {
    groups: ['advisory'],
    max: 2,
    build: (ctx) => {
      const plan = ctx.random.pick(['helse- og omsorgsplan', 'plan for tilrettelagt transport', 'handlingsplan mot ensomhet', 'kulturplan', 'plan for fritidstilbud for barn og unge']);
      return {
        title: `Høring - ${plan}`,
        attachments: ['Høringsutkast'],
        decision: advisoryOpinion(ctx, plan),
      };
    },
  },
  {
    groups: ['advisory', 'childhood'],
    build: (ctx) => ({
      title: `Orientering om ${ctx.random.pick(['universell utforming av ' + ctx.random.pick(SCHOOLS), 'nytt aktivitetstilbud på Eksempel helsehus', 'BPA-ordningen', 'status for arbeidet med ny kulturplan', 'tilbudet om tilrettelagt transport'])}`,
      attachments: [],
      decision: p(`${ctx.bodyName} tar saken til orientering.`),
    }),
  },
];

/** Opens many committee meetings: approving the previous minutes. */
export function minutesApproval(ctx: TopicContext): AgendaContent {
  return {
    title: 'Godkjenning av protokoll fra forrige møte',
    attachments: [],
    decision: p('Protokollen fra forrige møte godkjennes.'),
  };
}

/** Draws the topics of one meeting; null once every fitting topic has come up as often as it may. */
export function topicPicker(ctx: TopicContext): () => AgendaContent | null {
  const used = new Map<Topic, number>();
  const fitting = TOPICS.filter((topic) => topic.groups.includes(ctx.group) && (!topic.months || topic.months.includes(ctx.month)));
  return () => {
    const open = fitting.filter((topic) => (used.get(topic) ?? 0) < (topic.max ?? 1));
    if (open.length === 0) return null;
    const topic = ctx.random.pick(open);
    used.set(topic, (used.get(topic) ?? 0) + 1);
    return topic.build(ctx);
  };
}

/** Items the body receives for information (referatsaker). */
export function pickReport(ctx: TopicContext): { title: string; decision: string } {
  const title = ctx.random.pick([
    `Melding om delegerte vedtak`,
    `Brev fra ${ctx.random.pick(PUBLIC_BODIES)} - ${ctx.random.pick(['tilsynsrapport', 'orientering om nye retningslinjer', 'svar på henvendelse', 'tildeling av skjønnsmidler'])}`,
    `Protokoll fra møte i ${ctx.random.pick(['Eldrerådet', 'Ungdomsrådet', 'Råd for personer med funksjonsnedsettelse', 'Kontrollutvalget', 'representantskapet i Eksempel brann og redning IKS'])}`,
    `Årsrapport ${ctx.year - 1} fra ${ctx.random.pick(['Eksempel revisjon IKS', 'Eksempel brann og redning IKS', 'Eksempel kommunale boliger KF'])}`,
  ]);
  return { title, decision: p('Referatsaken tas til orientering.') };
}

export interface ClosedContent {
  title: string;
  exemptionBasis: string;
}

export function pickClosedTopic(random: Random): ClosedContent {
  return random.pick([
    { title: 'Unntatt offentlighet', exemptionBasis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    { title: 'Personalsak - unntatt offentlighet', exemptionBasis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    { title: 'Unntatt offentlighet', exemptionBasis: 'Offl. § 14' },
    { title: 'Forhandlinger om erverv av grunn - gnr ***** bnr *****', exemptionBasis: 'Offl. § 23 første ledd' },
    { title: 'Klage på vedtak om tildeling av *****', exemptionBasis: 'Offl. § 5 a jf. fvl. § 13' },
  ]);
}

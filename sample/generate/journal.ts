// The public journal (postjournal): cases drafted by kind, numbered per year in the order they were opened, and one
// entry per step, dated over the period up to today.
import type { Correspondent, Document, DocumentType, JournalEntry, JournalEntryType } from '../../src/api/types.js';
import type { DocumentRegistry } from './documents.js';
import { draftCase, SCREENED, type CaseDraft, type Party, type Step } from './journal-cases.js';
import { addWorkdays, workdayOnOrBefore } from './office-days.js';
import { dayFromYmd, isoDate, officeHours, ymdFromDay } from './oslo-time.js';
import type { Random } from './random.js';

const PUBLISHED_DOCUMENT_RATE = 0.17;
const DOCUMENT_TYPE: Record<JournalEntryType, DocumentType> = { I: 'letter', U: 'letter', N: 'other', X: 'other', S: 'case-presentation' };

export interface JournalRequest {
  size: number;
  firstDay: number;
  today: number;
  random: Random;
  registry: DocumentRegistry;
}

interface PlannedCase {
  draft: CaseDraft;
  steps: Step[];
  days: number[];
  year: number;
  sequence: number;
}

function planCases(request: JournalRequest): PlannedCase[] {
  const { random, firstDay, today } = request;
  const lastStart = workdayOnOrBefore(today);
  const cases: PlannedCase[] = [];
  let remaining = request.size;
  while (remaining > 0) {
    const draft = draftCase(random);
    const wanted = random.chance(0.3) ? draft.steps.length : random.int(1, draft.steps.length);
    const steps = draft.steps.slice(0, Math.min(wanted, remaining));
    remaining -= steps.length;
    const gaps = steps.map((_, index) => (index === 0 ? 0 : random.int(0, 18)));
    const span = gaps.reduce((sum, gap) => sum + gap, 0);
    let day = Math.max(firstDay, lastStart - span - random.int(0, Math.max(0, lastStart - span - firstDay)));
    const days = gaps.map((gap) => {
      day = Math.min(today, day + gap);
      return workdayOnOrBefore(day);
    });
    cases.push({ draft, steps, days, year: ymdFromDay(days[0]!).year, sequence: 0 });
  }
  return cases;
}

/** Case numbers count per year in opening order, with gaps for cases the public journal does not show. */
function numberCases(cases: PlannedCase[], firstDay: number, today: number, random: Random): void {
  cases.sort((a, b) => a.days[0]! - b.days[0]!);
  const perDay = cases.length / Math.max(1, today - firstDay);
  const { year: firstYear } = ymdFromDay(firstDay);
  const elapsedInFirstYear = firstDay - dayFromYmd(firstYear, 1, 1);
  const next = new Map<number, number>([[firstYear, Math.round(elapsedInFirstYear * perDay * 2)]]);
  for (const item of cases) {
    const sequence = (next.get(item.year) ?? 0) + random.int(1, 3);
    next.set(item.year, sequence);
    item.sequence = sequence;
  }
}

function correspondents(step: Step): Correspondent[] {
  const asCorrespondent = (party: Party, role: Correspondent['role']): Correspondent => ({
    role,
    name: party.screened ? SCREENED : party.name,
    screened: party.screened,
  });
  const list: Correspondent[] = [];
  if (step.party && step.type !== 'X' && step.type !== 'S') list.push(asCorrespondent(step.party, step.type === 'I' ? 'sender' : 'recipient'));
  if (step.copy) list.push(asCorrespondent(step.copy, 'copy'));
  return list;
}

function documentDate(random: Random, type: JournalEntryType, day: number): string | null {
  if (random.chance(type === 'I' ? 0.07 : 0.03)) return null;
  return isoDate(day - (type === 'I' ? random.int(0, 6) : random.int(0, 1)));
}

export function buildJournal(request: JournalRequest): JournalEntry[] {
  const { random, registry, today } = request;
  const cases = planCases(request);
  numberCases(cases, request.firstDay, today, random);
  const entries: { day: number; entry: JournalEntry; order: number }[] = [];
  for (const [caseIndex, item] of cases.entries()) {
    const caseNumber = `${item.year}/${item.sequence}`;
    let documentNumber = 0;
    item.steps.forEach((step, index) => {
      documentNumber += random.chance(0.05) ? 2 : 1;
      const day = item.days[index]!;
      const list = correspondents(step);
      const titleScreened = step.title.includes(SCREENED);
      const hidden = titleScreened || step.exemptionBasis !== undefined || list.some((c) => c.screened);
      const documents: Document[] = [];
      if (!hidden && random.chance(PUBLISHED_DOCUMENT_RATE)) {
        documents.push(
          registry.create({
            title: step.title,
            type: DOCUMENT_TYPE[step.type],
            publishedAt: officeHours(random, Math.min(workdayOnOrBefore(today), addWorkdays(day, random.int(0, 3)))),
            size: random.int(25_000, 900_000),
            context: `Journalpost ${caseNumber}-${documentNumber}`,
          }),
        );
      }
      entries.push({
        day,
        order: caseIndex * 100 + index,
        entry: {
          id: `je-${item.year}-${item.sequence}-${documentNumber}`,
          journalNumber: `${caseNumber}-${documentNumber}`,
          journalDate: isoDate(day),
          documentDate: documentDate(random, step.type, day),
          type: step.type,
          title: step.title,
          titleScreened,
          caseNumber,
          caseTitle: item.draft.caseTitle,
          correspondents: list,
          unit: item.draft.unit,
          exemptionBasis: step.exemptionBasis ?? null,
          propertyNumbers: item.draft.propertyNumbers.map((pn) => ({ ...pn })),
          documents,
          // Nothing more to ask for when the document is published in full and nothing is screened.
          canRequestAccess: documents.length === 0,
        },
      });
    });
  }
  entries.sort((a, b) => b.day - a.day || b.order - a.order);
  return entries.map(({ entry }) => entry);
}

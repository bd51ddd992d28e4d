// The agenda of one meeting: numbered items (PS/RS), their documents and, once the minutes are out, their decisions.
import type { AgendaItem, Document } from '../../src/api/types.js';
import { minutesApproval, pickClosedTopic, pickReport, topicPicker, type AgendaContent, type TopicContext } from './agenda-topics.js';
import type { DocumentRegistry } from './documents.js';
import type { Random } from './random.js';

const CLOSED_RATE = 0.05;
const LATE_DOCUMENT_RATE = 0.1;

/** Running item numbers of one body in one year. */
export interface ItemCounters {
  ps: number;
  rs: number;
}

export interface AgendaRequest {
  meetingId: string;
  ctx: TopicContext;
  counters: ItemCounters;
  itemCount: number;
  reportCount: number;
  /** When the notice went out, or null while the documents are not published yet. */
  documentsPublished: { iso: string; late: (daysLater: number) => string | null } | null;
  withDecisions: boolean;
  registry: DocumentRegistry;
}

function kilobytes(random: Random, min: number, max: number): number {
  return random.int(min * 1024, max * 1024);
}

function publishedAt(request: AgendaRequest, random: Random): string | null {
  const published = request.documentsPublished;
  if (!published) return null;
  return random.chance(LATE_DOCUMENT_RATE) ? published.late(random.int(1, 6)) : published.iso;
}

function caseNumber(ctx: TopicContext): string {
  const year = ctx.random.chance(0.3) ? ctx.year - 1 : ctx.year;
  return `${year}/${ctx.random.int(12, 3400)}`;
}

function openDocuments(request: AgendaRequest, content: AgendaContent, context: string): Document[] {
  const { random } = request.ctx;
  const documents: Document[] = [];
  const at = publishedAt(request, random);
  if (at) {
    documents.push(request.registry.create({ title: content.title, type: 'case-presentation', publishedAt: at, size: kilobytes(random, 40, 420), context }));
  }
  const attachments = random.sample(content.attachments, random.int(0, Math.min(4, content.attachments.length)));
  attachments.forEach((name, index) => {
    const attachmentAt = publishedAt(request, random);
    if (!attachmentAt) return;
    const title = `Vedlegg ${index + 1} - ${name}`;
    documents.push(request.registry.create({ title, type: 'attachment', publishedAt: attachmentAt, size: kilobytes(random, 30, 3000), context }));
  });
  return documents;
}

function psItem(request: AgendaRequest, sequence: number, content: AgendaContent): AgendaItem {
  const { ctx, counters } = request;
  const number = `PS ${++counters.ps}/${String(ctx.year).slice(-2)}`;
  const id = `${request.meetingId.replace(/^m-/, 'ai-')}-${String(sequence).padStart(2, '0')}`;
  const itemCase = content.caseless ? null : caseNumber(ctx);
  if (itemCase && ctx.random.chance(CLOSED_RATE)) {
    const closed = pickClosedTopic(ctx.random);
    return {
      id, number, sequence, title: closed.title, caseNumber: itemCase, closed: true,
      exemptionBasis: closed.exemptionBasis, documents: [], decision: null, canRequestAccess: true,
    };
  }
  return {
    id, number, sequence, title: content.title, caseNumber: itemCase, closed: false, exemptionBasis: null,
    documents: openDocuments(request, content, `${number} ${content.title}`),
    decision: request.withDecisions ? content.decision : null,
    canRequestAccess: itemCase !== null,
  };
}

function rsItem(request: AgendaRequest, sequence: number): AgendaItem {
  const { ctx, counters } = request;
  const number = `RS ${++counters.rs}/${String(ctx.year).slice(-2)}`;
  const report = pickReport(ctx);
  const at = publishedAt(request, ctx.random);
  const context = `${number} ${report.title}`;
  const itemCase = caseNumber(ctx);
  return {
    id: `${request.meetingId.replace(/^m-/, 'ai-')}-${String(sequence).padStart(2, '0')}`,
    number, sequence, title: report.title, caseNumber: itemCase, closed: false, exemptionBasis: null,
    documents: at ? [request.registry.create({ title: report.title, type: 'letter', publishedAt: at, size: kilobytes(ctx.random, 20, 250), context })] : [],
    decision: request.withDecisions ? report.decision : null,
    canRequestAccess: true,
  };
}

export function buildAgenda(request: AgendaRequest): AgendaItem[] {
  const { ctx } = request;
  const items: AgendaItem[] = [];
  const nextTopic = topicPicker(ctx);
  const titles = new Set<string>();
  const startsWithApproval = ctx.group !== 'council' && ctx.random.chance(0.6);
  while (items.length < request.itemCount) {
    // The picker runs dry after a bounded number of draws, which ends the loop when titles keep colliding.
    const content = items.length === 0 && startsWithApproval ? minutesApproval(ctx) : nextTopic();
    if (!content) break;
    // A repeatable topic can draw the same place twice; one of them is enough.
    if (titles.has(content.title)) continue;
    titles.add(content.title);
    items.push(psItem(request, items.length + 1, content));
  }
  for (let index = 0; index < request.reportCount; index++) items.push(rsItem(request, items.length + 1));
  return items;
}

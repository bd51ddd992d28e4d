// One journal entry as the result list shows it: the facts a citizen scans, and the detail behind a disclosure.
import { html, nothing, type TemplateResult } from 'lit';
import type { Correspondent, JournalEntry } from '../api/types.js';
import { formatDateTime } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { CommonMessages } from '../shared/messages.js';
import { documentLink } from '../shared/templates/document-link.js';
import { exemptionNotice, screenedText } from '../shared/templates/exemption.js';
import type { JournalSearchMessages } from './journal-search.messages.js';
import { highlight } from './query-words.js';

export interface EntryViewContext {
  t: JournalSearchMessages;
  common: CommonMessages;
  locale: Locale;
  words: readonly string[];
  headingLevel: number;
  open: boolean;
  onToggle: () => void;
  /** The basket toggle, or nothing when the entry cannot be requested. */
  basket: TemplateResult | typeof nothing;
  permalink?: string;
}

export const formatJournalDate = (day: string | null | undefined, locale: Locale) =>
  day ? formatDateTime(`${day}T12:00:00Z`, locale, { day: 'numeric', month: 'short', year: 'numeric' }) : '';

/** Marked search words and screened parts, all as text. */
export function markedText(text: string, words: readonly string[], common: CommonMessages): TemplateResult {
  return html`${highlight(text, words).map((segment) =>
    segment.hit ? html`<mark part="mark">${screenedText(segment.text, common)}</mark>` : screenedText(segment.text, common),
  )}`;
}

function correspondentName(correspondent: Correspondent, common: CommonMessages): TemplateResult | string {
  return screenedText(correspondent.screened && !/\*{3,}/.test(correspondent.name) ? '*****' : correspondent.name, common);
}

function correspondents(entry: JournalEntry, ctx: EntryViewContext): TemplateResult | typeof nothing {
  const byRole = (role: Correspondent['role']) => entry.correspondents.filter((c) => c.role === role);
  const rows: [string, Correspondent[]][] = [
    [ctx.t.from, byRole('sender')],
    [ctx.t.to, byRole('recipient')],
    [ctx.t.copyTo, byRole('copy')],
  ];
  const shown = rows.filter(([, list]) => list.length);
  if (!shown.length) return nothing;
  return html`${shown.map(
    ([label, list]) => html`<div><dt>${label}</dt><dd>${list.map((c, i) => html`${i ? ', ' : ''}${correspondentName(c, ctx.common)}`)}</dd></div>`,
  )}`;
}

export function renderEntry(entry: JournalEntry, index: number, ctx: EntryViewContext): TemplateResult {
  const { t, common, locale } = ctx;
  const panel = `entry-panel-${index}`;
  return html`<li class="entry ${entry.exemptionBasis ? 'entry--exempt' : ''}" part="entry" data-index=${index}>
    <div class="entry__head">
      <div class="entry__heading" role="heading" aria-level=${ctx.headingLevel}>
        <button type="button" class="disclosure" part="button" id="entry-${index}" aria-expanded=${ctx.open ? 'true' : 'false'}
          aria-controls=${panel} @click=${ctx.onToggle}>
          <span class="disclosure__icon" aria-hidden="true"></span><span class="entry__title">${markedText(entry.title, ctx.words, common)}</span>
        </button>
      </div>
      ${ctx.basket}
    </div>
    <dl class="entry__facts">
      <div><dt>${t.journalNumber}</dt><dd class="entry__number">${entry.journalNumber}</dd></div>
      <div><dt>${t.journalDate}</dt><dd>${formatJournalDate(entry.journalDate, locale)}</dd></div>
      <div><dt>${t.type}</dt><dd>${t.types[entry.type]}</dd></div>
      <div class="entry__case"><dt>${t.caseLabel}</dt><dd>${entry.caseNumber} ${markedText(entry.caseTitle, ctx.words, common)}</dd></div>
      ${correspondents(entry, ctx)}
      <div><dt>${t.unitLabel}</dt><dd>${entry.unit}</dd></div>
    </dl>
    ${entry.exemptionBasis ? exemptionNotice(common, entry.exemptionBasis) : nothing}
    ${entry.documents.length
      ? html`<p class="entry__published">${common.documentsPublished}</p><ul class="documents">${entry.documents.map((document) => html`<li class="document">${documentLink(document, locale, common)}</li>`)}</ul>`
      : nothing}
    <div class="entry__panel" id=${panel} ?hidden=${!ctx.open}>${renderEntryDetail(entry, ctx)}</div>
  </li>`;
}

/** What only the expanded entry shows: document date, properties, the state of its documents and its permalink. */
export function renderEntryDetail(entry: JournalEntry, ctx: EntryViewContext): TemplateResult {
  const { t, locale } = ctx;
  const properties = entry.propertyNumbers.map((p) => [p.gnr, p.bnr, p.fnr, p.snr].filter((n) => n != null).join('/'));
  return html`<dl class="entry__detail">
      ${entry.documentDate ? html`<div><dt>${t.documentDate}</dt><dd>${formatJournalDate(entry.documentDate, locale)}</dd></div>` : nothing}
      ${properties.length ? html`<div><dt>${t.properties}</dt><dd>${properties.join(', ')}</dd></div>` : nothing}
      <div><dt>${t.documents}</dt><dd>${entry.documents.length ? t.documentsListed(entry.documents.length) : entry.canRequestAccess ? t.noDocuments : ctx.common.closed}</dd></div>
    </dl>
    ${ctx.permalink ? html`<p class="entry__permalink"><a part="permalink" href=${ctx.permalink}>${t.permalink}</a></p>` : nothing}`;
}

/**
 * Rows that hold the place of a page of entries while it loads, about as tall as real ones at the element's width,
 * so the page below does not jump when the results arrive. Hidden from assistive technology: the status says it.
 */
export function renderReservedEntries(count: number): TemplateResult {
  return html`<ol class="entries reserved-entries" aria-hidden="true">
    ${Array.from({ length: count }, () => html`<li class="reserved-entry"></li>`)}
  </ol>`;
}

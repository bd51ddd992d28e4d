import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { initialState, TaskStatus } from '@lit/task';
import { JOURNAL_ENTRY_TYPES, JOURNAL_SORTS } from '../api/queries.js';
// The journal's operations come with this element, so the port finds them loaded (see journal-api.ts).
import '../api/journal-api.js';
import type { JournalEntry, JournalEntryType, JournalSort, ServiceDocument } from '../api/types.js';
import { JournalEntrySelectEvent } from '../events/journal-entry-select.js';
import { apiTask } from '../shared/api-task.js';
import { disclosureStyles } from '../shared/disclosure.styles.js';
import { baseStyles, pressedPart } from '../shared/base.styles.js';
import { basketBarStyles, renderBasketBar } from '../shared/basket/basket-bar.js';
import { BasketController } from '../shared/basket/basket-controller.js';
import { InnsynElement } from '../shared/innsyn-element.js';
import { renderEmpty, renderError, renderTask, renderTextPending, renderWordlessLoading } from '../shared/status-views.js';
import { basketToggle } from '../shared/templates/basket-toggle.js';
import { templateStyles } from '../shared/templates/templates.styles.js';
import { parseUrlStateMode, UrlStateBinding, type UrlKey } from '../shared/url-state.js';
import { isDayKey, osloDateKey } from '../time/oslo.js';
import { formatJournalDate, renderEntry, renderReservedEntries, type EntryViewContext } from './journal-entry-view.js';
import {
  activeFilters,
  EMPTY_FILTERS,
  exemptionBasisOptions,
  parsePeriod,
  parseTypes,
  PERIODS,
  PROPERTY_PATTERN,
  toJournalQuery,
  withoutFilter,
  type FilterName,
  type JournalFilters,
  type Period,
} from './journal-filters.js';
import { journalPageSize } from './page-size.js';
import { groupByCase } from './journal-groups.js';
import { journalSearchCatalog, type JournalSearchMessages } from './journal-search.messages.js';
import { journalSearchStyles } from './journal-search.styles.js';
import { highlightWords } from './query-words.js';

/** Milliseconds of quiet typing before a query is sent: a fast typist's 20 characters make one request, not 20. */
export const TYPING_DEBOUNCE_MS = 400;

interface Results {
  items: JournalEntry[];
  next: string | null;
  total: number | null;
  totalAtLeast: number | null;
}

interface Context {
  service: ServiceDocument;
  units: string[];
}

/** A URL key whose absence reads as the empty string, so Back to a search without it clears it. */
function text(param: string, read: (value: string) => void, write: () => string, history: 'push' | 'replace' = 'push'): UrlKey {
  return { param, history, read: (value) => read(value ?? ''), write };
}

/**
 * The public journal (offentlig postjournal): search with eInnsyn's query language, filters kept in the page URL,
 * results that say what is screened and why, and a request basket for access requests (innsynskrav).
 *
 * @summary Public journal search (postjournal) with filters, paging and access requests.
 *
 * @attr api - Base URL of the publication API (required).
 * @attr url-state - `query` or `hash` keeps the search, filters, pages loaded and the open entry in the page URL, so a
 *   search can be shared and reloaded, and Back returns to the search before. Default none.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2); results are one level below.
 * @attr page-size - Entries per page, 1–100 (default 25).
 * @attr unit - A fixed administrative unit, for a site that shows one department's journal; hides the unit filter.
 * @attr request-href - The page with `<innsyn-access-request>`; the basket bar links there. Without it, the bar fires
 *   `innsyn-access-request-open`.
 * @attr lang - Language: nb, nn, en or se; inherited from the page when absent.
 *
 * @fires innsyn-journal-entry-select - A citizen opened an entry's details. `detail: { entry }`.
 * @fires innsyn-access-request-open - The citizen asked to send the basket and there is no `request-href`.
 *
 * @csspart base - The element's outer box.
 * @csspart heading - The element's heading.
 * @csspart form - The search field and filters.
 * @csspart field - Each form field.
 * @csspart button - Every button.
 * @csspart button-pressed - A toggle button that is on (also has the part `button`).
 * @csspart chip - An active filter's remove button.
 * @csspart count - The result count.
 * @csspart entry - One journal entry.
 * @csspart mark - A search word marked in a title.
 * @csspart document - A document link.
 * @csspart exemption - The exemption notice with its legal basis.
 * @csspart permalink - The link to an entry's own address.
 * @csspart basket - The basket bar.
 * @csspart basket-send - The link or button that sends the basket.
 * @csspart status - Loading, empty and error messages.
 * @csspart error - The error message (also has the part `status`).
 *
 * @cssprop --innsyn-font-family - Font; inherits the page's by default.
 * @cssprop --innsyn-color-text - Text colour; inherits by default.
 * @cssprop --innsyn-color-muted - Secondary text; the text colour at 72 % by default.
 * @cssprop --innsyn-color-surface - Background of the element (transparent by default) and of form fields.
 * @cssprop --innsyn-color-accent - Links and chosen entries.
 * @cssprop --innsyn-color-accent-contrast - Text on the accent colour.
 * @cssprop --innsyn-color-border - Lines and borders.
 * @cssprop --innsyn-color-surface-alt - Buttons, chips and marked words.
 * @cssprop --innsyn-color-danger - Errors.
 * @cssprop --innsyn-color-warning - Exemption notices.
 * @cssprop --innsyn-color-focus - Focus outline.
 * @cssprop --innsyn-radius - Corner radius.
 * @cssprop --innsyn-space - Base spacing.
 */
export class InnsynJournalSearch extends InnsynElement {
  static override properties: PropertyDeclarations = {
    urlState: { attribute: 'url-state' },
    headingLevel: { attribute: 'heading-level', type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    unit: {},
    requestHref: { attribute: 'request-href' },
    query: { state: true },
    period: { state: true },
    from: { state: true },
    to: { state: true },
    types: { state: true },
    unitChoice: { state: true },
    caseNumber: { state: true },
    propertyNumber: { state: true },
    propertyInvalid: { state: true },
    correspondent: { state: true },
    exemptionBasis: { state: true },
    fulltext: { state: true },
    sort: { state: true },
    group: { state: true },
    pages: { state: true },
    entry: { state: true },
    draft: { state: true },
    openEntries: { state: true },
  };

  static override styles = [baseStyles, templateStyles, basketBarStyles, disclosureStyles, journalSearchStyles];

  urlState = '';
  headingLevel = 2;
  pageSize = 25;
  unit = '';
  requestHref = '';

  private query = '';
  private period: Period = '';
  private from = '';
  private to = '';
  private types = '';
  private unitChoice = '';
  private caseNumber = '';
  private propertyNumber = '';
  /** The property number typed last, when it is not one (gnr/bnr): shown at its field instead of being searched. */
  private propertyInvalid = '';
  private correspondent = '';
  private exemptionBasis = '';
  private fulltext = false;
  private sort: JournalSort | '' = '';
  private group = false;
  private pages = 1;
  private entry = '';
  private draft = '';
  private openEntries = new Set<string>();

  private readonly messages = this.useMessages(journalSearchCatalog);
  private readonly basket = new BasketController(this, () => this.apiBase);
  private typingTimer?: ReturnType<typeof setTimeout>;
  private focusIndexAfterLoad?: number;

  private readonly contextTask = apiTask(this, {
    args: () => [this.unit.trim()],
    task: async ([fixedUnit], { port, signal, language }): Promise<Context> => {
      const [service, units] = await Promise.all([
        port.getService({ signal, language }),
        // A server without /units still searches: the unit filter is left out.
        fixedUnit ? Promise.resolve([]) : port.listUnits({ signal, language }).then((list) => list.map((unit) => unit.name), () => []),
      ]);
      return { service, units };
    },
  });

  private readonly searchTask = apiTask(this, {
    args: () => [JSON.stringify(this.filters), this.unit.trim(), this.limit, this.pages],
    task: async ([key, fixedUnit, limit, pages], { port, signal, language }): Promise<Results> => {
      const query = toJournalQuery(JSON.parse(key) as JournalFilters, osloDateKey(new Date()), limit, fixedUnit);
      const first = await port.searchJournal(query, { signal, language });
      const items = [...first.items];
      let next = first.next;
      // Pages already seen come from the client's cache, so Back and "Vis flere" cost one request at most.
      for (let loaded = 1; loaded < pages && next; loaded++) {
        const page = await port.searchJournal({ next }, { signal, language });
        items.push(...page.items);
        next = page.next;
      }
      return { items, next, total: first.total, totalAtLeast: first.totalAtLeast };
    },
  });

  private readonly entryTask = apiTask(this, {
    args: () => [this.entry],
    task: async ([id], { port, signal, language }) => (id ? port.getJournalEntry(id, { signal, language }) : (initialState as never)),
  });

  /** Everything but the page count and the grouping is a new history entry, so Back returns to the search before. */
  private readonly address = new UrlStateBinding(this, () => parseUrlStateMode(this.urlState), {
    q: text('innsyn-journal-q', (value) => {
      this.query = value;
      this.draft = value;
    }, () => this.query),
    period: text('innsyn-journal-period', (value) => (this.period = parsePeriod(value) ?? ''), () => this.period),
    from: text('innsyn-journal-from', (value) => (this.from = isDayKey(value) ? value : ''), () => this.from),
    to: text('innsyn-journal-to', (value) => (this.to = isDayKey(value) ? value : ''), () => this.to),
    type: text('innsyn-journal-type', (value) => (this.types = parseTypes(value).join(',')), () => this.types),
    unit: text('innsyn-journal-unit', (value) => (this.unitChoice = value), () => this.unitChoice),
    case: text('innsyn-journal-case', (value) => (this.caseNumber = value), () => this.caseNumber),
    property: text('innsyn-journal-property', (value) => {
      this.propertyNumber = value;
      this.propertyInvalid = '';
    }, () => this.propertyNumber),
    correspondent: text('innsyn-journal-correspondent', (value) => (this.correspondent = value), () => this.correspondent),
    basis: text('innsyn-journal-basis', (value) => (this.exemptionBasis = value), () => this.exemptionBasis),
    fulltext: text('innsyn-journal-fulltext', (value) => (this.fulltext = value === '1'), () => (this.fulltext ? '1' : '')),
    sort: text('innsyn-journal-sort', (value) => (this.sort = (JOURNAL_SORTS as readonly string[]).includes(value) ? (value as JournalSort) : ''), () => this.sort),
    group: text('innsyn-journal-group', (value) => (this.group = value === '1'), () => (this.group ? '1' : ''), 'replace'),
    pages: text(
      'innsyn-journal-pages',
      (value) => (this.pages = Math.min(20, Math.max(1, Number.parseInt(value, 10) || 1))),
      () => (this.pages > 1 ? String(this.pages) : ''),
      'replace',
    ),
    entry: text('innsyn-journal-entry', (value) => (this.entry = value), () => this.entry),
  });

  private get t(): JournalSearchMessages {
    return this.messages.value;
  }

  private get limit(): number {
    return journalPageSize(this.pageSize);
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private get filters(): JournalFilters {
    return {
      q: this.query,
      period: this.period,
      from: this.from,
      to: this.to,
      types: parseTypes(this.types),
      unit: this.unitChoice,
      caseNumber: this.caseNumber,
      propertyNumber: this.propertyNumber,
      correspondent: this.correspondent,
      exemptionBasis: this.exemptionBasis,
      fulltext: this.fulltext,
      sort: this.sort,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
  }

  protected override updated(): void {
    if (this.focusIndexAfterLoad === undefined || this.searchTask.status !== TaskStatus.COMPLETE) return;
    const index = this.focusIndexAfterLoad;
    this.focusIndexAfterLoad = undefined;
    this.renderRoot.querySelector<HTMLElement>(`#entry-${index}`)?.focus();
  }

  /** Applies changed filters: the first page again, as a new history entry. */
  private apply(filters: Partial<JournalFilters>): void {
    const next = { ...this.filters, ...filters };
    // A property number set anew (a corrected one, or every filter cleared) ends the error about the one typed before.
    if ('propertyNumber' in filters) this.propertyInvalid = '';
    this.query = next.q;
    this.draft = next.q;
    this.period = next.period;
    this.from = next.from;
    this.to = next.to;
    this.types = next.types.join(',');
    this.unitChoice = next.unit;
    this.caseNumber = next.caseNumber;
    this.propertyNumber = next.propertyNumber;
    this.correspondent = next.correspondent;
    this.exemptionBasis = next.exemptionBasis;
    this.fulltext = next.fulltext;
    this.sort = next.sort;
    this.pages = 1;
    this.address.write();
  }

  private onInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commitQuery(), TYPING_DEBOUNCE_MS);
  }

  private commitQuery(): void {
    clearTimeout(this.typingTimer);
    if (this.draft.trim() !== this.query.trim()) this.apply({ q: this.draft });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.commitQuery();
  }

  private toggleType(type: JournalEntryType, on: boolean): void {
    const types = parseTypes(this.types).filter((known) => known !== type);
    this.apply({ types: on ? [...types, type] : types });
  }

  private textFilter(name: 'caseNumber' | 'propertyNumber' | 'correspondent') {
    return (event: Event) => {
      const value = (event.target as HTMLInputElement).value.trim();
      if (name === 'propertyNumber') {
        this.propertyInvalid = value && !PROPERTY_PATTERN.test(value) ? value : '';
        if (this.propertyInvalid) return;
      }
      this.apply({ [name]: value });
    };
  }

  private showMore(): void {
    this.focusIndexAfterLoad = this.searchTask.value?.items.length;
    this.pages += 1;
    this.address.write(['pages']);
  }

  private toggleEntry(entry: JournalEntry): void {
    const open = new Set(this.openEntries);
    if (open.has(entry.id)) open.delete(entry.id);
    else {
      open.add(entry.id);
      this.dispatchEvent(new JournalEntrySelectEvent({ entry }));
    }
    this.openEntries = open;
  }

  private toggleGroup(): void {
    this.group = !this.group;
    this.address.write(['group']);
  }

  private closeEntry(): void {
    this.entry = '';
    this.address.write(['entry']);
  }

  /** Makes an entry's permalink: this page without the search, with `innsyn-journal-entry`. Built once per render. */
  private permalinkMaker(): (entry: JournalEntry) => string {
    const hash = parseUrlStateMode(this.urlState) === 'hash';
    const url = new URL(window.location.href);
    const params = new URLSearchParams(hash ? url.hash.slice(1) : url.search);
    for (const key of [...params.keys()]) if (key.startsWith('innsyn-journal-')) params.delete(key);
    return (entry) => {
      const own = new URLSearchParams(params);
      own.set('innsyn-journal-entry', entry.id);
      if (hash) url.hash = own.toString();
      else url.search = own.toString();
      return url.href;
    };
  }

  /** What every entry of one render shares, computed once: 500 entries should not parse the query 500 times. */
  private renderShared() {
    return {
      words: highlightWords(this.query),
      chosen: new Set(this.basket.items.filter((item) => item.kind === 'journal-entry').map((item) => item.id)),
      permalink: this.permalinkMaker(),
    };
  }

  private entryContext(entry: JournalEntry, level: number, shared = this.renderShared()): EntryViewContext {
    return {
      t: this.t,
      common: this.common,
      locale: this.locale,
      words: shared.words,
      headingLevel: level,
      open: this.openEntries.has(entry.id),
      onToggle: () => this.toggleEntry(entry),
      basket:
        entry.canRequestAccess && !entry.documents.length
          ? basketToggle({
              chosen: shared.chosen.has(entry.id),
              label: this.common.requestAccess,
              target: this.t.requestAccessFor(entry.journalNumber),
              onToggle: () =>
                this.basket.toggle({ kind: 'journal-entry', id: entry.id, title: `${entry.journalNumber} ${entry.title}`, caseNumber: entry.caseNumber }),
            })
          : nothing,
      permalink: shared.permalink(entry),
    };
  }

  /** Before the texts arrive: the height of the heading, the form and a page of results, without words. */
  protected override renderBeforeText(): TemplateResult {
    return renderTextPending(html`<div class="reserved-head"></div>${renderWordlessLoading()}${renderReservedEntries(this.limit)}`);
  }

  override render(): TemplateResult {
    return html`<div class="root" part="base">${this.apiBase ? this.renderSearch() : renderError(this.configError, this.common)}</div>`;
  }

  private renderSearch(): TemplateResult {
    const error = this.searchTask.error;
    if (error && this.configError) return renderError(this.configError, this.common);
    return html`
      <div class="heading" role="heading" aria-level=${this.level} part="heading">${this.t.heading}</div>
      ${this.renderChosenEntry()} ${this.renderForm()} ${this.renderChips()} ${this.renderResults()}
    `;
  }

  private renderChosenEntry(): TemplateResult | typeof nothing {
    if (!this.entry) return nothing;
    return html`<section class="chosen" aria-labelledby="chosen-heading">
      <div class="subheading" role="heading" aria-level=${Math.min(6, this.level + 1)} id="chosen-heading">${this.t.chosenEntry}</div>
      ${renderTask(this.entryTask, this.common, {
        loading: this.common.loading,
        notFound: { title: this.t.entryNotFound, text: this.t.entryNotFoundText },
        complete: (entry) => html`<ul class="entries">
          ${renderEntry(entry, -1, { ...this.entryContext(entry, Math.min(6, this.level + 2)), open: true, onToggle: () => this.closeEntry() })}
        </ul>`,
      })}
      <button type="button" part="button" @click=${this.closeEntry}>${this.t.closeEntry}</button>
    </section>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const context = this.contextTask.value;
    const types = parseTypes(this.types);
    return html`<form class="form" part="form" role="search" @submit=${this.onSubmit}>
      <div class="search">
        <label class="field field--query" part="field">
          <span>${t.searchLabel}</span>
          <input type="search" name="q" .value=${this.draft} @input=${this.onInput} aria-describedby="query-hint" autocomplete="off" />
        </label>
        <button type="submit" part="button">${t.searchButton}</button>
      </div>
      <p class="hint" id="query-hint">${t.searchHint}</p>
      <details class="filters" ?open=${activeFilters(this.filters, this.unit).length > 0}>
        <summary>${t.filters}</summary>
        <div class="filters__grid">
          <label class="field" part="field"><span>${t.period}</span>
            <select @change=${(e: Event) => this.apply({ period: (e.target as HTMLSelectElement).value as Period })}>
              <option value="" ?selected=${!this.period}>${t.periods.any}</option>
              ${PERIODS.map((period) => html`<option value=${period} ?selected=${this.period === period}>${t.periods[period]}</option>`)}
            </select>
          </label>
          ${this.period === 'custom'
            ? html`<label class="field" part="field"><span>${t.fromDate}</span>
                  <input type="date" .value=${this.from} @change=${(e: Event) => this.apply({ from: (e.target as HTMLInputElement).value })} /></label>
                <label class="field" part="field"><span>${t.toDate}</span>
                  <input type="date" .value=${this.to} @change=${(e: Event) => this.apply({ to: (e.target as HTMLInputElement).value })} /></label>`
            : nothing}
          <fieldset class="field field--types" part="field">
            <legend>${t.documentType}</legend>
            ${JOURNAL_ENTRY_TYPES.map((type) => html`<label class="check">
              <input type="checkbox" .checked=${types.includes(type)} @change=${(e: Event) => this.toggleType(type, (e.target as HTMLInputElement).checked)} />
              ${t.types[type]}</label>`)}
          </fieldset>
          ${!this.unit && context?.units.length
            ? html`<label class="field" part="field"><span>${t.unit}</span>
                <select @change=${(e: Event) => this.apply({ unit: (e.target as HTMLSelectElement).value })}>
                  <option value="" ?selected=${!this.unitChoice}>${t.allUnits}</option>
                  ${this.unitChoice && !context.units.includes(this.unitChoice) ? html`<option selected value=${this.unitChoice}>${this.unitChoice}</option>` : nothing}
                  ${context.units.map((unit) => html`<option value=${unit} ?selected=${unit === this.unitChoice}>${unit}</option>`)}
                </select></label>`
            : nothing}
          <label class="field" part="field"><span>${t.caseNumber}</span>
            <input type="text" inputmode="numeric" .value=${this.caseNumber} @change=${this.textFilter('caseNumber')} placeholder="2026/123" /></label>
          <label class="field" part="field"><span>${t.propertyNumber}</span>
            <input type="text" .value=${live(this.propertyInvalid || this.propertyNumber)} @change=${this.textFilter('propertyNumber')} pattern="\\d+/\\d+(/\\d+)?"
              aria-describedby=${this.propertyInvalid ? 'property-error property-hint' : 'property-hint'} aria-invalid=${this.propertyInvalid ? 'true' : 'false'} />
            ${this.propertyInvalid ? html`<span class="field__error" id="property-error">${t.propertyInvalid(this.propertyInvalid)}</span>` : nothing}
            <span class="hint" id="property-hint">${t.propertyHint}</span></label>
          <label class="field" part="field"><span>${t.correspondent}</span>
            <input type="text" .value=${this.correspondent} @change=${this.textFilter('correspondent')} /></label>
          <label class="field" part="field"><span>${t.exemptionBasis}</span>
            <select @change=${(e: Event) => this.apply({ exemptionBasis: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!this.exemptionBasis}>${t.anyBasis}</option>
              ${exemptionBasisOptions(this.searchTask.value?.items.map((entry) => entry.exemptionBasis) ?? [], this.exemptionBasis).map(
                (basis) => html`<option value=${basis} ?selected=${basis === this.exemptionBasis}>${basis}</option>`,
              )}
            </select></label>
          ${context?.service.capabilities.fullTextSearch
            ? html`<label class="check check--switch"><input type="checkbox" role="switch" .checked=${this.fulltext}
                @change=${(e: Event) => this.apply({ fulltext: (e.target as HTMLInputElement).checked })} /> ${t.fulltext}</label>`
            : nothing}
        </div>
      </details>
      <div class="options">
        <label class="field field--inline" part="field"><span>${t.sort}</span>
          <select @change=${(e: Event) => this.apply({ sort: (e.target as HTMLSelectElement).value as JournalSort | '' })}>
            <option value="" ?selected=${!this.sort}>${this.query.trim() ? t.sorts.relevance : t.sorts.journalDate}</option>
            ${JOURNAL_SORTS.map((sort) => html`<option value=${sort} ?selected=${this.sort === sort}>${t.sorts[sort]}</option>`)}
          </select></label>
        <button type="button" part=${pressedPart(this.group)} aria-pressed=${this.group ? 'true' : 'false'} @click=${this.toggleGroup}>${t.groupByCase}</button>
      </div>
    </form>`;
  }

  private chipLabel(name: FilterName): string {
    const t = this.t;
    const value: Record<FilterName, () => string> = {
      period: () =>
        this.period === 'custom'
          ? [formatJournalDate(isDayKey(this.from) ? this.from : null, this.locale), formatJournalDate(isDayKey(this.to) ? this.to : null, this.locale)].join('–')
          : this.period ? t.periods[this.period] : '',
      types: () => parseTypes(this.types).map((type) => t.types[type]).join(', '),
      unit: () => this.unitChoice,
      caseNumber: () => this.caseNumber,
      propertyNumber: () => this.propertyNumber,
      correspondent: () => this.correspondent,
      exemptionBasis: () => this.exemptionBasis,
      fulltext: () => t.fulltext,
    };
    return name === 'fulltext' ? value.fulltext() : `${t.filterNames[name]}: ${value[name]()}`;
  }

  private renderChips(): TemplateResult | typeof nothing {
    const active = activeFilters(this.filters, this.unit);
    if (!active.length) return nothing;
    return html`<div class="chips" role="group" aria-label=${this.t.activeFilters}>
      <ul>
        ${active.map((name) => {
          const label = this.chipLabel(name);
          return html`<li><button type="button" class="chip" part="button chip" aria-label=${this.t.removeFilter(label)}
            @click=${() => this.apply(withoutFilter(this.filters, name))}>${label} <span aria-hidden="true">✕</span></button></li>`;
        })}
      </ul>
      <button type="button" part="button" class="chips__clear" @click=${() => this.apply({ ...EMPTY_FILTERS, q: this.query, sort: this.sort })}>
        ${this.t.clearAll}
      </button>
    </div>`;
  }

  private countText(results: Results): string {
    if (results.total !== null) return this.t.hits(results.total);
    if (results.totalAtLeast !== null && results.totalAtLeast > results.items.length) return this.t.moreThan(results.totalAtLeast);
    if (results.next) return this.t.moreThan(results.items.length);
    return this.t.hits(results.items.length);
  }

  private renderResults(): TemplateResult {
    const results = this.searchTask.value;
    const pending = this.searchTask.status === TaskStatus.PENDING;
    const count = results && !pending ? (results.items.length ? this.countText(results) : this.t.noHits) : '';
    return html`<section class="results" aria-labelledby="count" aria-busy=${pending ? 'true' : 'false'}>
      <p class="count" id="count" part="count" role="status" aria-live="polite">${count}</p>
      ${pending && results && this.focusIndexAfterLoad !== undefined ? nothing : renderTask(this.searchTask, this.common, { loading: this.t.loadingResults })}
      ${results && (!pending || this.focusIndexAfterLoad !== undefined) ? this.renderList(results, pending) : nothing}
      ${pending && this.focusIndexAfterLoad === undefined ? renderReservedEntries(this.reservedRows(results)) : nothing}
    </section>`;
  }

  /**
   * Rows kept while a search runs: a page on the first load, then as many as the search before showed, so a search
   * with a few hits does not grow the page by a screenful of empty rows only to shrink it again.
   */
  private reservedRows(before: Results | undefined): number {
    return before ? Math.min(before.items.length, this.limit) : this.limit;
  }

  private renderList(results: Results, pending: boolean): TemplateResult {
    if (!results.items.length) return renderEmpty(html`<p class="status__title">${this.t.noHits}</p><p>${this.t.noHitsHint}</p>`);
    const level = Math.min(6, this.level + 1);
    const shared = this.renderShared();
    const showBar = this.basket.items.length > 0 || results.items.some((entry) => entry.canRequestAccess && !entry.documents.length);
    return html`
      ${showBar ? renderBasketBar({ basket: this.basket, t: this.common, host: this, requestHref: this.requestHref }) : nothing}
      ${this.group
        ? html`<ul class="cases">
            ${groupByCase(results.items).map((group) => html`<li class="case">
              <div class="case__heading" role="heading" aria-level=${level}>
                ${group.caseNumber} ${group.caseTitle} <span class="case__count">(${this.t.entriesInCase(group.entries.length)})</span>
              </div>
              <ol class="entries">${group.entries.map(({ entry, index }) => renderEntry(entry, index, this.entryContext(entry, Math.min(6, level + 1), shared)))}</ol>
            </li>`)}
          </ul>`
        : html`<ol class="entries">${results.items.map((entry, index) => renderEntry(entry, index, this.entryContext(entry, level, shared)))}</ol>`}
      ${results.next
        ? html`<button type="button" part="button" class="show-more" ?disabled=${pending} @click=${this.showMore}>
            ${pending ? this.t.loadingResults : this.t.showMore}
          </button>`
        : nothing}
    `;
  }
}


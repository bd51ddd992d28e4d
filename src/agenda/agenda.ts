import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLang } from '../shared/data-lang.js';
import { CopyStatus, renderSubscribe } from '../shared/templates/subscribe.js';
import { subscribeStyles } from '../shared/templates/subscribe.styles.js';
import { initialState, TaskStatus } from '@lit/task';
import { sameBaseUrl } from '../api/base-url.js';
import type { AgendaItem, Document, MeetingDetail, MeetingLink } from '../api/types.js';
import type { MeetingSelectEvent } from '../events/meeting-select.js';
import { MeetingShownEvent } from '../events/meeting-shown.js';
import { apiTask } from '../shared/api-task.js';
import { disclosureStyles } from '../shared/disclosure.styles.js';
import { baseStyles } from '../shared/base.styles.js';
import { basketBarStyles, renderBasketBar } from '../shared/basket/basket-bar.js';
import { BasketController } from '../shared/basket/basket-controller.js';
import { formatDate, formatDayMonth, formatTime } from '../shared/format.js';
import { InnsynElement } from '../shared/innsyn-element.js';
import { LOAD_FAILURE_TEXT } from '../shared/load-failure.js';
import { meetingStatusNote, meetingTimeRange } from '../shared/meeting-format.js';
import { looksLikeHtml, preloadSanitizer, sanitizeHtml } from '../shared/sanitize.js';
import { renderEmpty, renderError, renderTask } from '../shared/status-views.js';
import { basketToggle } from '../shared/templates/basket-toggle.js';
import { documentLink, httpUrl } from '../shared/templates/document-link.js';
import { publishedDocuments } from '../shared/templates/published-documents.js';
import { templateStyles } from '../shared/templates/templates.styles.js';
import { parseUrlStateMode, propertyKey, UrlStateBinding, urlWithState } from '../shared/url-state.js';
import { firstPublication, isLate, sortDocuments } from './agenda-documents.js';
import { closedItemBases } from './closed-item.js';
import { agendaCatalog, type AgendaMessages } from './agenda.messages.js';
import { agendaStyles } from './agenda.styles.js';
import { IcsDownload, type IcsSource } from './ics-download.js';

type Decisions = Map<string, DocumentFragment | string | null>;

interface LoadedMeeting {
  meeting: MeetingDetail;
  /** The body's calendar feed, or null where the API has none (eInnsyn, OParl). */
  feed: string | null;
  /**
   * Decisions by agenda item id, cleaned when their panel is first built: text as a string, limited HTML as a fragment
   * of clean nodes, null while the sanitizer works.
   */
  decisions: Decisions;
}

/**
 * One meeting of an elected body: time, place and status, the meeting documents, and the agenda (saksliste) with each
 * item's documents and decision. Citizens can add items to the shared request basket (innsynskurv).
 *
 * @summary Agenda (saksliste) of one meeting, with documents and decisions.
 *
 * @attr api - Base URL of the publication API (required).
 * @attr meeting - Id of the meeting to show. The page URL (with `url-state`) and, with `follow-selection`, a calendar
 *   on the same page can change it.
 * @attr follow-selection - Boolean. When present, the agenda shows the meeting a citizen picks in any
 *   `<innsyn-meeting-calendar>` on the page (same `api`), and calls `preventDefault()` on its `innsyn-meeting-select`
 *   event so a calendar with `agenda-href` stays on this page. Off by default, so an agenda pinned to one meeting
 *   never changes under a calendar elsewhere on the page.
 * @attr url-state - `query` or `hash` keeps the meeting (`innsyn-meeting`, a new history entry per meeting) and the
 *   last opened item (`innsyn-item`, replacing the entry) in the page URL, so a link can be shared, reloaded and Back
 *   returns to the previous meeting. Default none.
 * @attr heading-level - Level of the meeting heading, 1–6 (default 2); the agenda heading and items follow below it.
 * @attr request-href - Address of the page with `<innsyn-access-request>`; the basket bar links to it with "Send
 *   innsynskrav". Without it, that button fires `innsyn-access-request-open` for the page to handle.
 * @attr document-title - Opt-in: set the page's `document.title` to the meeting shown ("Kommunestyret torsdag
 *   12. februar 2026"). The value is a template: `{meeting}` is replaced, e.g. `{meeting} – Eksempel kommune`; any
 *   present without it, the title is the meeting alone. Off by default, since the title belongs to the page.
 * @attr lang - Language: nb, nn, en or se; inherited from the page when absent.
 *
 * @fires innsyn-access-request-open - The citizen asked to send the basket and there is no `request-href`.
 *   `detail: { api, items }`; cancelable. A page that shows `<innsyn-access-request>` itself handles it.
 * @fires innsyn-meeting-shown - The agenda now shows a meeting (after it loaded). `detail: { meeting, api }`. A
 *   meeting calendar on the page listens and shows that meeting's month with the meeting marked as current.
 *
 * @csspart neighbours - The links to the body's previous and next meeting.
 * @csspart base - The element's outer box.
 * @csspart header - Heading, time, place, status and meeting documents.
 * @csspart heading - The meeting heading.
 * @csspart notice - The cancelled or moved notice.
 * @csspart button - Every button.
 * @csspart button-pressed - A toggle button that is on (also has the part `button`): an item chosen for an access request.
 * @csspart item - One agenda item.
 * @csspart document - A document link.
 * @csspart decision - A decision (vedtak).
 * @csspart subscribe - The link that subscribes to the body's calendar feed (webcal:).
 * @csspart basket - The basket bar: count, "Send innsynskrav" and the clear button.
 * @csspart basket-send - The "Send innsynskrav" link or button of the basket bar.
 * @csspart published - "The documents are published" with the main document's link, in place of "Be om innsyn".
 * @csspart status - Loading, empty, not-found and error messages.
 * @csspart error - The error message (also has the part `status`).
 *
 * @cssprop --innsyn-loading-height - Height kept while the first data loads, so the page does not jump (default: about a screenful).
 * @cssprop --innsyn-font-family - Font; inherits the page's by default.
 * @cssprop --innsyn-color-text - Text colour; inherits by default.
 * @cssprop --innsyn-color-muted - Secondary text (places, hints); the text colour at 72 % by default.
 * @cssprop --innsyn-color-surface - Background of the element (transparent by default) and of form fields.
 * @cssprop --innsyn-color-accent - Links and chosen items.
 * @cssprop --innsyn-color-accent-contrast - Text on the accent colour.
 * @cssprop --innsyn-color-border - Lines and borders.
 * @cssprop --innsyn-color-surface-alt - Buttons and highlighted areas.
 * @cssprop --innsyn-color-danger - Cancelled meetings and errors.
 * @cssprop --innsyn-color-warning - Moved meetings.
 * @cssprop --innsyn-color-focus - Outer focus ring (default near-black).
 * @cssprop --innsyn-color-focus-contrast - Inner focus ring (default white); the two together reach 3:1 on any background.
 * @cssprop --innsyn-radius - Corner radius.
 * @cssprop --innsyn-space - Base spacing.
 */
export class InnsynAgenda extends InnsynElement {
  static override properties: PropertyDeclarations = {
    meeting: {},
    followSelection: { attribute: 'follow-selection', type: Boolean },
    urlState: { attribute: 'url-state' },
    headingLevel: { attribute: 'heading-level', type: Number },
    requestHref: { attribute: 'request-href' },
    documentTitle: { attribute: 'document-title' },
    openItems: { state: true },
    printing: { state: true },
  };

  static override styles = [baseStyles, templateStyles, basketBarStyles, disclosureStyles, subscribeStyles, agendaStyles];

  meeting = '';
  followSelection = false;
  urlState = '';
  headingLevel = 2;
  requestHref = '';
  documentTitle: string | null = null;

  private openItems = new Set<string>();

  private readonly basket = new BasketController(this, () => this.apiBase);
  private readonly copyStatus = new CopyStatus(this);
  /** The `meeting` attribute as the author wrote it, shown again when Back leaves the URL without a meeting. */
  private authoredMeeting?: string;
  private readonly icsDownload = new IcsDownload(this);
  private focusHeadingAfterLoad = false;
  private scrollToItemAfterLoad?: string;

  private readonly serviceTask = apiTask(this, {
    args: () => [],
    task: (_, { port, signal, language }) => port.getService({ signal, language }),
  });

  private readonly meetingTask = apiTask(this, {
    args: () => [this.meeting.trim()],
    task: async ([id], { port, signal, language }): Promise<LoadedMeeting> => {
      if (!id) return initialState as never;
      // An item opened from the page URL, or printing, shows its decision at once: the sanitizer travels beside the meeting.
      if (this.openItems.size > 0 || this.printing) preloadSanitizer();
      // The service document is read beside the meeting (merged with serviceTask's request), so request
      // buttons appear with the agenda or not at all, never a moment later.
      const [meeting, service] = await Promise.all([
        port.getMeeting(id, { signal, language }),
        port.getService({ signal, language }).catch(() => undefined),
      ]);
      // A service that takes no access requests (or whose capabilities are unknown) shows no request button or basket.
      const acceptsRequests = service?.capabilities.accessRequests === true;
      const agendaItems = [...meeting.agendaItems]
        .sort((a, b) => a.sequence - b.sequence)
        .map((item) => (acceptsRequests || !item.canRequestAccess ? item : { ...item, canRequestAccess: false }));
      let feed: string | null = null;
      try {
        feed = port.calendarFeedUrl(meeting.body.id);
      } catch {
        feed = null;
      }
      return { meeting: { ...meeting, agendaItems }, decisions: new Map(), feed };
    },
    onComplete: ({ meeting }) => {
      // Otherwise decisions show when an item opens: the sanitizer comes once the agenda is in, not competing with it,
      // and only for a held meeting with HTML decisions (a notice of an upcoming meeting never loads it).
      if (hasHtmlDecisions(meeting)) preloadSanitizer();
      this.onMeetingShown(meeting);
    },
  });

  /** Items whose panel has been built: a panel's documents and decision are rendered when it is first opened. */
  private readonly builtPanels = new Set<string>();
  /** Printing shows every item open, so every panel is built first (and stays built). */
  private printing = false;
  private readonly printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly onPrint = (event: Event): void => {
    if (event.type === 'beforeprint' || this.printMedia?.matches) this.printing = true;
  };

  /** The last opened item, as kept in the URL. */
  private urlItem?: string;

  /**
   * The meeting is a new history entry, so Back returns to the previous meeting; the last opened item replaces the
   * entry, so Back does not close panels one at a time.
   */
  private readonly address = new UrlStateBinding(this, () => this.mode, {
    meeting: propertyKey(this, 'meeting', 'innsyn-meeting', {
      history: 'push',
      parse: (value) => value ?? this.authoredMeeting ?? '',
    }),
    item: {
      param: 'innsyn-item',
      read: (item) => {
        this.urlItem = item;
        if (!item) return;
        this.openItems = new Set([...this.openItems, item]);
        this.scrollToItemAfterLoad = item;
      },
      write: () => this.urlItem,
    },
  }, () => {
    // Back or Forward changed the meeting: the old heading is gone, so focus would fall to <body>.
    this.focusHeadingAfterLoad = true;
  });

  private readonly messages = this.useMessages(agendaCatalog);

  private get t(): AgendaMessages {
    return this.messages.value;
  }

  private get mode() {
    return parseUrlStateMode(this.urlState);
  }

  override connectedCallback(): void {
    this.authoredMeeting ??= this.meeting;
    super.connectedCallback();
    document.addEventListener('innsyn-meeting-select', this.onMeetingSelect);
    window.addEventListener('beforeprint', this.onPrint);
    this.printMedia?.addEventListener('change', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('innsyn-meeting-select', this.onMeetingSelect);
    window.removeEventListener('beforeprint', this.onPrint);
    this.printMedia?.removeEventListener('change', this.onPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const loaded = this.meetingTask.value?.meeting;
    const file = this.icsDownload.file;
    if (loaded && file && file.meetingId !== loaded.id) this.icsDownload.forget();
  }

  protected override updated(): void {
    // Until the new meeting has rendered, the heading and items on screen are the loading view's or the old meeting's.
    if (this.meetingTask.status !== TaskStatus.COMPLETE || !this.meetingTask.value) return;
    if (this.focusHeadingAfterLoad) {
      this.focusHeadingAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('#meeting-heading')?.focus();
    }
    if (this.scrollToItemAfterLoad) {
      const index = this.meetingTask.value.meeting.agendaItems.findIndex((item) => item.id === this.scrollToItemAfterLoad);
      this.scrollToItemAfterLoad = undefined;
      if (index >= 0) this.renderRoot.querySelector(`#item-${index}`)?.scrollIntoView({ block: 'start' });
    }
  }


  private readonly onMeetingSelect = (event: MeetingSelectEvent): void => {
    if (!this.followSelection) return;
    // Another copy of the library may send it: read it as untrusted.
    const { detail, target } = event as { detail?: Partial<MeetingSelectEvent['detail']>; target: EventTarget | null };
    const id = detail?.meeting?.id;
    if (typeof id !== 'string' || !id) return;
    const sourceApi = (target as { apiBase?: unknown; api?: unknown } | null)?.apiBase ?? (target as { api?: unknown } | null)?.api;
    if (typeof sourceApi === 'string' && !sameBaseUrl(sourceApi, this.apiBase)) return;
    event.preventDefault();
    this.showMeeting(id);
  };

  /** Shows another meeting, as a new entry in the page's history. */
  showMeeting(id: string): void {
    this.focusHeadingAfterLoad = true;
    if (id === this.meeting && this.meetingTask.value) this.requestUpdate();
    this.meeting = id;
    this.urlItem = undefined;
    this.address.write();
  }

  /** With `document-title`, the page title names the meeting, so a tab, a bookmark and history say which one. */
  private setDocumentTitle(meeting: MeetingDetail): void {
    if (this.documentTitle === null) return;
    const template = this.documentTitle.trim();
    const name = `${meeting.body.name} ${formatDate(meeting.start, this.locale)}`;
    document.title = template.includes('{meeting}') ? template.replaceAll('{meeting}', name) : name;
  }

  private onMeetingShown(meeting: MeetingDetail): void {
    this.setDocumentTitle(meeting);
    let api: string;
    try {
      api = this.client.baseUrl;
    } catch {
      return;
    }
    const { agendaItems, ...shown } = meeting;
    void agendaItems;
    this.dispatchEvent(new MeetingShownEvent({ meeting: shown, api }));
  }

  private toggleItem(item: AgendaItem): void {
    const open = new Set(this.openItems);
    const opening = !open.has(item.id);
    if (opening) open.add(item.id);
    else open.delete(item.id);
    this.openItems = open;
    if (opening) this.urlItem = item.id;
    else if (this.address.current('item') === item.id) this.urlItem = undefined;
    else return;
    this.address.write(['item']);
  }

  private toggleAll(items: AgendaItem[], open: boolean): void {
    const ids = items.filter((item) => !item.closed).map((item) => item.id);
    const next = new Set(this.openItems);
    for (const id of ids) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.openItems = next;
    if (open) return;
    this.urlItem = undefined;
    this.address.write(['item']);
  }

  private toggleBasket(item: AgendaItem, meeting: MeetingDetail): void {
    this.basket.toggle({
      kind: 'agenda-item',
      id: item.id,
      title: `${item.number} ${item.title}`,
      ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}),
      meetingId: meeting.id,
    });
  }

  private level(offset: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
  }

  override render(): TemplateResult {
    const loading = this.meetingTask.status === TaskStatus.PENDING && !this.meetingTask.value;
    return html`<div class="root ${loading ? 'root--loading' : ''}" part="base">${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult | typeof nothing {
    if (!this.apiBase) return renderError(this.configError, this.common);
    return renderTask(this.meetingTask, this.common, {
      initial: () => renderEmpty(this.t.noMeetingChosen),
      loading: this.t.loadingMeeting,
      notFound: { title: this.t.notFoundTitle, text: this.t.notFoundText },
      complete: (loaded) => this.renderMeeting(loaded),
    });
  }

  private renderMeeting({ meeting, decisions }: LoadedMeeting): TemplateResult {
    return html`<article class="meeting meeting--${meeting.status}" aria-labelledby="meeting-heading">
      ${this.renderHeader(meeting)} ${this.renderAgenda(meeting, decisions)}
    </article>`;
  }

  private renderHeader(meeting: MeetingDetail): TemplateResult {
    const t = this.t;
    const statusNote = meetingStatusNote(meeting, this.locale, this.common);
    const time = meetingTimeRange(meeting, this.locale);
    return html`<header class="header" part="header">
      <div class="heading" role="heading" aria-level=${this.level(0)} id="meeting-heading" tabindex="-1" part="heading">
        <span class="heading__body" lang=${ifDefined(this.dataLang)}>${meeting.body.name}</span>
        <span class="heading__date">${formatDate(meeting.start, this.locale)}</span>
        ${statusNote ? html`<span class="visually-hidden">, ${this.common.meetingStatus[meeting.status]}</span>` : nothing}
      </div>
      ${this.renderStatusNotice(meeting, statusNote)}
      <dl class="facts">
        <div><dt>${t.time}</dt><dd class="facts__time">${time}</dd></div>
        ${meeting.location ? html`<div><dt>${t.place}</dt><dd lang=${ifDefined(this.dataLang)}>${meeting.location}</dd></div>` : nothing}
        <div><dt>${t.status}</dt><dd>${this.common.meetingStatus[meeting.status]}</dd></div>
      </dl>
      ${this.renderMeetingDocuments(meeting)} ${this.renderCalendarLinks(meeting)} ${this.renderNeighbours(meeting)}
    </header>`;
  }

  /** Links to the body's previous and next meeting, where the API names them; shown here, in this agenda. */
  private renderNeighbours(meeting: MeetingDetail): TemplateResult | typeof nothing {
    const links = [
      meeting.previousMeeting && { link: meeting.previousMeeting, label: this.t.previousMeeting, rel: 'prev' },
      meeting.nextMeeting && { link: meeting.nextMeeting, label: this.t.nextMeeting, rel: 'next' },
    ].filter((entry) => !!entry && entry.link.id !== meeting.id) as { link: MeetingLink; label: (date?: string) => string; rel: string }[];
    if (!links.length) return nothing;
    const mode = this.mode;
    return html`<nav class="neighbours" part="neighbours" aria-label=${this.t.otherMeetings(meeting.body.name)}>
      <ul>
        ${links.map(({ link, label, rel }) => {
          const text = label(link.start ? formatDate(link.start, this.locale) : undefined);
          const go = (event: Event) => {
            event.preventDefault();
            this.showMeeting(link.id);
          };
          // With url-state the link is a real address (open in a new tab, copy); without, a button does the same here.
          return html`<li class="neighbours__${rel}">
            ${mode === 'none'
              ? html`<button type="button" part="button" class="link-button" @click=${go}>${text}</button>`
              : html`<a href=${urlWithState(mode, { 'innsyn-meeting': link.id, 'innsyn-item': undefined }).href} rel=${rel} @click=${(event: MouseEvent) => {
                  if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) go(event);
                }}>${text}</a>`}
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private renderStatusNotice(meeting: MeetingDetail, statusNote: string): TemplateResult | typeof nothing {
    if (meeting.status === 'cancelled') {
      return html`<p class="notice notice--cancelled" part="notice">
        <span class="notice__icon" aria-hidden="true">⚠</span> <strong>${this.t.cancelledNotice}</strong>
      </p>`;
    }
    if (meeting.status === 'moved') {
      const newTime = `${formatDate(meeting.start, this.locale)} ${formatTime(meeting.start, this.locale)}`;
      return html`<p class="notice notice--moved" part="notice">
        <span class="notice__icon" aria-hidden="true">⚠</span> <strong>${this.t.movedNotice(newTime)}</strong>
        ${statusNote && meeting.originalStart ? html`<span class="notice__detail">${statusNote}.</span>` : nothing}
      </p>`;
    }
    return nothing;
  }

  private renderMeetingDocuments(meeting: MeetingDetail): TemplateResult | typeof nothing {
    const stream = httpUrl(meeting.streamUrl);
    const recording = httpUrl(meeting.recordingUrl);
    const documents = [meeting.notice, meeting.minutes].filter((document): document is Document => document != null);
    if (!documents.length && !stream && !recording) return nothing;
    const first = firstPublication(meeting);
    return html`<div class="meeting-documents">
      <div class="subheading" role="heading" aria-level=${this.level(1)}>${this.t.meetingDocuments}</div>
      <ul class="documents">
        ${documents.map((document) => this.renderDocument(document, first))}
        ${stream && meeting.status !== 'held' && meeting.status !== 'cancelled'
          ? html`<li class="document"><a part="document" href=${stream}>${this.t.watchLive}</a></li>`
          : nothing}
        ${recording ? html`<li class="document"><a part="document" href=${recording}>${this.t.watchRecording}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  private renderCalendarLinks(meeting: MeetingDetail): TemplateResult | typeof nothing {
    const feed = this.serviceTask.value?.capabilities.calendarFeed ? this.meetingTask.value?.feed : undefined;
    const offersFile = meeting.status !== 'cancelled';
    if (!offersFile && !feed) return nothing;
    return html`<ul class="calendar-links">
      ${offersFile ? this.renderIcsLink(meeting) : nothing}
      ${feed
        ? html`<li>
            ${renderSubscribe({
              feedUrl: feed,
              label: this.t.subscribe(meeting.body.name),
              hint: this.t.subscribeHint,
              t: this.common,
              copy: this.copyStatus.value,
              onCopy: () => void this.copyStatus.copy(feed),
            })}
          </li>`
        : nothing}
    </ul>`;
  }

  private renderIcsLink(meeting: MeetingDetail): TemplateResult {
    const source: IcsSource = { meeting, apiBaseUrl: this.client.baseUrl, pageUrl: window.location.href };
    const file = this.icsDownload.file?.meetingId === meeting.id ? this.icsDownload.file : undefined;
    const prepare = () => void this.icsDownload.prepare(source);
    return html`<li>
      <a href=${file?.url ?? '#'} download=${file?.filename ?? ''} type="text/calendar"
        @pointerenter=${prepare} @focus=${prepare} @click=${(event: MouseEvent) => this.icsDownload.click(event, source)}
      >${this.t.addToCalendar}</a>
      <span class="hint">${this.t.addToCalendarHint}</span>
      ${this.icsDownload.failed ? html`<p class="ics-failed" role="alert">${LOAD_FAILURE_TEXT[this.locale][0]}</p>` : nothing}
    </li>`;
  }

  private renderAgenda(meeting: MeetingDetail, decisions: Decisions): TemplateResult {
    const t = this.t;
    const items = meeting.agendaItems;
    const openable = items.filter((item) => !item.closed);
    const allOpen = openable.length > 0 && openable.every((item) => this.openItems.has(item.id));
    const first = firstPublication(meeting);
    return html`<section class="agenda" aria-labelledby="agenda-heading">
      <div class="agenda__head">
        <div class="subheading" role="heading" aria-level=${this.level(1)} id="agenda-heading">
          ${t.agendaHeading}${items.length ? html` <span class="agenda__count">(${t.itemCount(items.length)})</span>` : nothing}
        </div>
        ${openable.length
          ? html`<button type="button" part="button" class="toggle-all" @click=${() => this.toggleAll(items, !allOpen)}>
              ${allOpen ? t.collapseAll : t.expandAll}
            </button>`
          : nothing}
      </div>
      ${(this.basket.items.length && this.acceptsRequests()) || items.some((item) => item.canRequestAccess && !this.publishedOf(item).length)
        ? this.renderBasketBar()
        : nothing}
      ${items.length
        ? html`<ol class="items">${items.map((item, index) => this.renderItem(item, index, meeting, decisions, first))}</ol>`
        : renderEmpty(emptyAgendaMessage(meeting, t))}
    </section>`;
  }

  /** The language of the API's texts where it differs from the element's (see data-lang.ts). */
  private get dataLang(): string | undefined {
    return dataLang(this.serviceTask.value, this.locale);
  }

  /** No basket where the service takes no access requests (capabilities.accessRequests), even with items in it. */
  private acceptsRequests(): boolean {
    return this.serviceTask.value?.capabilities.accessRequests === true;
  }

  private renderBasketBar(): TemplateResult {
    return renderBasketBar({ basket: this.basket, t: this.common, host: this, requestHref: this.requestHref });
  }

  private renderItem(
    item: AgendaItem,
    index: number,
    meeting: MeetingDetail,
    decisions: Decisions,
    first: number | undefined,
  ): TemplateResult {
    const open = this.openItems.has(item.id);
    const label = html`<span class="item__number">${item.number}</span> <span class="item__title" lang=${ifDefined(this.dataLang)}>${item.title}</span>`;
    return html`<li class="item ${item.closed ? 'item--closed' : ''}" part="item">
      <div class="item__head">
        <div class="item__heading" role="heading" aria-level=${this.level(2)}>
          ${item.closed
            ? html`<span class="item__label" id="item-${index}">${label}</span>`
            : html`<button
                type="button"
                part="button"
                class="disclosure"
                id="item-${index}"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="panel-${index}"
                @click=${() => this.toggleItem(item)}
              >
                <span class="disclosure__icon" aria-hidden="true"></span>${label}
              </button>`}
        </div>
        ${item.canRequestAccess && !this.publishedOf(item).length ? this.renderBasketToggle(item, meeting) : nothing}
      </div>
      ${item.caseNumber ? html`<p class="item__case">${this.t.caseNumber} ${item.caseNumber}</p>` : nothing}
      ${publishedDocuments(this.publishedOf(item), this.locale, this.common)}
      ${item.closed ? this.renderClosed(item) : this.renderPanel(item, index, open, meeting, decisions, first)}
    </li>`;
  }

  /** An open item's published documents, main document first: there is no access to request for them. */
  private publishedOf(item: AgendaItem): Document[] {
    return item.closed ? [] : sortDocuments(item.documents);
  }

  private renderBasketToggle(item: AgendaItem, meeting: MeetingDetail): TemplateResult {
    return basketToggle({
      chosen: this.basket.has({ kind: 'agenda-item', id: item.id }),
      label: this.common.requestAccess,
      target: this.t.requestAccessFor(item.number),
      onToggle: () => this.toggleBasket(item, meeting),
    });
  }

  /** Only the exemption and its legal basis: whatever else the API sent for a closed item stays unrendered. */
  private renderClosed(item: AgendaItem): TemplateResult {
    const bases = closedItemBases(item);
    return html`<div class="closed">
      <p><strong>${this.common.closed}</strong></p>
      <p class="closed__meeting">${this.t.closedMeeting(bases.meeting)}</p>
      <p class="closed__documents">${this.t.documentsExempt(bases.documents)}</p>
    </div>`;
  }

  private renderPanel(
    item: AgendaItem,
    index: number,
    open: boolean,
    meeting: MeetingDetail,
    decisions: Decisions,
    first: number | undefined,
  ): TemplateResult {
    const built = open || this.printing || this.builtPanels.has(item.id);
    if (built) this.builtPanels.add(item.id);
    return html`<div class="item__panel" id="panel-${index}" ?hidden=${!open}>
      ${built ? this.renderPanelContent(item, meeting, decisions, first) : nothing}
    </div>`;
  }

  private renderPanelContent(item: AgendaItem, meeting: MeetingDetail, decisions: Decisions, first: number | undefined): TemplateResult {
    const decision = isHeld(meeting) && item.decision ? this.cleanDecision(item.id, item.decision, decisions, item.decisionFormat) : undefined;
    return html`
      ${item.documents.length
        ? html`<p class="panel__label">${this.t.caseDocuments}</p>
            <ul class="documents">${sortDocuments(item.documents).map((document) => this.renderDocument(document, first))}</ul>`
        : html`<p class="no-documents">${item.documentsPublished ? this.t.noDocuments : this.t.noDocumentsYet}</p>`}
      ${decision != null
        ? html`<div class="decision" part="decision">
            <p class="panel__label">${this.t.decision}</p>
            <div class="decision__text ${typeof decision === 'string' ? 'decision__text--plain' : ''}" lang=${ifDefined(this.dataLang)}>${decision}</div>
          </div>`
        : nothing}
    `;
  }

  /** Plain text as it is; HTML through the sanitizer (already on its way since the meeting came in), then re-rendered. */
  private cleanDecision(id: string, text: string, decisions: Decisions, format?: string): DocumentFragment | string | null {
    const known = decisions.get(id);
    if (known !== undefined) return known;
    // Declared plain text stays text, "<Name der Firma>" and line breaks included.
    if (!isHtmlDecision(text, format)) {
      decisions.set(id, text);
      return text;
    }
    decisions.set(id, null);
    sanitizeHtml(text).then(
      (clean) => {
        decisions.set(id, clean);
        this.requestUpdate();
      },
      (error: unknown) => {
        decisions.delete(id);
        console.error('innsyn-elements: could not clean a decision', error);
      },
    );
    return null;
  }

  private renderDocument(document: Document, first: number | undefined): TemplateResult {
    return html`<li class="document">
      ${documentLink(document, this.locale, this.common, this.dataLang)}
      ${isLate(document, first)
        ? html`<span class="document__published">${this.t.publishedAt(
            formatDayMonth(document.publishedAt, this.locale),
            formatTime(document.publishedAt, this.locale),
          )}</span>`
        : nothing}
    </li>`;
  }
}

/** "None" or "not yet": the server's word when it gives one, else what the meeting's status implies. */
function emptyAgendaMessage(meeting: MeetingDetail, t: AgendaMessages): string {
  if (meeting.status === 'cancelled') return t.emptyAgendaCancelled;
  const published = meeting.agendaPublished ?? isHeld(meeting);
  return published ? t.noItems : t.emptyAgenda;
}

/** Whether a decision goes through the sanitizer: declared plain text stays text, "<Name der Firma>" included. */
function isHtmlDecision(text: string, format?: string): boolean {
  return format !== 'text' && looksLikeHtml(text);
}

function hasHtmlDecisions(meeting: MeetingDetail): boolean {
  return isHeld(meeting) && meeting.agendaItems.some((item) => !item.closed && !!item.decision && isHtmlDecision(item.decision, item.decisionFormat));
}

/** A moved meeting keeps status "moved" after it took place; published minutes show that it was held. */
function isHeld(meeting: MeetingDetail): boolean {
  return meeting.status === 'held' || (meeting.status === 'moved' && meeting.minutes !== null);
}

import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLang } from '../shared/data-lang.js';
import { TaskStatus } from '@lit/task';
import { sameBaseUrl } from '../api/base-url.js';
import { isApiError } from '../api/errors.js';
import type { Body, Meeting, ServiceDocument } from '../api/types.js';
import { baseStyles, pressedPart } from '../shared/base.styles.js';
import { MeetingSelectEvent } from '../events/meeting-select.js';
import type { MeetingShownEvent } from '../events/meeting-shown.js';
import { apiTask } from '../shared/api-task.js';
import { formatDate, formatMonth, weekdayNames } from '../shared/format.js';
import { InnsynElement } from '../shared/innsyn-element.js';
import { agendaUrl, meetingStatusNote, meetingTimeRange } from '../shared/meeting-format.js';
import { renderEmpty, renderError, renderTask } from '../shared/status-views.js';
import { parseUrlStateMode, propertyKey, UrlStateBinding } from '../shared/url-state.js';
import {
  addMonths,
  daysInMonth,
  dayKey,
  monthKey,
  monthOf,
  osloDateKey,
  parseMonth,
  type CalendarMonth,
} from '../time/oslo.js';
import { CopyStatus, renderSubscribe } from '../shared/templates/subscribe.js';
import { subscribeStyles } from '../shared/templates/subscribe.styles.js';
import { calendarCatalog, type CalendarMessages } from './meeting-calendar.messages.js';
import { overviewOf, type Overview } from './overview.js';
import { monthQuery, overviewQuery } from './queries.js';
import { documentLink } from '../shared/templates/document-link.js';
import { calendarStyles } from './meeting-calendar.styles.js';

type View = 'month' | 'list';
/** Below this width (in the element's em) a month grid cannot show meeting names; the list is the default there. */
const NARROW_EM = 30;

interface Context {
  service: ServiceDocument;
  bodies: Body[];
  /** The API's calendar feed for all bodies or one, or null where it has none (eInnsyn, OParl). */
  feedUrl: (body?: string) => string | null;
}

/**
 * The meetings of a municipality's elected bodies, as a month grid or a list, filtered by body.
 *
 * @summary Meeting calendar (møtekalender) for elected bodies.
 *
 * @attr api - Base URL of the publication API (required).
 * @attr body - Id of the body to show first; empty shows all bodies. The citizen can change it.
 * @attr month - The month to show first, as YYYY-MM; defaults to the current month in Europe/Oslo.
 * @attr view - `month` (grid) or `list`. Without it, the grid, or the list when the element is narrower than 30em (a phone,
 *   a CMS sidebar).
 * @attr agenda-href - URL template for a meeting's agenda page, e.g. `/moter/mote?id={id}`; `{id}` and `{body}` are
 *   replaced. Without it, meetings are buttons that only fire `innsyn-meeting-select`.
 * @attr url-state - `query` or `hash` keeps month, body and view in the page URL (shareable, reloadable); default none.
 * @attr heading-level - Level of the month heading, 1–6 (default 2).
 * @attr meeting - Id of the current meeting, marked with `aria-current`. Set automatically, together with its month,
 *   when an `<innsyn-agenda>` on the page with the same `api` fires `innsyn-meeting-shown`.
 * @attr lang - Language: nb, nn, en or se; inherited from the page when absent.
 *
 * @listens innsyn-meeting-shown - On `document`: shows that meeting's month and marks the meeting as current.
 *
 * @fires innsyn-meeting-select - A citizen chose a meeting. `detail: { meeting }`. Cancelable: calling
 *   `preventDefault()` stops the navigation to `agenda-href`, so a page can show the agenda itself.
 *
 * @csspart base - The element's outer box.
 * @csspart toolbar - Month navigation, body filter and view switch.
 * @csspart heading - The month heading.
 * @csspart button - Every button.
 * @csspart button-pressed - A toggle button that is on (also has the part `button`): the chosen view.
 * @csspart field - The body filter.
 * @csspart grid - The month grid (a table).
 * @csspart day - A day cell of the grid.
 * @csspart meeting - One meeting, in the grid, the day panel or the list.
 * @csspart status - Loading, empty and error messages.
 * @csspart error - The error message (also has the part `status`).
 * @csspart subscribe - The calendar subscription link (a webcal: address, which calendars subscribe to).
 *
 * @cssprop --innsyn-loading-height - Height kept while the first data loads, so the page does not jump (default: about a screenful).
 * @cssprop --innsyn-font-family - Font; inherits the page's by default.
 * @cssprop --innsyn-color-text - Text colour; inherits by default.
 * @cssprop --innsyn-color-muted - Secondary text (places, hints); the text colour at 72 % by default.
 * @cssprop --innsyn-color-surface - Background of the element (transparent by default) and of form fields.
 * @cssprop --innsyn-color-accent - Links, the selected day and today's marker.
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
export class InnsynMeetingCalendar extends InnsynElement {
  static override properties: PropertyDeclarations = {
    body: {},
    month: {},
    view: {},
    agendaHref: { attribute: 'agenda-href' },
    urlState: { attribute: 'url-state' },
    headingLevel: { attribute: 'heading-level', type: Number },
    meeting: {},
    activeDay: { state: true },
    announced: { state: true },
    narrow: { state: true },
    viewChosen: { state: true },
  };

  static override styles = [baseStyles, subscribeStyles, calendarStyles];

  body = '';
  month = '';
  view: View = 'month';
  agendaHref = '';
  urlState = '';
  headingLevel = 2;
  meeting = '';

  /** The day that holds the grid's focus (roving tabindex), YYYY-MM-DD. */
  private activeDay = '';
  /** What the live region says once a month has loaded; worded at render, when the language's texts are sure to be there. */
  private announced?: { count: number; month: CalendarMonth };
  private focusActiveDayAfterRender = false;
  /** The element is narrower than a usable month grid; the list is then the default view. */
  private narrow = false;
  /** The citizen pressed Month or List: their choice beats the narrow default. */
  private viewChosen = false;
  private readonly copyStatus = new CopyStatus(this);
  private readonly resizeObserver = new ResizeObserver(() => this.measure());

  /** Measured on connect (so the first render already has the right view) and on every resize after. */
  private measure(): void {
    const width = this.getBoundingClientRect().width;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const narrow = width > 0 && width < NARROW_EM * em;
    if (narrow !== this.narrow) this.narrow = narrow;
  }

  private readonly contextTask = apiTask(this, {
    args: () => [],
    task: async (_, { port, signal, language }): Promise<Context> => {
      const [service, bodies] = await Promise.all([port.getService({ signal, language }), port.listBodies({ signal, language })]);
      return { service, bodies, feedUrl: (body) => port.calendarFeedUrl(body) };
    },
  });

  private readonly meetingsTask = apiTask(this, {
    args: () => [monthKey(this.shownMonth), this.body],
    task: async ([month, body], { port, signal, language }): Promise<Meeting[]> => {
      const meetings = await port.listMeetings(monthQuery(month, body), { signal, language });
      return [...meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    },
    onComplete: (meetings) => this.announce(meetings.length),
  });

  /** Next meetings and latest minutes for the first view, read once per body. */
  private readonly overviewTask = apiTask(this, {
    args: () => [this.body, this.month === ''],
    task: async ([body, firstView], { port, signal, language }): Promise<Overview | undefined> => {
      if (!firstView) return undefined;
      const now = new Date();
      const meetings = await port.listMeetings(overviewQuery(body, now), { signal, language });
      return overviewOf(meetings, now);
    },
  });

  /** Month, body and view in the page URL, each replacing the history entry. */
  private readonly address = new UrlStateBinding(this, () => this.mode, {
    month: propertyKey(this, 'month', 'innsyn-month', {
      parse: (value) => (parseMonth(value) ? value : undefined),
      format: () => monthKey(this.shownMonth),
    }),
    body: propertyKey(this, 'body', 'innsyn-body'),
    view: propertyKey(this, 'view', 'innsyn-view', {
      parse: (value) => (value === 'month' || value === 'list' ? value : undefined),
      format: (view) => (view === 'list' ? 'list' : undefined),
    }),
  });

  private readonly messages = this.useMessages(calendarCatalog);

  private get t(): CalendarMessages {
    return this.messages.value;
  }

  private get currentMonth(): CalendarMonth {
    return monthOf(new Date());
  }

  private get shownMonth(): CalendarMonth {
    return parseMonth(this.month) ?? this.currentMonth;
  }

  private get mode() {
    return parseUrlStateMode(this.urlState);
  }

  /** The language of the API's texts where it differs from the element's (see data-lang.ts). */
  private get dataLang(): string | undefined {
    return dataLang(this.contextTask.value?.service, this.locale);
  }

  /** The view on screen: as chosen (attribute, address or button), else the list on narrow containers. */
  private get shownView(): View {
    if (this.viewChosen || this.hasAttribute('view') || this.view === 'list') return this.view;
    return this.narrow ? 'list' : 'month';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.measure();
    this.resizeObserver.observe(this);
    document.addEventListener('innsyn-meeting-shown', this.onMeetingShown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    document.removeEventListener('innsyn-meeting-shown', this.onMeetingShown);
  }

  /** An agenda on the page shows a meeting: go to its month and day, and mark it as the current one. */
  private readonly onMeetingShown = (event: MeetingShownEvent): void => {
    // Another copy of the library may send it: read it as untrusted.
    const { meeting, api } = (event.detail ?? {}) as Partial<MeetingShownEvent['detail']>;
    if (!meeting || typeof meeting.id !== 'string' || typeof meeting.start !== 'string' || Number.isNaN(Date.parse(meeting.start))) return;
    if (typeof api !== 'string' || !sameBaseUrl(this.apiBase, api)) return;
    this.meeting = meeting.id;
    this.month = monthKey(monthOf(new Date(meeting.start)));
    this.activeDay = osloDateKey(meeting.start);
    this.writeStateToUrl();
  };

  protected override willUpdate(): void {
    if (!this.activeDay || !this.activeDay.startsWith(monthKey(this.shownMonth))) {
      const month = this.shownMonth;
      const today = osloDateKey(new Date());
      this.activeDay = today.startsWith(monthKey(month)) ? today : dayKey(month.year, month.month, 1);
    }
  }

  protected override updated(): void {
    if (this.focusActiveDayAfterRender) {
      this.focusActiveDayAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>(`[data-day="${this.activeDay}"]`)?.focus();
    }
  }

  private writeStateToUrl(): void {
    this.address.write();
  }

  private announce(count: number): void {
    // Meetings can arrive before the catalog of a language just switched to; reading it here would throw.
    this.announced = { count, month: this.shownMonth };
  }

  private announcementText(): string {
    if (!this.announced) return '';
    const month = formatMonth(this.announced.month, this.locale);
    return this.announced.count ? this.t.meetingsInMonth(this.announced.count, month) : this.t.noMeetingsInMonth(month);
  }

  private goToMonth(month: CalendarMonth, day?: number): void {
    this.month = monthKey(month);
    const shown = Math.min(day ?? 1, daysInMonth(month));
    this.activeDay = dayKey(month.year, month.month, shown);
    this.writeStateToUrl();
  }

  /** Back to the first view: the next meetings and the latest minutes above this month, today chosen. */
  private goToToday(): void {
    this.month = '';
    this.activeDay = osloDateKey(new Date());
    this.writeStateToUrl();
  }

  private setView(view: View): void {
    this.viewChosen = true;
    this.view = view;
    this.writeStateToUrl();
  }

  private onBodyChange(event: Event): void {
    this.body = (event.target as HTMLSelectElement).value;
    this.writeStateToUrl();
  }

  private selectMeeting(meeting: Meeting, event: Event): void {
    const proceed = this.dispatchEvent(new MeetingSelectEvent({ meeting }));
    if (!proceed) event.preventDefault();
  }

  private moveActiveDay(days: number): void {
    const [year, month, day] = this.activeDay.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(year, month - 1, day + days));
    const target = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1 };
    if (monthKey(target) !== monthKey(this.shownMonth)) this.goToMonth(target, next.getUTCDate());
    this.activeDay = dayKey(target.year, target.month, next.getUTCDate());
    this.focusActiveDayAfterRender = true;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const weekday = ((new Date(`${this.activeDay}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const day = Number(this.activeDay.slice(8));
    const moves: Record<string, () => void> = {
      ArrowLeft: () => this.moveActiveDay(-1),
      ArrowRight: () => this.moveActiveDay(1),
      ArrowUp: () => this.moveActiveDay(-7),
      ArrowDown: () => this.moveActiveDay(7),
      Home: () => this.moveActiveDay(1 - weekday),
      End: () => this.moveActiveDay(7 - weekday),
      PageUp: () => this.changeMonthKeepingDay(event.shiftKey ? -12 : -1, day),
      PageDown: () => this.changeMonthKeepingDay(event.shiftKey ? 12 : 1, day),
      Enter: () => this.focusDayPanel(),
      ' ': () => this.focusDayPanel(),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  private changeMonthKeepingDay(delta: number, day: number): void {
    this.goToMonth(addMonths(this.shownMonth, delta), day);
    this.focusActiveDayAfterRender = true;
  }

  private focusDayPanel(): void {
    const panel = this.renderRoot.querySelector('.day-panel');
    (panel?.querySelector<HTMLElement>('.meeting__link') ?? panel?.querySelector<HTMLElement>('h3'))?.focus();
  }

  /** A click on a meeting in the grid opens it, as the same meeting in the day panel would. */
  private openFromChip(meeting: Meeting, event: Event): void {
    const proceed = this.dispatchEvent(new MeetingSelectEvent({ meeting }));
    const href = agendaUrl(this.agendaHref, meeting);
    if (!proceed) {
      // The page shows the meeting itself; the day is selected as by any click in it.
      event.preventDefault();
      return;
    }
    if (!href) return;
    event.stopPropagation();
    // The link follows itself (a modifier key opens a new tab); a click beside it in the chip goes there too.
    if (!(event.target as Element | null)?.closest('a')) window.location.assign(href);
  }

  /** Whether the month's meetings are here: until then a day can say neither "no meetings" nor how many. */
  private get meetingsKnown(): boolean {
    return this.meetingsTask.status === TaskStatus.COMPLETE;
  }

  private onDayClick(key: string): void {
    this.activeDay = key;
  }

  override render(): TemplateResult {
    const firstLoad = this.meetingsTask.value === undefined && this.meetingsTask.error === undefined;
    return html`<div class="root ${firstLoad ? 'root--loading' : ''}" part="base">
      ${this.apiBase ? this.renderCalendar() : renderError(this.configError, this.common)}
    </div>`;
  }

  private renderCalendar(): TemplateResult {
    const error = this.meetingsTask.error ?? this.contextTask.error;
    if (isApiError(error) && error.kind === 'config') return renderError(error, this.common);
    return html`
      ${this.renderOverview()} ${this.renderToolbar()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcementText()}</div>
      <div class="view">
        ${renderTask(this.meetingsTask, this.common, { loading: this.t.loadingMeetings })}
        ${this.shownView === 'list' ? this.renderList() : this.renderMonth()}
      </div>
    `;
  }

  /**
   * The first view (no month chosen yet): the next meetings and the latest minutes at a glance, above the month;
   * their headings are at the month heading's level, since they come before it.
   * Quietly absent while loading or after an error: the month below has its own states.
   */
  private renderOverview(): TemplateResult | typeof nothing {
    const overview = this.month === '' ? this.overviewTask.value : undefined;
    if (!overview) return nothing;
    return html`<div class="overview" part="overview">
      <section class="overview__part" aria-labelledby="overview-next">
        <div class="overview__heading" role="heading" aria-level=${this.clampedHeadingLevel} id="overview-next">${this.t.nextMeetings}</div>
        ${overview.next.length
          ? html`<ul class="meetings">${overview.next.map((meeting) => this.renderMeeting(meeting, true))}</ul>`
          : html`<p>${this.t.noUpcomingMeetings}</p>`}
      </section>
      ${overview.minutes.length
        ? html`<section class="overview__part" aria-labelledby="overview-minutes">
            <div class="overview__heading" role="heading" aria-level=${this.clampedHeadingLevel} id="overview-minutes">
              ${this.t.latestMinutes}
            </div>
            <ul class="meetings">${overview.minutes.map((meeting) => this.renderMeeting(meeting, true, true))}</ul>
          </section>`
        : nothing}
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.t;
    const month = formatMonth(this.shownMonth, this.locale);
    return html`<div class="toolbar" part="toolbar">
      <div class="toolbar__nav">
        <div class="month-heading" part="heading" role="heading" aria-level=${this.clampedHeadingLevel} id="month-heading">
          ${month}
        </div>
        <div class="nav-buttons">
          <button type="button" part="button" class="nav-button" @click=${() => this.goToMonth(addMonths(this.shownMonth, -1))}>
            <span aria-hidden="true">‹</span> ${t.previousMonth}
          </button>
          <button type="button" part="button" class="nav-button" @click=${() => this.goToMonth(addMonths(this.shownMonth, 1))}>
            ${t.nextMonth} <span aria-hidden="true">›</span>
          </button>
          <button type="button" part="button" @click=${this.goToToday}>${t.today}</button>
        </div>
      </div>
      <div class="toolbar__options">
        ${this.renderBodyFilter()}
        <div role="group" aria-label=${t.view} class="view-switch">
          <button type="button" part=${pressedPart(this.shownView !== 'list')} aria-pressed=${this.shownView !== 'list'} @click=${() => this.setView('month')}>
            ${t.monthView}
          </button>
          <button type="button" part=${pressedPart(this.shownView === 'list')} aria-pressed=${this.shownView === 'list'} @click=${() => this.setView('list')}>
            ${t.listView}
          </button>
        </div>
      </div>
      ${this.renderSubscribe()}
    </div>`;
  }

  private get clampedHeadingLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private renderBodyFilter(): TemplateResult | typeof nothing {
    const context = this.contextTask.value;
    const bodies = context?.bodies ?? [];
    const known = bodies.some((body) => body.id === this.body);
    const active = bodies.filter((body) => body.active);
    const former = bodies.filter((body) => !body.active);
    return html`<label class="field" part="field">
      <span>${this.t.bodyFilter}</span>
      <select @change=${this.onBodyChange} .value=${this.body}>
        <option value="" ?selected=${!this.body}>${this.t.allBodies}</option>
        ${this.body && !known ? html`<option value=${this.body} selected>${this.body}</option>` : nothing}
        ${active.map((body) => html`<option value=${body.id} lang=${ifDefined(this.dataLang)} ?selected=${body.id === this.body}>${body.name}</option>`)}
        ${former.length
          ? html`<optgroup label=${this.t.formerBodies}>
              ${former.map((body) => html`<option value=${body.id} lang=${ifDefined(this.dataLang)} ?selected=${body.id === this.body}>${body.name}</option>`)}
            </optgroup>`
          : nothing}
      </select>
    </label>`;
  }

  private renderSubscribe(): TemplateResult | typeof nothing {
    const context = this.contextTask.value;
    // Its two lines are kept while the service document loads, so the grid below does not move when the link appears.
    if (!context && this.contextTask.status === TaskStatus.PENDING) {
      return html`<p class="subscribe" aria-hidden="true">&nbsp;<span class="subscribe__hint">&nbsp;</span></p>`;
    }
    if (!context?.service.capabilities.calendarFeed) return nothing;
    const body = context.bodies.find((candidate) => candidate.id === this.body);
    let href: string | null;
    try {
      href = context.feedUrl(this.body || undefined);
    } catch {
      return nothing;
    }
    if (!href) return nothing;
    return renderSubscribe({
      feedUrl: href,
      label: this.t.subscribe(body?.name),
      hint: this.t.subscribeHint,
      t: this.common,
      copy: this.copyStatus.value,
      onCopy: () => void this.copyStatus.copy(href),
    });
  }

  private meetingsByDay(): Map<string, Meeting[]> {
    const byDay = new Map<string, Meeting[]>();
    for (const meeting of this.meetingsTask.value ?? []) {
      const key = osloDateKey(meeting.start);
      byDay.set(key, [...(byDay.get(key) ?? []), meeting]);
    }
    return byDay;
  }

  private renderMonth(): TemplateResult {
    const month = this.shownMonth;
    const byDay = this.meetingsByDay();
    const firstWeekday = ((new Date(Date.UTC(month.year, month.month - 1, 1)).getUTCDay() + 6) % 7) + 1;
    const cells: (string | null)[] = [
      ...Array.from({ length: firstWeekday - 1 }, () => null),
      ...Array.from({ length: daysInMonth(month) }, (_, i) => dayKey(month.year, month.month, i + 1)),
    ];
    while (cells.length % 7) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
    const longNames = weekdayNames(this.locale, 'long');
    const shortNames = weekdayNames(this.locale, 'short');
    const today = osloDateKey(new Date());
    return html`
      <p class="visually-hidden" id="grid-help">${this.t.gridHelp}</p>
      <table role="grid" class="grid" part="grid" aria-labelledby="month-heading" aria-describedby="grid-help" aria-busy=${this.meetingsTask.status === TaskStatus.PENDING ? 'true' : 'false'} @keydown=${this.onGridKeydown}>
        <thead>
          <tr>
            ${longNames.map((name, i) => html`<th scope="col" abbr=${name}><span aria-hidden="true">${shortNames[i]}</span><span class="visually-hidden">${name}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map((week) => html`<tr>${week.map((key) => (key ? this.renderDay(key, byDay.get(key) ?? [], key === today) : html`<td role="gridcell" class="day day--outside"></td>`))}</tr>`)}
        </tbody>
      </table>
      ${this.renderDayPanel(byDay.get(this.activeDay) ?? [])}
    `;
  }

  private renderDay(key: string, meetings: Meeting[], isToday: boolean): TemplateResult {
    const active = key === this.activeDay;
    const date = formatDate(`${key}T12:00:00Z`, this.locale);
    const count = meetings.length ? this.t.meetingsOnDay(meetings.length) : this.t.noMeetingsOnDay;
    const label = this.meetingsKnown ? `${date}, ${count}` : date;
    return html`<td
      role="gridcell"
      part="day"
      class="day ${isToday ? 'day--today' : ''} ${meetings.length ? 'day--has-meetings' : ''}"
      data-day=${key}
      tabindex=${active ? 0 : -1}
      aria-selected=${active}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => this.onDayClick(key)}
    >
      <span class="visually-hidden">${label}</span>
      <span class="day__number" aria-hidden="true">${Number(key.slice(8))}</span>
      ${meetings.length ? this.renderChips(meetings) : nothing}
    </td>`;
  }

  /**
   * The day's meetings with their full body names. With agenda-href they are real links (a screen reader's list of
   * links has them, a middle click opens a new tab), kept out of the Tab order so the grid's arrow keys stay the way
   * through it; without it they only select the meeting and are hidden from assistive technology, which hears the
   * day panel instead.
   */
  private renderChips(meetings: Meeting[]): TemplateResult {
    const links = meetings.map((meeting) => agendaUrl(this.agendaHref, meeting));
    return html`<ul class="day__meetings" aria-hidden=${links.every(Boolean) ? nothing : 'true'}>
      ${meetings.map((meeting, i) => {
        const content = html`<span class="chip__time">${meetingTimeRange(meeting, this.locale).split('–')[0]}</span>
          <span class="chip__body" lang=${ifDefined(this.dataLang)}>${meeting.body.name}</span>`;
        const href = links[i];
        return html`<li class="chip chip--${meeting.status}" part="meeting" @click=${(event: Event) => this.openFromChip(meeting, event)}>
          ${href ? html`<a class="chip__link" href=${href} tabindex="-1">${content}</a>` : html`<span class="chip__link">${content}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  private renderDayPanel(meetings: Meeting[]): TemplateResult {
    return html`<section class="day-panel" aria-labelledby="day-heading">
      <h3 id="day-heading" tabindex="-1">${formatDate(`${this.activeDay}T12:00:00Z`, this.locale)}</h3>
      ${meetings.length
        ? html`<ul class="meetings">${meetings.map((meeting) => this.renderMeeting(meeting))}</ul>`
        : this.meetingsKnown
          ? html`<p>${this.t.noMeetingsOnDay}</p>`
          : this.meetingsTask.status === TaskStatus.PENDING
            ? html`<p>${this.t.loadingMeetings}</p>`
            : nothing}
    </section>`;
  }

  private renderList(): TemplateResult {
    if (!this.meetingsTask.value) return html``;
    const byDay = this.meetingsByDay();
    if (!byDay.size) return renderEmpty(this.t.noMeetingsInMonth(formatMonth(this.shownMonth, this.locale)));
    return html`<ol class="list" aria-labelledby="month-heading">
      ${[...byDay].map(([key, meetings]) => html`<li class="list__day">
        <h3>${formatDate(`${key}T12:00:00Z`, this.locale)}</h3>
        <ul class="meetings">${meetings.map((meeting) => this.renderMeeting(meeting))}</ul>
      </li>`)}
    </ol>`;
  }

  /** `withDate` for lists that span days (the overview); `withMinutes` adds the link to the minutes. */
  private renderMeeting(meeting: Meeting, withDate = false, withMinutes = false): TemplateResult {
    const href = agendaUrl(this.agendaHref, meeting);
    const note = meetingStatusNote(meeting, this.locale, this.common);
    const current = meeting.id === this.meeting ? 'true' : nothing;
    const content = html`${withDate ? html`<span class="meeting__date">${formatDate(meeting.start, this.locale)}</span>` : nothing}
      <span class="meeting__time">${meetingTimeRange(meeting, this.locale)}</span>
      <span class="meeting__body" lang=${ifDefined(this.dataLang)}>${meeting.body.name}</span>
      ${note ? html`<span class="meeting__status">${note}</span>` : nothing}`;
    return html`<li class="meeting meeting--${meeting.status} ${current === 'true' ? 'meeting--current' : ''}" part="meeting">
      ${href
        ? html`<a class="meeting__link" href=${href} aria-current=${current} @click=${(event: Event) => this.selectMeeting(meeting, event)}>${content}</a>`
        : html`<button type="button" class="meeting__link" part="button" aria-current=${current} @click=${(event: Event) => this.selectMeeting(meeting, event)}>${content}</button>`}
      ${meeting.location ? html`<span class="meeting__place"><span class="visually-hidden">${this.t.place}: </span><span lang=${ifDefined(this.dataLang)}>${meeting.location}</span></span>` : nothing}
      ${withMinutes && meeting.minutes ? html`<span class="meeting__minutes">${documentLink(meeting.minutes, this.locale, this.common, this.dataLang)}</span>` : nothing}
    </li>`;
  }
}

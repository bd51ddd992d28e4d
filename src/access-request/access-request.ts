import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isApiError } from '../api/errors.js';
// The journal's operations come with this element, so the port finds them loaded (see journal-api.ts).
import '../api/journal-api.js';
import { AccessRequestSentEvent } from '../events/access-request-sent.js';
import type { AccessRequest, AccessRequestReceipt, ServiceDocument } from '../api/types.js';
import { apiTask } from '../shared/api-task.js';
import { baseStyles } from '../shared/base.styles.js';
import { BasketController } from '../shared/basket/basket-controller.js';
import { addToBasket, clearBasket, toAccessRequestTarget, type BasketItem } from '../shared/basket/basket.js';
import { PROBLEM_NOT_REQUESTABLE, type PortAccessReceipt } from '../api/port.js';
import { formatDateTime, formatDay } from '../shared/format.js';
import { InnsynElement } from '../shared/innsyn-element.js';
import { LOCALES, type Locale } from '../shared/locale.js';
import { renderEmpty, renderError, renderLoading } from '../shared/status-views.js';
import { accessRequestDeadlines } from '../time/access-request-deadlines.js';
import { accessRequestCatalog, type AccessRequestMessages } from './access-request.messages.js';
import { accessRequestStyles } from './access-request.styles.js';
import { clearDraft, EMPTY_DRAFT, idempotencyKeyFor, readDraft, writeDraft, type Draft } from './draft.js';
import { apiFieldErrors, constraintError, type FieldError, type FieldId } from './field-errors.js';

const MESSAGE_MAX = 4000;

interface Sent {
  receipt: AccessRequestReceipt;
  items: BasketItem[];
}

/**
 * The access request form (innsynskrav): what is in the shared request basket, the citizen's e-mail address and
 * (optionally) name, message and language of the answer, the deadlines of offentleglova in plain words, and a receipt.
 * The draft stays in the browser's storage until it is sent or cleared; one Idempotency-Key per request means a retry
 * never files it twice.
 *
 * @summary Access request form (innsynskrav) for the items in the request basket.
 *
 * @attr api - Base URL of the publication API (required); the basket of this API is sent.
 * @attr min-fill-seconds - Seconds that must pass between showing the form and sending it (default 3): forms sent
 *   faster are from robots. 0 turns the check off.
 * @attr heading-level - Level of the form's and the receipt's heading, 1–6 (default 2); their sections follow one below.
 * @attr name - With a surrounding `<form>`: the name under which the receipt id is submitted once sent.
 * @attr lang - Language: nb, nn, en or se; inherited from the page when absent.
 *
 * @fires innsyn-access-request-sent - The request was received. `detail: { receipt, items }`; the basket is empty now.
 *
 * @csspart base - The element's outer box.
 * @csspart heading - The form's and the receipt's heading.
 * @csspart item - One chosen item.
 * @csspart field - Every input, textarea and select.
 * @csspart button - Every button.
 * @csspart error-summary - The list of problems at the top of the form.
 * @csspart receipt - The receipt after sending.
 * @csspart status - Loading, empty and error messages (errors also have the part `error`).
 * @csspart error - The error message (also has the part `status`).
 *
 * @cssprop --innsyn-font-family - Font; inherits the page's by default.
 * @cssprop --innsyn-color-text - Text colour; inherits by default.
 * @cssprop --innsyn-color-muted - Hints; the text colour at 72 % by default.
 * @cssprop --innsyn-color-surface - Background of the element and of form fields.
 * @cssprop --innsyn-color-accent - Links and the send button.
 * @cssprop --innsyn-color-accent-contrast - Text on the accent colour.
 * @cssprop --innsyn-color-border - Lines and borders.
 * @cssprop --innsyn-color-surface-alt - Buttons and shaded areas.
 * @cssprop --innsyn-color-danger - Errors.
 * @cssprop --innsyn-color-focus - Focus outline.
 * @cssprop --innsyn-radius - Corner radius.
 * @cssprop --innsyn-space - Base spacing.
 */
export class InnsynAccessRequest extends InnsynElement {
  static override properties: PropertyDeclarations = {
    minFillSeconds: { attribute: 'min-fill-seconds', type: Number },
    name: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    draft: { state: true },
    errors: { state: true },
    sending: { state: true },
    sendError: { state: true },
    sent: { state: true },
    draftPersists: { state: true },
  };

  static override styles = [baseStyles, accessRequestStyles];
  /** Form-associated, so a host page's own form can carry the receipt id and reset the draft with its reset button. */
  static formAssociated = true;

  minFillSeconds = 3;
  name = '';
  headingLevel = 2;

  private draft: Draft = { ...EMPTY_DRAFT };
  private errors: FieldError[] = [];
  private sending = false;
  private sendError?: unknown;
  private sent?: Sent;
  private draftPersists = true;

  private readonly basket = new BasketController(this, () => this.apiBase);
  private readonly messages = this.useMessages(accessRequestCatalog);
  private readonly internals = this.attachInternals();
  private shownAt = Date.now();

  /** The service document: whether this API takes access requests at all, before the citizen types anything. */
  private readonly serviceTask = apiTask(this, {
    args: () => [],
    task: (_, { port, signal, language }) => port.getService({ signal, language }),
  });
  private draftApi?: string;
  private focusAfterRender?: string;

  /** The form's heading at `heading-level`, its sections one below (at most 6). */
  private level(offset: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
  }

  private get t(): AccessRequestMessages {
    return this.messages.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
  }

  protected override willUpdate(): void {
    if (this.apiBase !== this.draftApi) {
      this.draftApi = this.apiBase;
      this.draft = this.apiBase ? readDraft(this.apiBase) : { ...EMPTY_DRAFT };
    }
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = undefined;
    target?.focus();
  }

  formResetCallback(): void {
    this.clearForm();
  }

  /** Empties the form and forgets the draft (the basket stays). */
  clearForm(): void {
    if (this.apiBase) clearDraft(this.apiBase);
    this.draft = { ...EMPTY_DRAFT };
    this.errors = [];
    this.sendError = undefined;
  }

  private update_(field: keyof Draft, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.apiBase) this.draftPersists = writeDraft(this.apiBase, this.draft);
  }

  private get language(): Locale {
    return this.draft.language || this.locale;
  }

  private validate(form: HTMLFormElement): FieldError[] {
    const errors: FieldError[] = [];
    if (!this.basket.items.length) errors.push({ field: 'entries', message: this.t.nothingChosen });
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('.field__control')) {
      const label = form.querySelector(`label[for="${control.id}"] .label__text`)?.textContent ?? control.id;
      const message = constraintError(control, label, this.t);
      if (message) errors.push({ field: control.id as FieldId, message });
    }
    const honeypot = form.querySelector<HTMLInputElement>('#website');
    if (honeypot?.value) {
      honeypot.value = '';
      errors.push({ field: 'form', message: this.t.honeypotFilled });
    } else if (!errors.length && Date.now() - this.shownAt < this.minFillSeconds * 1000) {
      errors.push({ field: 'form', message: this.t.tooFast });
    }
    return errors;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const errors = this.validate(event.currentTarget as HTMLFormElement);
    this.errors = errors;
    this.sendError = undefined;
    if (errors.length) {
      this.focusAfterRender = '#error-summary';
      return;
    }
    await this.send();
  }

  private async send(): Promise<void> {
    const items = this.basket.items.map((item) => ({ ...item }));
    const body: AccessRequest = {
      email: this.draft.email.trim(),
      name: this.draft.name.trim() || null,
      message: this.draft.message.trim() || null,
      language: this.language,
      entries: items.map(toAccessRequestTarget),
    };
    const fingerprint = JSON.stringify(body);
    const key = idempotencyKeyFor(this.draft, fingerprint);
    this.update_('idempotencyKey', key);
    this.update_('keyFor', fingerprint);
    this.sending = true;
    this.errors = [];
    this.sendError = undefined;
    try {
      const port = await this.port();
      const receipt = await port.submitAccessRequest(body, key, { language: this.locale });
      // An API that takes fewer per request (eInnsyn: 50) hands the rest back: they stay chosen for the next request.
      const remaining = new Set((receipt as PortAccessReceipt).remaining?.map((target) => `${target.kind}:${target.id}`));
      const isRemaining = (item: BasketItem) => remaining.has(`${item.kind}:${item.id}`);
      const sentItems = items.filter((item) => !isRemaining(item));
      this.sent = { receipt, items: sentItems };
      clearBasket(this.apiBase);
      for (const item of items.filter(isRemaining)) addToBasket(this.apiBase, item);
      clearDraft(this.apiBase);
      this.draft = { ...EMPTY_DRAFT };
      this.internals.setFormValue(receipt.id);
      this.focusAfterRender = '#receipt-heading';
      this.dispatchEvent(new AccessRequestSentEvent({ receipt, items: sentItems }));
    } catch (error) {
      // Our own words for what an adapter cannot take, never the API's text.
      const notHere = isApiError(error) && error.problem?.type === PROBLEM_NOT_REQUESTABLE;
      const fieldErrors = apiFieldErrors(error).map((found) => (notHere ? { ...found, message: this.t.notRequestableHere } : found));
      if (fieldErrors.length) {
        this.errors = fieldErrors;
        this.focusAfterRender = '#error-summary';
      } else {
        this.sendError = error;
        this.focusAfterRender = '#send-error';
      }
    } finally {
      this.sending = false;
    }
  }

  private focusField(event: Event, field: FieldId): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(field === 'entries' ? '#chosen-heading' : `#${field}`);
    if (!target) return;
    // As GOV.UK does: the label (or the item) comes into view with the field, not just the field's own box.
    const context = target.closest('.field, .chosen__item, .chosen') ?? target;
    context.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  private errorFor(field: FieldId): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }

  override render(): TemplateResult {
    return html`<div class="root" part="base">${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult {
    if (!this.apiBase) return renderError(this.configError, this.common);
    if (this.sent) return this.renderReceipt(this.sent);
    return this.serviceTask.render({
      initial: () => renderLoading(this.common.loading),
      pending: () => (this.serviceTask.value ? this.renderReady(this.serviceTask.value) : renderLoading(this.common.loading)),
      error: (error) => renderError(error, this.common, () => void this.serviceTask.run()),
      complete: (service) => this.renderReady(service),
    }) as TemplateResult;
  }

  private renderReady(service: ServiceDocument): TemplateResult {
    if (!service.capabilities.accessRequests) {
      return renderEmpty(html`<p class="status__title">${this.t.notTaken(service.publisher.name)}</p>`);
    }
    if (!this.basket.items.length) {
      return renderEmpty(html`<p class="status__title">${this.t.emptyTitle}</p><p>${this.t.emptyText}</p>`);
    }
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    return html`<form class="form" novalidate @submit=${this.onSubmit} aria-labelledby="form-heading">
      <div class="heading" role="heading" aria-level=${this.level(0)} id="form-heading" part="heading">${t.heading}</div>
      ${this.renderErrorSummary()}
      ${this.sendError !== undefined ? this.renderSendError(this.sendError) : nothing}
      ${this.renderChosen()}
      <p class="lead">${t.noNameNeeded}</p>
      ${this.renderField('email', t.email, false, html`<input
        class="field__control" part="field" id="email" name="email" type="email" required maxlength="254"
        autocomplete="email" spellcheck="false" .value=${live(this.draft.email)}
        aria-describedby=${this.describedBy('email', true)} aria-invalid=${this.errorFor('email') ? 'true' : 'false'}
        @input=${(event: Event) => this.update_('email', (event.target as HTMLInputElement).value)}
      />`, t.emailHint)}
      ${this.renderField('name', t.name, true, html`<input
        class="field__control" part="field" id="name" name="name" type="text" maxlength="200" autocomplete="name"
        .value=${live(this.draft.name)} aria-describedby=${this.describedBy('name', false)}
        aria-invalid=${this.errorFor('name') ? 'true' : 'false'}
        @input=${(event: Event) => this.update_('name', (event.target as HTMLInputElement).value)}
      />`)}
      ${this.renderField('message', t.message, true, html`<textarea
        class="field__control" part="field" id="message" name="message" rows="4" maxlength=${MESSAGE_MAX}
        .value=${live(this.draft.message)} aria-describedby=${this.describedBy('message', true)}
        aria-invalid=${this.errorFor('message') ? 'true' : 'false'}
        @input=${(event: Event) => this.update_('message', (event.target as HTMLTextAreaElement).value)}
      ></textarea>`, t.messageHint)}
      ${this.renderField('language', t.language, false, html`<select
        class="field__control" part="field" id="language" name="language" .value=${live(this.language)}
        aria-describedby=${this.describedBy('language', false)}
        @change=${(event: Event) => this.update_('language', (event.target as HTMLSelectElement).value)}
      >
        ${LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this.language}>${t.languages[locale]}</option>`)}
      </select>`)}
      <div class="honeypot" aria-hidden="true">
        <label for="website">${t.honeypot}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.renderWhatHappens(new Date(), false)}
      <p class="draft-note">${this.draftPersists ? t.draftKept : t.draftNotKept}</p>
      <div class="actions">
        <button type="submit" part="button" class="send" ?disabled=${this.sending} aria-describedby="sending">
          ${t.send}
        </button>
        <button type="button" part="button" class="clear" @click=${() => this.clearForm()}>${t.clearForm}</button>
        <span id="sending" class="sending" role="status">${this.sending ? t.sending : ''}</span>
      </div>
    </form>`;
  }

  private describedBy(field: FieldId, hint: boolean): string {
    return [hint ? `${field}-hint` : '', this.errorFor(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || '';
  }

  private renderField(field: FieldId, label: string, optional: boolean, control: TemplateResult, hint?: string): TemplateResult {
    const error = this.errorFor(field);
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label for=${field}><span class="label__text">${label}</span>${optional ? html` <span class="optional">${this.t.optional}</span>` : nothing}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="field__error" id="${field}-error">${error}</p>` : nothing}
      ${control}
    </div>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.errors.length) return nothing;
    return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <div class="subheading error-summary__title" role="heading" aria-level=${this.level(1)} id="error-summary-title">${this.t.errorSummaryTitle}</div>
        <ul>
          ${this.errors.map((error) =>
            error.field === 'form'
              ? html`<li>${error.message}</li>`
              : html`<li><a href="#${error.field}" @click=${(event: Event) => this.focusField(event, error.field)}>${error.message}</a></li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderSendError(error: unknown): TemplateResult {
    // eInnsyn and our contract answer 429 to a second unconfirmed request: confirming the first helps, retrying does not.
    const tooMany = isApiError(error) && error.status === 429;
    return html`<div id="send-error" tabindex="-1" class="send-error">
      ${renderError(error, this.common, () => void this.send())}
      ${tooMany ? html`<p class="send-error__advice">${this.t.tooManyUnconfirmed}</p>` : nothing}
      <p class="send-error__kept">${this.t.sendFailedKept}</p>
    </div>`;
  }

  private renderChosen(): TemplateResult {
    const error = this.errorFor('entries');
    return html`<section class="chosen" aria-labelledby="chosen-heading">
      <div class="subheading" role="heading" aria-level=${this.level(1)} id="chosen-heading" tabindex="-1">${this.t.chosenHeading}</div>
      ${error ? html`<p class="field__error">${error}</p>` : nothing}
      <ul class="chosen__list">
        ${this.basket.items.map((item, index) => this.renderChosenItem(item, index))}
      </ul>
    </section>`;
  }

  private renderChosenItem(item: BasketItem, index: number): TemplateResult {
    const error = this.errorFor(`entry-${index}`);
    return html`<li class="chosen__item ${error ? 'chosen__item--error' : ''}" part="item">
      <span class="chosen__text">
        ${item.caseNumber ? html`<span class="chosen__case">${this.t.caseNumber} ${item.caseNumber}</span>` : nothing}
        <span class="chosen__title">${item.title}</span>
        ${error ? html`<span class="field__error" id="entry-${index}-error">${error}</span>` : nothing}
      </span>
      <button type="button" part="button" class="remove" id="entry-${index}"
        aria-label=${this.t.removeItem(item.title)} aria-describedby=${error ? `entry-${index}-error` : nothing}
        @click=${() => this.basket.remove(item)}>${this.t.remove}</button>
    </li>`;
  }

  private renderWhatHappens(from: Date | string, confirming: boolean): TemplateResult {
    const t = this.t;
    const { refusalAfter } = accessRequestDeadlines(from);
    return html`<section class="next" aria-labelledby="next-heading">
      <div class="subheading" role="heading" aria-level=${this.level(1)} id="next-heading">${t.whatHappensHeading}</div>
      ${confirming ? html`<p>${t.deadlinesFromConfirmation}</p>` : nothing}
      <ul>
        <li>${t.answerWithoutDelay}</li>
        <li>${t.refusalAfter(formatDay(refusalAfter, this.locale))}</li>
      </ul>
    </section>`;
  }

  private renderReceipt({ receipt, items }: Sent): TemplateResult {
    const t = this.t;
    const awaiting = receipt.status === 'awaiting-confirmation';
    const from = awaiting ? new Date() : (receipt.confirmedAt ?? receipt.receivedAt);
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
      <div class="heading" role="heading" aria-level=${this.level(0)} id="receipt-heading" tabindex="-1" part="heading">
        ${awaiting ? t.receiptAwaitingHeading : t.receiptReceivedHeading}
      </div>
      <p class="lead">${awaiting ? t.receiptAwaitingText(receipt.email, (receipt as PortAccessReceipt).confirmationSender) : t.receiptReceivedText(receipt.email)}</p>
      <dl class="receipt__facts">
        <div><dt>${t.reference}</dt><dd class="receipt__id">${receipt.id}</dd></div>
        <div><dt>${t.sentAt}</dt><dd>${formatDateTime(receipt.receivedAt, this.locale, { dateStyle: 'long', timeStyle: 'short' })}</dd></div>
      </dl>
      ${(receipt as PortAccessReceipt).remaining?.length ? html`<p class="receipt__remaining">${t.remainingNotSent((receipt as PortAccessReceipt).remaining!.length)}</p>` : nothing}
      <div class="subheading" role="heading" aria-level=${this.level(1)}>${t.askedFor}</div>
      <ul class="receipt__items">
        ${items.map((item) => html`<li>${item.caseNumber ? html`${t.caseNumber} ${item.caseNumber}: ` : nothing}${item.title}</li>`)}
      </ul>
      ${this.renderWhatHappens(from, awaiting)}
      <button type="button" part="button" class="print" @click=${() => window.print()}>${t.print}</button>
    </section>`;
  }
}


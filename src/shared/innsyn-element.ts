// What every innsyn element shares: the `api` attribute, its client, the locale that follows `lang`, and the message
// catalogs of that locale, which load on demand.
import { LitElement, ReactiveElement, render, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ApiClient } from '../api/client.js';
import type { ApiError } from '../api/errors.js';
import { VERSION } from '../version.js';
import { effectiveApi, getPort } from '../api/port-factory.js';
import type { PublicationPort } from '../api/port.js';
import { clientFor, configError } from './api-task.js';
import type { Catalog } from './catalog.js';
import { LocaleController, type Locale } from './locale.js';
import { commonCatalog, type CommonMessages } from './messages.js';
import { LOAD_FAILED_ATTRIBUTE } from './load-failure.js';
import { renderLoadFailure, renderTextPending } from './status-views.js';

/** A catalog as an element reads it: always the element's current language. */
export interface Messages<T> {
  readonly value: T;
}

export class InnsynElement extends LitElement {
  // Reactive properties are listed here and in each element, not decorated: Lit's decorator helpers cost every page
  // about 0.4 kB gzip. The fields below keep their types, defaults and documentation.
  static override properties: PropertyDeclarations = {
    api: {},
    apiKind: { attribute: 'api-kind' },
    publisher: {},
  };

  static readonly version = VERSION;

  /** Base URL of a publication API that follows spec/publication-api.yaml; absolute, or relative to the page. */
  api = '';

  /**
   * Which kind of API `api` is: `publication` (our contract, the default), `einnsyn` (the national portal; `api` may then
   * be left out) or `oparl` (a council information system's OParl System).
   */
  apiKind = '';

  /** For `einnsyn`: the municipality's eInnsyn id, organisation number or slug. For `oparl`: the Body's id, if several. */
  publisher = '';

  private readonly localeController = new LocaleController(this);
  private readonly catalogs: Catalog<unknown>[] = [];
  private textLoading?: Promise<void>;
  /** The language whose texts failed to load: the element says so, with a retry, instead of loading forever. */
  private textFailed?: Locale;
  private refocusRetry = false;
  private readonly commonMessages = this.useMessages(commonCatalog);

  /**
   * Declares a catalog this element renders from. Until every declared catalog of the current language has arrived,
   * the element shows a wordless loading box instead of calling render(), so no text ever appears in another language.
   */
  protected useMessages<T>(catalog: Catalog<T>): Messages<T> {
    this.catalogs.push(catalog);
    const element = this;
    return {
      get value(): T {
        const messages = catalog.get(element.locale);
        if (!messages) throw new Error(`innsyn-elements: messages for "${element.locale}" read before they loaded`);
        return messages;
      },
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.textFailed = undefined;
    void this.loadText();
  }

  /** Lit renders into a shadow root the loader may already have made to say the code did not load: that goes. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Before Lit's own, which would render before the first node it finds there.
    if (this.hasAttribute(LOAD_FAILED_ATTRIBUTE)) {
      this.shadowRoot?.replaceChildren();
      this.removeAttribute(LOAD_FAILED_ATTRIBUTE);
    }
    return super.createRenderRoot();
  }

  private get textReady(): boolean {
    return this.catalogs.every((catalog) => catalog.get(this.locale) !== undefined);
  }

  private loadText(): Promise<void> {
    if (this.textReady) return Promise.resolve();
    const locale = this.locale;
    return (this.textLoading ??= Promise.all(this.catalogs.map((catalog) => catalog.load(locale))).then(
      () => {
        this.textLoading = undefined;
        this.refocusRetry = false;
        this.requestUpdate();
      },
      (error: unknown) => {
        // The built-in message says so with a retry; the next connect or change of `lang` tries again as well.
        this.textLoading = undefined;
        this.textFailed = locale;
        this.requestUpdate();
        console.error('innsyn-elements: could not load the texts of', locale, error);
      },
    ));
  }

  private retryText(): void {
    this.textFailed = undefined;
    this.refocusRetry = true;
    this.requestUpdate();
  }

  /**
   * Controllers (and so the data requests of every task) run before this, on the first update after connecting;
   * only the rendering waits for the texts.
   */
  protected override update(changed: PropertyValues): void {
    if (this.textReady) {
      super.update(changed);
      return;
    }
    const failed = this.textFailed === this.locale;
    if (!failed) void this.loadText();
    // Reflect attributes and finish the update cycle as ReactiveElement does, rendering the wordless loading box.
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    render(failed ? renderLoadFailure(this.locale, () => this.retryText()) : this.renderBeforeText(), this.renderRoot, this.renderOptions);
    if (failed && this.refocusRetry) {
      this.refocusRetry = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="status"] button')?.focus();
    }
  }

  /** What shows until the texts have arrived; an element whose loading view is tall reserves that height here. */
  protected renderBeforeText(): TemplateResult {
    return renderTextPending();
  }

  /** Resolves once the element shows text, so tests and hosts awaiting `updateComplete` see words, not the loading box. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.textReady && this.textLoading && this.isConnected) {
      await this.textLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  get locale(): Locale {
    return this.localeController.value;
  }

  protected get common(): CommonMessages {
    return this.commonMessages.value;
  }

  /**
   * The API this element reads, as written or implied: `api`, or eInnsyn's address when api-kind="einnsyn" leaves it
   * out. Empty when there is none. The request basket and the access request's draft are kept per this address, so
   * elements that leave `api` out share them with elements that spell it.
   */
  get apiBase(): string {
    try {
      return effectiveApi({ api: this.api, apiKind: this.apiKind }).trim();
    } catch {
      // An unknown api-kind: configError says so; the basket goes by `api` as written.
      return this.api.trim();
    }
  }

  /** The shared client for `api`; throws a `config` ApiError when the attribute is missing or unusable. */
  protected get client(): ApiClient {
    return clientFor(effectiveApi({ api: this.api, apiKind: this.apiKind }));
  }

  /** What the element reads and sends through, whichever kind of API `api-kind` names. */
  protected port(): Promise<PublicationPort> {
    return getPort({ api: this.api, apiKind: this.apiKind, publisher: this.publisher });
  }

  /** Why `api`, `api-kind` and `publisher` cannot be used, or undefined when they can. */
  protected get configError(): ApiError | undefined {
    return configError(this.api, this.apiKind, this.publisher);
  }
}

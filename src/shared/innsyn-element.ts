// What every innsyn element shares: the `api` attribute, its client, and the locale that follows `lang`.
import { LitElement } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { property } from 'lit/decorators.js';
import { getClient, type ApiClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { VERSION } from '../version.js';
import { LocaleController, type Locale } from './locale.js';
import { commonMessages, type CommonMessages } from './messages.js';

export class InnsynElement extends LitElement {
  static readonly version = VERSION;

  /** Base URL of a publication API that follows spec/publication-api.yaml; absolute, or relative to the page. */
  @property() api = '';

  private readonly localeController = new LocaleController(this);
  private readonly requestTasks: Task<readonly unknown[], unknown>[] = [];
  private readonly interruptedTasks = new Set<Task<readonly unknown[], unknown>>();

  /** Tasks whose requests are cancelled when the element leaves the page and resumed when it returns. */
  protected trackRequests<T extends Task<readonly unknown[], unknown>>(task: T): T {
    this.requestTasks.push(task);
    return task;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const task of this.interruptedTasks) void task.run();
    this.interruptedTasks.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const task of this.requestTasks) {
      if (task.status === TaskStatus.PENDING) {
        this.interruptedTasks.add(task);
        task.abort();
      }
    }
  }

  get locale(): Locale {
    return this.localeController.value;
  }

  protected get common(): CommonMessages {
    return commonMessages[this.locale];
  }

  /** The shared client for `api`; throws a `config` ApiError when the attribute is missing or unusable. */
  protected get client(): ApiClient {
    if (!this.api.trim()) throw new ApiError('config', this.api, 'missing api attribute');
    return getClient(this.api);
  }
}

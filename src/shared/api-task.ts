// Makes an API task of an element: the port (our contract, or an adapter for eInnsyn or OParl) comes from the element's
// `api`, `api-kind` and `publisher`, unusable ones are the config error, and requests are aborted when the element leaves
// the page and run again when it returns.
import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getClient, type ApiClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { effectiveApi, getPort, portConfigError } from '../api/port-factory.js';
import type { PublicationPort } from '../api/port.js';
import type { Locale } from './locale.js';

/** What an element must offer to run API tasks: the `api` attribute (with `api-kind` and `publisher`) and its language. */
export interface ApiHost extends ReactiveControllerHost {
  api: string;
  apiKind?: string;
  publisher?: string;
  readonly locale: Locale;
}

export interface ApiTaskContext {
  /** What the element reads and sends through, whichever API answers. */
  port: PublicationPort;
  /** The HTTP client of the API's base URL (for what is not data: the basket key, links). */
  client: ApiClient;
  signal: AbortSignal;
  /** The element's language, to send as Accept-Language. */
  language: Locale;
}

export interface ApiTaskOptions<A extends readonly unknown[], R> {
  /** The task's own arguments; `api` and the locale are added, so a change of either runs it again. */
  args: () => A;
  task: (args: A, context: ApiTaskContext) => Promise<R>;
  onComplete?: TaskConfig<readonly unknown[], R>['onComplete'];
  onError?: TaskConfig<readonly unknown[], R>['onError'];
}

/** The shared client for an `api` attribute; a `config` ApiError when it is missing or unusable. */
export function clientFor(api: string): ApiClient {
  if (!api.trim()) throw new ApiError('config', api, 'missing api attribute');
  return getClient(api);
}

/** The config error of an element's `api`, `api-kind` and `publisher`, or undefined when a port can be made from them. */
export function configError(api: string, apiKind = '', publisher = ''): ApiError | undefined {
  return portConfigError({ api, apiKind, publisher });
}

type Args<A> = readonly [string, string, string, Locale, A];

export function apiTask<const A extends readonly unknown[], R>(host: ApiHost, options: ApiTaskOptions<A, R>): Task<Args<A>, R> {
  const task = new Task(host, {
    task: async ([api, apiKind, publisher, language, args], { signal }) => {
      const port = await getPort({ api, apiKind, publisher });
      signal.throwIfAborted();
      return options.task(args, { port, client: clientFor(effectiveApi({ api, apiKind })), signal, language });
    },
    args: () => [host.api, host.apiKind ?? '', host.publisher ?? '', host.locale, options.args()] as const,
    argsEqual: sameArgs,
    onComplete: options.onComplete,
    onError: options.onError,
  });
  host.addController(new InterruptOnDisconnect(task));
  return task;
}

/** Compares `api`, `api-kind`, `publisher`, the locale and each of the task's own arguments, as Lit does for a flat list. */
function sameArgs(a: Args<readonly unknown[]>, b: Args<readonly unknown[]>): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4].length === b[4].length && a[4].every((value, i) => Object.is(value, b[4][i]));
}

/** A request still running when its element is removed is aborted, and run again if the element comes back. */
class InterruptOnDisconnect implements ReactiveController {
  private interrupted = false;

  constructor(private readonly task: Task<readonly unknown[], unknown>) {}

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort();
  }
}

// Makes an API task of an element: the client comes from the element's `api`, a missing or unusable `api` is the
// config error, and requests are aborted when the element leaves the page and run again when it returns.
import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getClient, type ApiClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import type { Locale } from './locale.js';

/** What an element must offer to run API tasks: the `api` attribute and the language it speaks. */
export interface ApiHost extends ReactiveControllerHost {
  api: string;
  readonly locale: Locale;
}

export interface ApiTaskContext {
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

/** The config error of an `api` attribute, or undefined when a client can be made from it. */
export function configError(api: string): ApiError | undefined {
  try {
    clientFor(api);
    return undefined;
  } catch (error) {
    return error as ApiError;
  }
}

export function apiTask<const A extends readonly unknown[], R>(host: ApiHost, options: ApiTaskOptions<A, R>): Task<readonly [string, Locale, A], R> {
  const task = new Task(host, {
    task: ([api, language, args], { signal }) => options.task(args, { client: clientFor(api), signal, language }),
    args: () => [host.api, host.locale, options.args()] as const,
    argsEqual: sameArgs,
    onComplete: options.onComplete,
    onError: options.onError,
  });
  host.addController(new InterruptOnDisconnect(task));
  return task;
}

/** Compares `api`, the locale and each of the task's own arguments, as Lit's default does for a flat list. */
function sameArgs(a: readonly [string, Locale, readonly unknown[]], b: readonly [string, Locale, readonly unknown[]]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2].length === b[2].length && a[2].every((value, i) => Object.is(value, b[2][i]));
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

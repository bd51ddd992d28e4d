// The loading, empty and error states every element shows, so they look, read and behave alike.
import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../api/errors.js';
import { LOAD_FAILURE_TEXT } from './load-failure.js';
import type { Locale } from './locale.js';
import type { CommonMessages } from './messages.js';

export function renderLoading(text: string): TemplateResult {
  return html`<div class="status status--loading" role="status" part="status">
    <span class="spinner" aria-hidden="true">◌</span> ${text}
  </div>`;
}

/** The loading look without words. */
export function renderWordlessLoading(): TemplateResult {
  return html`<div class="status status--loading" part="status" aria-busy="true">
    <span class="spinner" aria-hidden="true">◌</span>
  </div>`;
}

/**
 * While an element's texts are still on their way: the loading look without words, so no language flashes.
 * `reserved` replaces the bare status with one shaped like the element's loading view, so nothing moves when the
 * texts arrive.
 */
export function renderTextPending(reserved: TemplateResult = renderWordlessLoading()): TemplateResult {
  return html`<div class="root root--loading" part="base">${reserved}</div>`;
}

/** The element's texts did not arrive: the built-in words, so it is never a blank or endlessly loading box. */
export function renderLoadFailure(locale: Locale, retry: () => void): TemplateResult {
  const [message, retryText] = LOAD_FAILURE_TEXT[locale];
  return html`<div class="root" part="base" lang=${locale}><div class="status status--error" role="alert" part="status error">
    <p>${message}</p>
    <button type="button" part="button" @click=${retry}>${retryText}</button>
  </div></div>`;
}

export function renderEmpty(content: TemplateResult | string): TemplateResult {
  return html`<div class="status status--empty" role="status" part="status">${content}</div>`;
}

/**
 * A localized explanation of what went wrong and a retry button. The API's own words are shown only where they name
 * a field the citizen can correct: a free-text `detail` is a channel for whoever controls the API ("call this number
 * and give your BankID code"), so it stays in the error's message for developers, off the page.
 */
export function renderError(error: unknown, t: CommonMessages, retry?: () => void): TemplateResult {
  const kind = isApiError(error) ? error.kind : 'server';
  const fieldErrors = isApiError(error) && error.kind === 'bad-request' ? (error.problem?.errors ?? []) : [];
  if (!isApiError(error)) console.error(error);
  return html`<div class="status status--error" role="alert" part="status error">
    <p class="status__title">${t.errorTitle}</p>
    <p>${t.errors[kind]}</p>
    ${fieldErrors.length
      ? html`<ul class="status__fields">
          ${fieldErrors.map((entry) => html`<li>${t.serverSaid(`${entry.field}: ${entry.message}`)}</li>`)}
        </ul>`
      : nothing}
    ${retry && kind !== 'config'
      ? html`<button type="button" part="button" @click=${retry}>${t.retry}</button>`
      : nothing}
  </div>`;
}

/** The API says the thing does not exist (404/410): a plain explanation, and no retry that could not help. */
export function renderNotFound(title: string, text: string): TemplateResult {
  return html`<div class="status status--error" role="alert" part="status error">
    <p class="status__title">${title}</p>
    <p>${text}</p>
  </div>`;
}

export interface TaskViews<R> {
  /** Shown while the task runs. */
  loading: string;
  /** Before the task has anything to do (it returned `initialState`). */
  initial?: () => TemplateResult;
  /** Title and text for a not-found answer; without them, not found is an error with retry like any other. */
  notFound?: { title: string; text: string };
  complete?: (value: R) => TemplateResult | typeof nothing;
}

/** The loading, not-found and error-with-retry views of an API task, and its result through `complete`. */
export function renderTask<R>(task: Task<readonly unknown[], R>, t: CommonMessages, views: TaskViews<R>): TemplateResult | typeof nothing {
  return (task.render({
    initial: () => views.initial?.() ?? nothing,
    pending: () => renderLoading(views.loading),
    error: (error) =>
      views.notFound && isApiError(error) && error.kind === 'not-found'
        ? renderNotFound(views.notFound.title, views.notFound.text)
        : renderError(error, t, () => void task.run()),
    complete: (value) => views.complete?.(value) ?? nothing,
  }) ?? nothing) as TemplateResult | typeof nothing;
}

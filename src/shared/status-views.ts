// The loading, empty and error states every element shows, so they look, read and behave alike.
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../api/errors.js';
import type { CommonMessages } from './messages.js';

export function renderLoading(text: string): TemplateResult {
  return html`<div class="status status--loading" role="status" part="status">
    <span class="spinner" aria-hidden="true">◌</span> ${text}
  </div>`;
}

/** While an element's texts are still on their way: the loading look without words, so no language flashes. */
export function renderTextPending(): TemplateResult {
  return html`<div class="root" part="base"><div class="status status--loading" part="status" aria-busy="true">
    <span class="spinner" aria-hidden="true">◌</span>
  </div></div>`;
}

export function renderEmpty(content: TemplateResult | string): TemplateResult {
  return html`<div class="status status--empty" role="status" part="status">${content}</div>`;
}

/** A localized explanation of what went wrong, the API's own detail as plain text, and a retry button. */
export function renderError(error: unknown, t: CommonMessages, retry?: () => void): TemplateResult {
  const kind = isApiError(error) ? error.kind : 'server';
  const detail = isApiError(error) ? (error.problem?.detail ?? error.problem?.title) : undefined;
  if (!isApiError(error)) console.error(error);
  return html`<div class="status status--error" role="alert" part="status error">
    <p class="status__title">${t.errorTitle}</p>
    <p>${t.errors[kind]}</p>
    ${detail ? html`<p>${t.serverSaid(detail)}</p>` : nothing}
    ${retry && kind !== 'config'
      ? html`<button type="button" part="button" @click=${retry}>${t.retry}</button>`
      : nothing}
  </div>`;
}

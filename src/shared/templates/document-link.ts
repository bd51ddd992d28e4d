// A published document as a link that says what it is before it is opened: its type, file format and size.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Document } from '../../api/types.js';
import { fileFormat, repeatsLabel } from '../document-format.js';
import { formatFileSize } from '../format.js';
import type { Locale } from '../locale.js';
import type { CommonMessages } from '../messages.js';

/** Links from the API are checked by the schema already; this keeps a renderer safe even if that ever changes. */
export function httpUrl(value: string | null | undefined): string | undefined {
  if (!value || !/^https?:\/\//i.test(value) || !URL.canParse(value)) return undefined;
  return new URL(value).href;
}

/**
 * "Saksframlegg: Title (PDF, 1.2 MB)", the title a link when the URL is http(s), plain text otherwise; no type label
 * when the title already begins with it.
 */
/** `dataLang` marks the title with the API's language when the element speaks another (see data-lang.ts). */
export function documentLink(document: Document, locale: Locale, t: CommonMessages, dataLang?: string): TemplateResult {
  const href = httpUrl(document.url);
  const meta = [fileFormat(document.mediaType), formatFileSize(document.size, locale)].filter(Boolean).join(', ');
  const title = html`<span lang=${ifDefined(dataLang)}>${document.title}</span>${meta ? html` <span class="document__meta">(${meta})</span>` : nothing}`;
  const type = t.documentType[document.type];
  return html`${repeatsLabel(document.title, type) ? nothing : html`<span class="document__type">${type}:</span>`}
    ${href ? html`<a part="document" href=${href}>${title}</a>` : html`<span>${title}</span>`}`;
}

// Said of an item whose documents are already published, in place of the "Be om innsyn" button: there is nothing to
// ask for, and the main document is one click away.
import { html, nothing, type TemplateResult } from 'lit';
import type { Document } from '../../api/types.js';
import type { Locale } from '../locale.js';
import type { CommonMessages } from '../messages.js';
import { documentLink } from './document-link.js';

/** `documents` in the order to show them; the first is linked, the rest are counted. */
export function publishedDocuments(documents: readonly Document[], locale: Locale, t: CommonMessages): TemplateResult | typeof nothing {
  const [main, ...rest] = documents;
  if (!main) return nothing;
  return html`<p class="published" part="published">
    <span class="published__label">${t.documentsPublished}</span>
    <span class="document">${documentLink(main, locale, t)}</span>
    ${rest.length ? html`<span class="published__more">${t.moreDocuments(rest.length)}</span>` : nothing}
  </p>`;
}

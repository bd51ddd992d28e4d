// What the public may not see: the exemption notice with its legal basis, and screened text (`*****`) that a screen
// reader announces as screened instead of reading out asterisks.
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages.js';

/** "Unntatt offentlighet – Hjemmel: Offl. § 13", and an explanation when given. Nothing else of the thing is shown. */
export function exemptionNotice(t: CommonMessages, basis: string | null | undefined, explanation?: string): TemplateResult {
  return html`<div class="exemption" part="exemption">
    <p><strong>${t.closed}</strong>${basis ? html` – ${t.exemptionBasis(basis)}` : nothing}</p>
    ${explanation ? html`<p>${explanation}</p>` : nothing}
  </div>`;
}

const SCREENED = /\*{3,}/g;

/** Text as text, with every run of asterisks shown as it is but read out as the word for screened. */
export function screenedText(text: string, t: CommonMessages): TemplateResult | string {
  if (!SCREENED.test(text)) return text;
  SCREENED.lastIndex = 0;
  const parts: (TemplateResult | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(SCREENED)) {
    parts.push(text.slice(last, match.index));
    parts.push(html`<span class="screened"><span aria-hidden="true">${match[0]}</span><span class="visually-hidden">${t.screened}</span></span>`);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

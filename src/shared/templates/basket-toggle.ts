// The button that puts one thing into the shared request basket (innsynskurv), or takes it out again.
import { html, type TemplateResult } from 'lit';
import { pressedPart } from '../base.styles.js';

export interface BasketToggleOptions {
  chosen: boolean;
  /** Visible text, e.g. "Be om innsyn". */
  label: string;
  /** Said after the label only to screen readers, so each of many buttons names its target: "i PS 12/26". */
  target: string;
  onToggle: () => void;
}

export function basketToggle({ chosen, label, target, onToggle }: BasketToggleOptions): TemplateResult {
  return html`<button
    type="button"
    part=${pressedPart(chosen)}
    class="basket-toggle"
    aria-pressed=${chosen ? 'true' : 'false'}
    @click=${onToggle}
  >
    <span class="basket-toggle__check" aria-hidden="true"></span>${label}<span class="visually-hidden"> ${target}</span>
  </button>`;
}

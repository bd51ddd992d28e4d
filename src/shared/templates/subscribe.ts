// A real calendar subscription: a webcal: link calendars open as a subscription, the address to copy, and where to
// paste it in the calendars most citizens use.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages.js';

export type CopyState = 'idle' | 'copied' | 'failed';

/** The feed's address for calendar apps: webcal: makes them subscribe (and keep updating) instead of importing once. */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:/i, 'webcal:');
}

/** Copies text to the clipboard; false where the browser does not allow it (no secure context, permission denied). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The state of the copy button's status line, for an element that shows a subscription. */
export class CopyStatus implements ReactiveController {
  value: CopyState = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  async copy(address: string): Promise<void> {
    this.value = 'idle';
    this.host.requestUpdate();
    await this.host.updateComplete;
    // Set after a render without it, so the live region announces the confirmation again on a second copy.
    this.value = (await copyText(address)) ? 'copied' : 'failed';
    this.host.requestUpdate();
  }
}

export interface SubscribeOptions {
  /** The feed's https address (what a citizen pastes); the link uses webcal:. */
  feedUrl: string;
  label: string;
  hint: string;
  t: CommonMessages;
  copy: CopyState;
  onCopy: () => void;
}

export function renderSubscribe(options: SubscribeOptions): TemplateResult {
  const { feedUrl, label, hint, t, copy, onCopy } = options;
  const s = t.subscription;
  return html`<div class="subscribe">
    <a part="subscribe" href=${webcalUrl(feedUrl)} type="text/calendar">${label}</a>
    <span class="subscribe__hint">${hint}</span>
    <span class="subscribe__copy">
      <button type="button" part="button" @click=${onCopy}>${s.copy}</button>
      <span role="status" class="subscribe__copied">${copy === 'copied' ? s.copied : ''}</span>
    </span>
    ${copy === 'failed'
      ? html`<label class="subscribe__address">${s.copyFailed}
          <input type="text" readonly .value=${feedUrl} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
        </label>`
      : nothing}
    <details class="subscribe__help">
      <summary>${s.help}</summary>
      <ul>
        <li>${s.google}</li>
        <li>${s.outlook}</li>
        <li>${s.apple}</li>
      </ul>
    </details>
  </div>`;
}

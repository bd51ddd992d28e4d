// A page object for an innsyn element: tests speak in what a citizen sees and does, not in shadow-DOM plumbing.
// Each element has its own harness beside its tests, extending this one.
import { fixture } from '@open-wc/testing';
import { until } from './until.js';

export class ElementHarness<E extends HTMLElement = HTMLElement> {
  constructor(readonly el: E) {}

  /** Puts the element on the page as an editor would paste it: `<tag api="…" lang="nb">`. */
  static async mount<E extends HTMLElement>(tag: string, attributes: Record<string, string>): Promise<E> {
    const el = document.createElement(tag) as E;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return fixture<E>(el);
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Everything the element shows, whitespace collapsed. */
  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ');
  }

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** Waits until the element shows something that satisfies the check. */
  until<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
    return until(this.root, check, `<${this.el.localName}> ${what}`);
  }

  untilText(text: string): Promise<true> {
    return this.until(() => this.text().includes(text), `never showed "${text}" (shows "${this.text().slice(0, 200)}")`);
  }

  get loading(): HTMLElement | null {
    return this.$('.status--loading');
  }

  get alert(): HTMLElement | null {
    return this.$('[role="alert"]');
  }

  /** The retry button of the error message. */
  get retryButton(): HTMLButtonElement | null {
    return this.alert?.querySelector('button') ?? null;
  }

  /** Resolves once nothing is loading any more. */
  settled(): Promise<true> {
    return this.until(() => !this.loading, 'never finished loading');
  }

  button(label: string): HTMLButtonElement | undefined {
    return this.$$<HTMLButtonElement>('button').find((button) => button.textContent!.replace(/\s+/g, ' ').includes(label));
  }
}

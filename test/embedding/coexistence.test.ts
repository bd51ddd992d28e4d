// (b) Our script tag pasted twice, next to per-element bundles, and on a page whose own widgets use another Lit
// version (Lit 2, installed as `lit2`): nothing throws, nothing warns, and every element renders.
import { expect } from '@open-wc/testing';
import { LitElement, css, html } from 'lit2';
import { worker, startWorker } from '../mocks/worker.js';
import { ELEMENTS } from '../../scripts/elements.js';
import { embeddingHandlers, BUNDLE, createElement, elementsUnderTest, loadBundle, until } from './element-cases.js';

/** The host site's own widget, built with Lit 2. */
class HostGreeting extends LitElement {
  static override styles = css`:host { display: block; }`;
  static override properties = { name: {} };
  name = 'verden';

  override render() {
    return html`<p>Hei, ${this.name}!</p>`;
  }
}

describe('our bundle next to itself and another Lit version', () => {
  const errors: string[] = [];
  const warnings: unknown[][] = [];
  const hosts: HTMLElement[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const warn = console.warn;

  before(async () => {
    await startWorker();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      warn(...args);
    };
    customElements.define('host-greeting-before', class extends HostGreeting {});
    await loadBundle();
    await loadBundle(`${BUNDLE}?pasted-twice`);
    for (const element of ELEMENTS) await loadBundle(`/dist/cdn/${element}.js?also-per-element`);
    customElements.define('host-greeting-after', class extends HostGreeting {});
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
  });

  beforeEach(() => worker.use(...embeddingHandlers()));
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('has Lit 2 and Lit 3 on the page at once', () => {
    // Each copy of LitElement announces itself: lit-element 3.x ships in Lit 2, 4.x in Lit 3.
    const versions = (globalThis as { litElementVersions?: string[] }).litElementVersions ?? [];
    expect(versions.some((version) => version.startsWith('3.')), versions.join()).to.equal(true);
    expect(versions.some((version) => version.startsWith('4.')), versions.join()).to.equal(true);
  });

  it('registers every element once and keeps the first definition', async () => {
    for (const element of elementsUnderTest()) {
      const first = customElements.get(element.tag);
      expect(first, element.tag).to.not.equal(undefined);
      await loadBundle(`/dist/cdn/${element.name}.js?once-more`);
      expect(customElements.get(element.tag), element.tag).to.equal(first);
    }
  });

  for (const element of elementsUnderTest()) {
    it(`renders <${element.tag}> and the page's Lit 2 widgets side by side`, async () => {
      const before = document.createElement('host-greeting-before') as HostGreeting;
      const after = document.createElement('host-greeting-after') as HostGreeting;
      const el = createElement(element);
      hosts.push(before, el, after);
      document.body.append(before, el, after);
      await until(el, element.case.loaded, 'never showed its data');
      await before.updateComplete;
      expect(before.shadowRoot!.textContent).to.contain('Hei, verden!');
      after.name = 'Eksempel kommune';
      await after.updateComplete;
      expect(after.shadowRoot!.textContent).to.contain('Hei, Eksempel kommune!');
    });
  }

  it('threw nothing and warned about nothing', () => {
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});

// The states every element must get right, run by each element's own test file: loading, empty, not found, error
// with retry, a missing `api`, a change of `lang`, and hostile text from the API.
import { expect } from '@open-wc/testing';
import type { SampleDataset } from '../../sample/dataset.js';
import { API } from '../fixtures/mini-dataset.js';
import { failWith, hang, resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { ElementHarness } from './harness.js';

export const HOSTILE = '<img src=x onerror="window.__pwned=1">';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

export interface StatesSuiteOptions<H extends ElementHarness> {
  tag: string;
  /** The element's own harness. */
  harness: new (el: never) => H;
  /** Attributes besides `api` and `lang` that make the element ask for something. */
  attributes: Record<string, string>;
  /** Data with something to show, and what then shows. */
  dataset: () => SampleDataset;
  loaded: (h: H) => boolean;
  /** Text of the loading message (nb). */
  loadingText: string;
  /** Data with nothing to show, and the text that says so (nb). */
  emptyDataset: () => SampleDataset;
  emptyText: string;
  /** What a 404 from the API shows (nb). */
  notFoundText: string;
  /** Text that shows once the loaded element speaks English. */
  englishText: string;
  /** Data with HOSTILE in a field the element shows, and where it shows as text. */
  hostileDataset: () => SampleDataset;
  hostileSelector: string;
}

export function runStatesSuite<H extends ElementHarness>(options: StatesSuiteOptions<H>): void {
  const mount = (attributes: Record<string, string> = {}) =>
    ElementHarness.mount(options.tag, { api: API, lang: 'nb', ...options.attributes, ...attributes }).then((el) => new options.harness(el as never));

  describe(`<${options.tag}> shared states`, () => {
    before(startWorker);
    afterEach(() => {
      worker.resetHandlers();
      resetApi();
      history.replaceState(null, '', location.pathname);
      delete window.__pwned;
    });

    it('says it is loading while the API has not answered, and is accessible', async () => {
      hang();
      const h = await mount();
      await h.until(() => h.loading, 'shows no loading message');
      expect(h.loading!.textContent).to.contain(options.loadingText);
      expect(h.loading!.getAttribute('role')).to.equal('status');
      await expect(h.el).to.be.accessible();
    });

    it('says there is nothing to show when the API has nothing, and is accessible', async () => {
      serveDataset(options.emptyDataset());
      const h = await mount();
      await h.untilText(options.emptyText);
      expect(h.alert).to.equal(null);
      await expect(h.el).to.be.accessible();
    });

    it('says what it could not find on a 404, with no blank box', async () => {
      failWith(404, 'Finnes ikke');
      const h = await mount();
      await h.until(() => h.alert, 'shows no message');
      expect(h.text()).to.contain(options.notFoundText);
      await expect(h.el).to.be.accessible();
    });

    it('shows a server error in its own words (never the API\'s free text), and recovers on retry', async () => {
      failWith(500, 'Ring 815 00 000 og oppgi BankID-koden din!');
      const h = await mount();
      await h.until(() => h.retryButton, 'shows no error with a retry button');
      expect(h.text()).to.contain('Innsynstjenesten har en feil akkurat nå');
      expect(h.text()).not.to.contain('BankID');
      expect(h.retryButton!.textContent).to.contain('Prøv igjen');
      await expect(h.el).to.be.accessible();

      worker.resetHandlers();
      serveDataset(options.dataset());
      h.retryButton!.click();
      await h.until(() => options.loaded(h), 'did not load on retry');
      expect(h.alert).to.equal(null);
    });

    it('explains that the api attribute is missing, without a retry that cannot help', async () => {
      const h = new options.harness((await ElementHarness.mount(options.tag, { lang: 'nb', ...options.attributes })) as never);
      await h.until(() => h.alert, 'shows no message');
      expect(h.alert!.textContent).to.contain('Adressen til innsynstjenesten mangler');
      expect(h.retryButton).to.equal(null);
      await expect(h.el).to.be.accessible();
    });

    it('switches language when lang changes', async () => {
      serveDataset(options.dataset());
      const h = await mount();
      await h.until(() => options.loaded(h), 'never loaded');
      h.el.setAttribute('lang', 'en');
      await h.untilText(options.englishText);
    });

    it('shows hostile text from the API as text, never as markup', async () => {
      serveDataset(options.hostileDataset());
      const h = await mount();
      await h.until(() => h.$$(options.hostileSelector).some((node) => node.textContent!.includes(HOSTILE)), 'never showed the hostile text');
      expect(h.$('img')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
    });
  });
}

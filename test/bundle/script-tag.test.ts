// Proves the built script tag (dist/cdn, from `npm run build`), not the sources, works in a real browser: the
// autoloader registers each element when it appears and fetches only what that element and the page's language need.
import { expect } from '@open-wc/testing';
import { API } from '../fixtures/mini-dataset.js';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker } from '../mocks/worker.js';
import { until } from '../kit/until.js';
import { appendMarkup } from '../kit/append-markup.js';

const LOADER = '/dist/cdn/innsyn-elements.js';
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const catalogChunks = (locale: string) => requested().filter((path) => path.match(new RegExp(`/chunks/[\\w-]+\\.${locale}-`)));

describe('the script-tag loader', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const added: Element[] = [];

  before(async () => {
    await startWorker();
    serveDataset();
    window.addEventListener('error', onError);
    performance.clearResourceTimings();
    await load(LOADER);
  });
  after(() => window.removeEventListener('error', onError));
  afterEach(() => added.splice(0).forEach((element) => element.remove()));

  const append = (markup: string, parent?: ParentNode): HTMLElement => appendMarkup(added, markup, parent);

  it('registers nothing before an element appears', () => {
    expect(customElements.get('innsyn-meeting-calendar')).to.equal(undefined);
    expect(customElements.get('innsyn-agenda')).to.equal(undefined);
  });

  it('registers a calendar added after it loaded, renders it from the API, and fetches only its language', async () => {
    const el = append(`<innsyn-meeting-calendar lang="nb" api="${API}" month="2026-03" view="list"></innsyn-meeting-calendar>`);
    await customElements.whenDefined('innsyn-meeting-calendar');
    await until(el.shadowRoot!, () => el.shadowRoot!.querySelectorAll('.meeting').length === 4, 'no meetings rendered');
    expect(el.shadowRoot!.textContent).to.contain('Kommunestyret');
    expect(catalogChunks('nb')).to.have.length.greaterThan(0);
    for (const other of ['nn', 'en', 'se']) expect(catalogChunks(other), other).to.deep.equal([]);
    expect(customElements.get('innsyn-agenda'), 'the agenda, which is not on the page').to.equal(undefined);
  });

  it('fetches another language when lang changes, and shows it', async () => {
    const el = append(`<innsyn-meeting-calendar lang="nb" api="${API}" month="2026-03" view="list"></innsyn-meeting-calendar>`);
    await customElements.whenDefined('innsyn-meeting-calendar');
    await until(el.shadowRoot!, () => el.shadowRoot!.querySelectorAll('.meeting').length === 4, 'no meetings rendered');
    el.setAttribute('lang', 'en');
    await until(el.shadowRoot!, () => el.shadowRoot!.textContent!.includes('Subscribe'), 'no English text');
    expect(catalogChunks('en')).to.have.length.greaterThan(0);
  });

  it('opens the connection to the API origin early', () => {
    expect(document.head.querySelector(`link[rel="preconnect"][href="${new URL(API).origin}"]`)).to.not.equal(null);
  });

  it("opens eInnsyn's connection early when api-kind implies its address", async () => {
    const preconnects = () => [...document.head.querySelectorAll('link[rel="preconnect"]')].map((link) => link.getAttribute('href'));
    expect(preconnects()).to.not.include('https://api.einnsyn.no');
    // Without a publisher the element says so and asks the API nothing; the loader has seen it all the same.
    const el = append('<innsyn-journal-search lang="nb" api-kind=" eInnsyn "></innsyn-journal-search>');
    await customElements.whenDefined('innsyn-journal-search');
    await until(el.shadowRoot!, () => el.shadowRoot?.querySelector('[role="alert"]'), 'no configuration error shown');
    expect(preconnects()).to.include('https://api.einnsyn.no');
  });

  it('finds an element inside an open shadow root of the host page', async () => {
    const host = append('<div></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    await new Promise((resolve) => setTimeout(resolve));
    const el = append(`<innsyn-agenda lang="nb" api="${API}"></innsyn-agenda>`, shadow);
    await customElements.whenDefined('innsyn-agenda');
    await until(el.shadowRoot!, () => el.shadowRoot?.querySelector('[part~="status"]'), 'agenda shows nothing');
  });

  it('tolerates being loaded a second time, also next to per-element scripts', async () => {
    await load(`${LOADER}?second-copy`);
    await load('/dist/cdn/meeting-calendar.js?third-copy');
    await load('/dist/cdn/agenda.js?fourth-copy');
    expect(customElements.get('innsyn-meeting-calendar')).to.not.equal(undefined);
    expect(errors).to.deep.equal([]);
  });
});

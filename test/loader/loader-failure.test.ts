// The loader's failures as a citizen meets them: when an element's code or its texts do not arrive (404, network,
// CSP), the element says so in its language with a retry, never a blank box. Uses the built dist/cdn element code.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startAutoloader } from '../../src/loader/autoloader.js';
import type { ElementFiles } from '../../src/loader/manifest.js';
import { API } from '../fixtures/mini-dataset.js';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';
import { appendMarkup } from '../kit/append-markup.js';

const noMessages: ElementFiles['messages'] = { nb: [], nn: [], en: [], se: [] };
/** The route a broken deployment lacks: a 404 until the test "fixes" it, then the built agenda. */
let entryMissing = true;
let englishMissing = false;

describe('the loader when code or texts do not arrive', () => {
  const added: Element[] = [];
  const append = (markup: string, parent?: ParentNode): HTMLElement => appendMarkup(added, markup, parent);
  const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  /** Watches the element (the loader marks it) and its shadow root once there is one. */
  const shows = (el: Element, words: string) =>
    until([el, ...(el.shadowRoot ? [el.shadowRoot] : [])], () => text(el).includes(words), `never showed "${words}" (shows "${text(el)}")`);
  const showsMeeting = (el: Element) =>
    until(el.shadowRoot!, () => el.shadowRoot!.querySelector('[part~="heading"]'), `the agenda never showed its meeting (shows "${text(el)}")`);

  before(async () => {
    await startWorker();
    worker.use(
      http.get('/missing-cdn/agenda.js', () =>
        entryMissing
          ? new HttpResponse('Not found', { status: 404 })
          : new HttpResponse("export * from '/dist/cdn/agenda.js';", { headers: { 'Content-Type': 'text/javascript' } }),
      ),
      // The element makes its own first requests.
      http.get('/missing-cdn/requests.js', () =>
        new HttpResponse('export function startFirstRequests() {}', { headers: { 'Content-Type': 'text/javascript' } }),
      ),
      http.get(/\/dist\/cdn\/chunks\/agenda\.en-[\w-]+\.js$/, () => (englishMissing ? new HttpResponse('Not found', { status: 404 }) : undefined)),
    );
    serveDataset();
    startAutoloader(
      { elements: { 'innsyn-agenda': { entry: 'agenda.js', chunks: [], messages: noMessages } }, requests: 'requests.js' },
      new URL('/missing-cdn/', location.href),
    );
  });
  afterEach(() => added.splice(0).forEach((element) => element.remove()));

  it('shows a localized error with a retry when the element\'s code is missing, and the retry loads it once it is there', async () => {
    const el = append(`<innsyn-agenda lang="nb" api="${API}" meeting="m-kst-2026-03-12"></innsyn-agenda>`);
    const nynorsk = append(`<div lang="nn"><innsyn-agenda api="${API}" meeting="m-kst-2026-03-12"></innsyn-agenda></div>`).firstElementChild!;
    await shows(el, 'Kunne ikke laste innholdet.');
    await shows(nynorsk, 'Kunne ikkje lasta innhaldet.');
    expect(el.hasAttribute('data-innsyn-load-failed')).to.equal(true);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('button')!.textContent).to.equal('Prøv igjen');
    await expect(el).to.be.accessible();

    entryMissing = false;
    alert.querySelector('button')!.click();
    await customElements.whenDefined('innsyn-agenda');
    await showsMeeting(el);
    expect(text(el)).not.to.contain('Kunne ikke laste');
    expect(el.hasAttribute('data-innsyn-load-failed')).to.equal(false);
    expect(text(nynorsk), 'the other element of the same tag').not.to.contain('Kunne ikkje lasta');
  });

  it('shows the built-in error with a retry when the code loaded but the texts of its language did not', async () => {
    englishMissing = true;
    const el = append(`<innsyn-agenda lang="en" api="${API}" meeting="m-kst-2026-03-12"></innsyn-agenda>`);
    await shows(el, 'Could not load this content.');
    englishMissing = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await showsMeeting(el);
    expect(text(el)).not.to.contain('Could not load');
  });
});

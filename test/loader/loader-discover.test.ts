// Elements inside shadow roots the loader's scan cannot see: a host component that attaches its shadow root when it
// is defined later, and one that attaches it (open or closed) after the scan and tells the loader through
// window.innsynElements.discover(root).
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startAutoloader } from '../../src/loader/autoloader.js';
import type { ElementFiles } from '../../src/loader/manifest.js';
import { startWorker, worker } from '../mocks/worker.js';

const TAGS = ['innsyn-probe-upgrade', 'innsyn-probe-closed', 'innsyn-probe-later'];
const files = (tag: string): ElementFiles => ({ entry: `${tag}.js`, chunks: [], messages: { nb: [], nn: [], en: [], se: [] } });
/** Each probe's "code": registers its tag with an element that says it loaded. */
const probeModule = (tag: string) =>
  `customElements.define('${tag}', class extends HTMLElement { connectedCallback() { this.textContent = 'loaded'; } });`;

describe('the loader and shadow roots attached after its scan', () => {
  const added: Element[] = [];
  const append = (element: Element) => {
    document.body.append(element);
    added.push(element);
    return element;
  };

  before(async () => {
    await startWorker();
    worker.use(
      http.get('/probe-cdn/requests.js', () => new HttpResponse('export function startFirstRequests() {}', { headers: { 'Content-Type': 'text/javascript' } })),
      http.get(/\/probe-cdn\/(innsyn-probe-[a-z]+)\.js$/, ({ request }) =>
        new HttpResponse(probeModule(new URL(request.url).pathname.match(/(innsyn-probe-[a-z]+)/)![1]!), { headers: { 'Content-Type': 'text/javascript' } }),
      ),
    );
    // A component of the host page, already in the page when the loader scans, defined only later.
    append(document.createElement('late-host'));
    startAutoloader({ elements: Object.fromEntries(TAGS.map((tag) => [tag, files(tag)])), requests: 'requests.js' }, new URL('/probe-cdn/', location.href));
  });
  after(() => added.splice(0).forEach((element) => element.remove()));

  it('finds an element in the shadow root a host component attaches when it is defined after the scan', async () => {
    customElements.define('late-host', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<innsyn-probe-upgrade></innsyn-probe-upgrade>';
      }
    });
    await customElements.whenDefined('innsyn-probe-upgrade');
    expect(document.querySelector('late-host')!.shadowRoot!.querySelector('innsyn-probe-upgrade')!.textContent).to.equal('loaded');
  });

  it('loads the elements of a closed shadow root handed to window.innsynElements.discover, also ones added later', async () => {
    const host = append(document.createElement('div'));
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<innsyn-probe-closed></innsyn-probe-closed>';
    window.innsynElements!.discover(root);
    await customElements.whenDefined('innsyn-probe-closed');
    expect(root.querySelector('innsyn-probe-closed')!.textContent).to.equal('loaded');

    root.append(document.createElement('innsyn-probe-later'));
    await customElements.whenDefined('innsyn-probe-later');
    expect(root.querySelector('innsyn-probe-later')!.textContent).to.equal('loaded');
  });
});

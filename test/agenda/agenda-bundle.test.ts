// The script-tag build (dist/cdn, from `npm run build`) loads DOMPurify as a separate chunk, fetched beside the
// meeting request rather than after its answer.
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { API, HELD_ID, agendaDataset } from './agenda-fixtures.js';
import { until } from '../kit/until.js';

const load = (url: string) => import(/* @vite-ignore */ url) as Promise<unknown>;
/** The bundle has its own client and cache; a second API base keeps the two tests' meetings apart. */
const HELD_BACK_API = 'https://api.test/holdt-tilbake';

const isPurify = (entry: PerformanceEntry) => new URL(entry.name).pathname.includes('purify');

/** Resolves when the browser has fetched the sanitizer chunk (resource timing, no polling). */
function sanitizerFetched(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByType('resource').some(isPurify)) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some(isPurify)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe({ type: 'resource' });
  });
}

/** Opens every item, as a citizen may: decisions are built when their item opens. */
async function openAll(el: HTMLElement): Promise<void> {
  await customElements.whenDefined('innsyn-agenda');
  const toggle = await until(el.shadowRoot!, () => el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle-all'), 'agenda not shown');
  toggle.click();
}

/** As a page does it, without fixture(): an element the loader has not registered yet has nothing to wait for. */
function agenda(api: string): HTMLElement {
  const el = document.createElement('innsyn-agenda');
  el.setAttribute('api', api);
  el.setAttribute('meeting', HELD_ID);
  document.body.append(el);
  return el;
}

describe('<innsyn-agenda> from the script-tag bundle', () => {
  afterEach(() => document.querySelectorAll('innsyn-agenda').forEach((el) => el.remove()));

  before(async () => {
    await startWorker();
    // The test page loads hundreds of modules: make room so the chunk's timing entry is kept.
    performance.setResourceTimingBufferSize(10_000);
    await load('/dist/cdn/innsyn-elements.js');
  });

  it('fetches the sanitizer while the meeting request is still open', async () => {
    serveDataset(agendaDataset(), HELD_BACK_API);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let meetingAnswered = false;
    // Answers the meeting only after the sanitizer has arrived; falls through to the dataset's handler then.
    worker.use(
      http.get(`${HELD_BACK_API}/meetings/${HELD_ID}`, async () => {
        await held;
        meetingAnswered = true;
      }),
    );
    const el = agenda(HELD_BACK_API);
    await sanitizerFetched();
    expect(meetingAnswered).to.equal(false);
    release();
    await openAll(el);
    await until(el.shadowRoot!, () => el.shadowRoot?.querySelector('.decision'), 'decision not rendered');
  });

  it('registers the agenda and cleans an HTML decision with the sanitizer chunk', async () => {
    serveDataset(agendaDataset());
    const el = agenda(API);
    await openAll(el);
    const decision = await until(el.shadowRoot!, () => el.shadowRoot?.querySelector('.decision ol li'), 'decision not rendered');
    expect(decision.textContent).to.equal('Storgata blir gågate.');
    expect(el.shadowRoot!.querySelector('.decision img')).to.equal(null);
    const chunks = performance.getEntriesByType('resource').filter(isPurify).map((entry) => new URL(entry.name).pathname);
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/^\/dist\/cdn\/chunks\/purify\.es-[\w-]+\.js$/);
  });
});

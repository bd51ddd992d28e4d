// The script-tag build (dist/cdn, from `npm run build`) loads DOMPurify as a separate chunk: beside the meeting request
// when the page URL opens an item, else once the agenda is in (agenda-sanitizer-loading.test.ts).
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { API, HELD_ID, agendaDataset } from './agenda-fixtures.js';
import { resourceFetched } from '../kit/resource-fetched.js';
import { until } from '../kit/until.js';

const load = (url: string) => import(/* @vite-ignore */ url) as Promise<unknown>;
/** The bundle has its own client and cache; a second API base keeps the two tests' meetings apart. */
const HELD_BACK_API = 'https://api.test/holdt-tilbake';

const isPurify = (path: string) => path.includes('purify');

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

  it('fetches the sanitizer while the meeting request is still open when the page URL opens an item', async () => {
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
    const address = location.href;
    history.replaceState(null, '', `${location.pathname}?innsyn-meeting=${HELD_ID}&innsyn-item=ai-feb-2`);
    try {
      const el = document.createElement('innsyn-agenda');
      el.setAttribute('api', HELD_BACK_API);
      el.setAttribute('url-state', 'query');
      document.body.append(el);
      await resourceFetched(isPurify);
      expect(meetingAnswered).to.equal(false);
      release();
      const decision = await until(el.shadowRoot!, () => el.shadowRoot?.querySelector('.decision ol li'), 'decision not rendered');
      expect(decision.textContent).to.equal('Storgata blir gågate.');
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('registers the agenda and cleans an HTML decision with the sanitizer chunk', async () => {
    serveDataset(agendaDataset());
    const el = agenda(API);
    await openAll(el);
    const decision = await until(el.shadowRoot!, () => el.shadowRoot?.querySelector('.decision ol li'), 'decision not rendered');
    expect(decision.textContent).to.equal('Storgata blir gågate.');
    expect(el.shadowRoot!.querySelector('.decision img')).to.equal(null);
    const chunks = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter(isPurify);
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/^\/dist\/cdn\/chunks\/purify\.es-[\w-]+\.js$/);
  });
});

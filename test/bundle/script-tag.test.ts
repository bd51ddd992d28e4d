// Proves the built script-tag bundle (dist/cdn, from `npm run build`), not the sources, works in a real browser.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { API } from '../fixtures/mini-dataset.js';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker } from '../mocks/worker.js';

const BUNDLE = '/dist/cdn/innsyn-elements.js';
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;

describe('the script-tag bundle', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);

  before(async () => {
    await startWorker();
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));

  it('registers the elements and exports their classes', async () => {
    const module = await load(BUNDLE);
    expect(customElements.get('innsyn-meeting-calendar')).to.equal(module.InnsynMeetingCalendar);
    expect(module.VERSION).to.be.a('string');
  });

  it('renders a meeting calendar from the API', async () => {
    await load(BUNDLE);
    serveDataset();
    const el = await fixture(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.meeting').length === 4, 'no meetings rendered', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.contain('Kommunestyret');
  });

  it('tolerates being loaded a second time, also as a per-element bundle', async () => {
    await load(BUNDLE);
    await load(`${BUNDLE}?second-copy`);
    await load('/dist/cdn/meeting-calendar.js?third-copy');
    expect(customElements.get('innsyn-meeting-calendar')).to.not.equal(undefined);
    expect(errors).to.deep.equal([]);
  });
});

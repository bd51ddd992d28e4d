// The script-tag build (dist/cdn, from `npm run build`) loads DOMPurify as a separate chunk only for HTML decisions.
import { expect, fixture, html } from '@open-wc/testing';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker } from '../mocks/worker.js';
import { API, HELD_ID, agendaDataset, heldMeeting } from './agenda-fixtures.js';
import { until } from './until.js';

const load = (url: string) => import(/* @vite-ignore */ url) as Promise<unknown>;
/** The bundle has its own client and cache; a second API base keeps the two tests' meetings apart. */
const PLAIN_API = 'https://api.test/ren-tekst';

describe('<innsyn-agenda> from the script-tag bundle', () => {
  before(async () => {
    await startWorker();
    await load('/dist/cdn/innsyn-elements.js');
  });

  const purifyRequests = () =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('purify'));

  it('does not load the sanitizer for an agenda whose decisions are plain text', async () => {
    const plain = { ...heldMeeting, agendaItems: heldMeeting.agendaItems.map((item) => ({ ...item, decision: item.decision && 'Vedtatt som innstilt.' })) };
    serveDataset(agendaDataset([plain]), PLAIN_API);
    performance.clearResourceTimings();
    const el = await fixture(html`<innsyn-agenda api=${PLAIN_API} meeting=${HELD_ID}></innsyn-agenda>`);
    await until(el.shadowRoot!, () => el.shadowRoot!.querySelector('.decision'), 'decision not rendered');
    expect(purifyRequests()).to.deep.equal([]);
  });

  it('registers the agenda and cleans an HTML decision with the lazily loaded sanitizer chunk', async () => {
    expect(customElements.get('innsyn-agenda')).to.not.equal(undefined);
    serveDataset(agendaDataset());
    // The test page loads hundreds of modules; start with an empty resource timing buffer so the chunk's entry fits.
    performance.clearResourceTimings();
    const el = await fixture(html`<innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
    const decision = await until(el.shadowRoot!, () => el.shadowRoot!.querySelector('.decision ol li'), 'decision not rendered');
    expect(decision.textContent).to.equal('Storgata blir gågate.');
    expect(el.shadowRoot!.querySelector('.decision img')).to.equal(null);
    const chunks = purifyRequests();
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/^\/dist\/cdn\/chunks\/purify\.es-[\w-]+\.js$/);
  });
});

// When the agenda fetches DOMPurify: decisions show only when an item opens, so the sanitizer never competes with the
// meeting for a slow connection, and a notice of an upcoming meeting never downloads it. (An item opened from the page
// URL fetches it beside the meeting: agenda-bundle.test.ts.) Its own file: the sanitizer is fetched once per page.
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/agenda/define.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';
import { meetings } from '../fixtures/mini-dataset.js';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { resourceFetched } from '../kit/resource-fetched.js';
import { until } from '../kit/until.js';
import { API, HELD_ID, agendaDataset, plannedWithDecision } from './agenda-fixtures.js';

const isSanitizer = (path: string) => path.includes('/dompurify/');
const sanitizerFetches = () => performance.getEntriesByType('resource').filter((entry) => isSanitizer(new URL(entry.name).pathname));

async function shown(meeting: string): Promise<InnsynAgenda> {
  const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting=${meeting}></innsyn-agenda>`);
  await until(el.shadowRoot!, () => el.shadowRoot!.querySelector('article .item'), 'agenda not shown');
  return el;
}

describe('<innsyn-agenda> fetching the sanitizer', () => {
  before(async () => {
    await startWorker();
    performance.setResourceTimingBufferSize(10_000);
  });

  it('not for an upcoming meeting, and for a held one with HTML decisions only once its agenda is in', async () => {
    serveDataset(agendaDataset([plannedWithDecision]));
    const upcoming = await shown(meetings[0]!.id);
    const upcomingShownAt = performance.now();
    upcoming.remove();

    let answeredAt = Infinity;
    worker.use(
      http.get(`${API}/meetings/${HELD_ID}`, () => {
        answeredAt = performance.now();
        // Falls through to the dataset's answer.
      }),
    );
    const held = await shown(HELD_ID);
    const fetch = await resourceFetched(isSanitizer);
    expect(fetch.startTime).to.be.greaterThan(upcomingShownAt);
    expect(fetch.startTime).to.be.greaterThan(answeredAt);
    expect(sanitizerFetches()).to.have.length(1);
    // Fetched ahead of need: no item was opened.
    expect([...held.shadowRoot!.querySelectorAll('.disclosure')].every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });
});

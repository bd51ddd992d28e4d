// Rough edges citizens found: hostile ids and months in the address, Sami plurals, wording.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/meeting-calendar/define.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';
import { API, meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { formatMonth } from '../../src/shared/format.js';
import { monthOf } from '../../src/time/oslo.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function calendar(template: ReturnType<typeof html>) {
  const el = await fixture<InnsynMeetingCalendar>(template);
  await waitUntil(() => !shadow(el).querySelector('.status--loading'), 'calendar never finished loading', { timeout: 5000 });
  return el;
}

describe('<innsyn-meeting-calendar> rough edges', () => {
  // The test runner's own query (wtr-session-id) stays in the address: the runner needs it.
  const address = location.href;
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi();
    history.replaceState(null, '', address);
  });

  it('ignores a month before the year 1000 in the address instead of showing January 1900', async () => {
    serveDataset();
    const url = new URL(address);
    url.searchParams.set('innsyn-month', '0000-01');
    history.replaceState(null, '', url.href);
    const el = await calendar(html`<innsyn-meeting-calendar api=${API} url-state="query"></innsyn-meeting-calendar>`);
    const heading = shadow(el).querySelector('#month-heading')!.textContent!.trim();
    expect(heading).to.equal(formatMonth(monthOf(new Date()), 'nb'));
    expect(heading).not.to.contain('1900');
  });

  it('makes no link that climbs out of the agenda folder for a meeting id of ".."', async () => {
    const climbing = { ...meetings[0]!, id: '..' };
    serveDataset(miniDataset({ meetings: [climbing] }));
    const el = await calendar(
      html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list" agenda-href="./mote/{id}/index.html"></innsyn-meeting-calendar>`,
    );
    await waitUntil(() => shadow(el).querySelector('.meeting__link'), 'meeting not listed', { timeout: 5000 });
    const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => href.endsWith('/index.html'))).to.deep.equal([]);
    expect(shadow(el).querySelector('button.meeting__link')).not.to.equal(null);
  });

  it('counts meetings in Northern Sami with a real plural, not "čoahkkin(a)"', async () => {
    serveDataset();
    const el = await calendar(html`<innsyn-meeting-calendar lang="se" api=${API} month="2026-03"></innsyn-meeting-calendar>`);
    await waitUntil(() => shadow(el).querySelector('[aria-live]')?.textContent!.trim(), 'nothing announced', { timeout: 5000 });
    const announced = shadow(el).querySelector('[aria-live]')!.textContent!;
    expect(announced).not.to.contain('(a)');
    expect(announced).to.match(/^\d+ čoahkkima? – /);
  });

  it('explains Enter as the meetings of the day the focus is on, not today\'s', async () => {
    serveDataset();
    const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
    expect(text(el)).not.to.contain('dagens møter');
    expect(shadow(el).querySelector('#grid-help')!.textContent).to.contain('møtene den dagen du står på');
  });

  it('offers Sami subscription with the verb for following, not the one for ordering access', async () => {
    serveDataset();
    const el = await calendar(html`<innsyn-meeting-calendar lang="se" api=${API} month="2026-03"></innsyn-meeting-calendar>`);
    await waitUntil(() => shadow(el).querySelector('[part="subscribe"]'), 'no subscribe link', { timeout: 5000 });
    expect(shadow(el).querySelector('[part="subscribe"]')!.textContent).not.to.contain('Diŋgo');
  });
});

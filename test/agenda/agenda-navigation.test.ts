// Back to a meeting puts focus on its heading; the page title names the meeting only when the site asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/agenda/define.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';
import { API, HELD_ID, agendaDataset } from './agenda-fixtures.js';

const shadow = (el: Element) => el.shadowRoot!;
const heading = (el: Element) => shadow(el).querySelector('#meeting-heading')?.textContent ?? '';

describe('<innsyn-agenda> navigation', () => {
  const title = document.title;
  // The test runner's own query (wtr-session-id) stays in the address: the runner needs it.
  const address = location.href;
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi();
    document.title = title;
    history.replaceState(null, '', address);
  });

  it('moves focus to the meeting heading when Back shows the previous meeting', async () => {
    serveDataset(agendaDataset());
    const url = new URL(address);
    url.searchParams.set('innsyn-meeting', HELD_ID);
    history.replaceState(null, '', url.href);
    const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} url-state="query"></innsyn-agenda>`);
    await until(shadow(el), () => heading(el).includes('februar'), 'first meeting not shown');
    el.showMeeting('m-eld-2026-03-26');
    await until(shadow(el), () => heading(el).includes('Eldrerådet'), 'second meeting not shown');
    (shadow(el).activeElement as HTMLElement | null)?.blur();
    expect(shadow(el).activeElement).to.equal(null);

    history.back();
    await until(shadow(el), () => heading(el).includes('Kommunestyret'), 'Back did not return');
    await until(shadow(el), () => shadow(el).activeElement?.id === 'meeting-heading', 'focus stayed on <body>');
  });

  it('sets the page title to the meeting when asked, with the site\'s own words around it', async () => {
    serveDataset(agendaDataset());
    const el = await fixture<InnsynAgenda>(
      html`<innsyn-agenda api=${API} meeting=${HELD_ID} document-title="{meeting} – Eksempel kommune"></innsyn-agenda>`,
    );
    await until(shadow(el), () => shadow(el).querySelector('article'), 'meeting not shown');
    expect(document.title).to.equal('Kommunestyret torsdag 12. februar 2026 – Eksempel kommune');
  });

  it('leaves the page title alone by default', async () => {
    serveDataset(agendaDataset());
    const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
    await until(shadow(el), () => shadow(el).querySelector('article'), 'meeting not shown');
    expect(document.title).to.equal(title);
  });
});

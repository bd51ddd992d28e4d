// Norwegian data inside an English or Sami interface is marked with its language (WCAG 3.1.2).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/agenda/define.js';
import '../../src/meeting-calendar/define.js';
import { miniDataset } from '../fixtures/mini-dataset.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';
import { API, HELD_ID, agendaDataset } from '../agenda/agenda-fixtures.js';

const shadow = (el: Element) => el.shadowRoot!;
const norwegianOnly = () => {
  const dataset = agendaDataset();
  return { ...dataset, service: { ...dataset.service, languages: ['nb'] } };
};

describe('the language of the data', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi();
  });

  it('marks body names and places with the API\'s language in an English calendar', async () => {
    serveDataset(norwegianOnly());
    const el = await fixture(html`<innsyn-meeting-calendar lang="en" api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
    await until(shadow(el), () => shadow(el).querySelector('.meeting__body'), 'no meetings');
    await until(shadow(el), () => shadow(el).querySelector('.meeting__body[lang]'), 'no lang on the data');
    expect(shadow(el).querySelector('.meeting__body')!.getAttribute('lang')).to.equal('nb');
    expect(shadow(el).querySelector('.meeting__place [lang]')!.getAttribute('lang')).to.equal('nb');
    // The interface's own words stay unmarked, in the element's language.
    expect(shadow(el).querySelector('.meeting__time')!.closest('[lang]')).to.equal(null);
  });

  it('marks titles and decisions in a Sami agenda', async () => {
    serveDataset(norwegianOnly());
    const el = await fixture(html`<innsyn-agenda lang="se" api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
    await until(shadow(el), () => shadow(el).querySelector('.item__title[lang="nb"]'), 'no lang on titles');
    expect(shadow(el).querySelector('.heading__body')!.getAttribute('lang')).to.equal('nb');
  });

  it('needs no mark when the element speaks the API\'s language, or the API answers in the element\'s', async () => {
    serveDataset(miniDataset());
    const el = await fixture(html`<innsyn-meeting-calendar lang="en" api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
    await until(shadow(el), () => shadow(el).querySelector('.meeting__body'), 'no meetings');
    await until(shadow(el), () => shadow(el).querySelectorAll('option').length > 1, 'no bodies');
    expect(shadow(el).querySelector('.meeting__body')!.hasAttribute('lang')).to.equal(false);
  });
});

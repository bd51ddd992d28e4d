// What real servers send that the reference server does not: closed-meeting bases, plain-text decisions, "none" versus
// "not yet", and a service that takes no access requests.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/agenda/define.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';
import type { MeetingDetail } from '../../src/api/types.js';
import { clearBasket } from '../../src/shared/basket/basket.js';
import { item, meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { heldMeeting } from './agenda-fixtures.js';
import { until } from '../kit/until.js';

// This file's own API: the basket lives in localStorage, which test files running side by side share.
const API = 'https://api.test/agenda-real-servers-tests';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function show(meeting: MeetingDetail, dataset = miniDataset({ meetings: [meeting] })): Promise<InnsynAgenda> {
  serveDataset(dataset, API);
  const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting=${meeting.id}></innsyn-agenda>`);
  await until(shadow(el), () => shadow(el).querySelector('article'), 'meeting not shown');
  await el.updateComplete;
  return el;
}

/** Panels are built when first opened. */
async function open(el: InnsynAgenda): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('.disclosure')!.click();
  await el.updateComplete;
}

describe('<innsyn-agenda> with what real servers send', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi(API);
    clearBasket(API);
  });

  it('names the closed-meeting rule and the access law each where it belongs, and is accessible', async () => {
    const el = await show({
      ...heldMeeting,
      agendaItems: [
        item({
          id: 'c-1', number: 'PS 20/26', sequence: 1, title: 'Tilsetting', closed: true,
          closedBasis: 'Koml. § 11-5 andre ledd bokstav a', exemptionBasis: 'Offl. § 23 første ledd',
        }),
      ],
    });
    const closedDoors = shadow(el).querySelector('.closed__meeting')!.textContent!;
    const documents = shadow(el).querySelector('.closed__documents')!.textContent!;
    expect(closedDoors).to.equal('Saken behandles for lukkede dører (Koml. § 11-5 andre ledd bokstav a).');
    expect(documents).to.equal('Dokumentene er unntatt offentlighet (Offl. § 23 første ledd) og publiseres ikke.');
    await expect(el).to.be.accessible();
  });

  it('moves a kommuneloven basis an older server put in exemptionBasis to the closed doors', async () => {
    const el = await show({
      ...heldMeeting,
      agendaItems: [item({ id: 'c-1', number: 'PS 20/26', sequence: 1, title: 'Tilsetting', closed: true, exemptionBasis: 'Kommuneloven § 11-5' })],
    });
    expect(shadow(el).querySelector('.closed__meeting')!.textContent).to.contain('(Kommuneloven § 11-5)');
    expect(shadow(el).querySelector('.closed__documents')!.textContent).not.to.contain('11-5');
  });

  it('shows a decision declared as plain text as text: angle brackets kept, line breaks kept', async () => {
    const el = await show({
      ...heldMeeting,
      agendaItems: [
        item({
          id: 'd-1', number: 'PS 21/26', sequence: 1, title: 'Avtale', decisionFormat: 'text',
          decision: 'Avtalen med <Name der Firma> godkjennes.\nEnstemmig.',
        }),
      ],
    });
    await open(el);
    const decision = shadow(el).querySelector('.decision__text')!;
    expect(decision.textContent).to.equal('Avtalen med <Name der Firma> godkjennes.\nEnstemmig.');
    expect(decision.children).to.have.length(0);
    expect(getComputedStyle(decision).whiteSpace).to.equal('pre-line');
  });

  it('says a held meeting without items has none, not that its agenda is still to come', async () => {
    const el = await show({ ...heldMeeting, agendaItems: [] });
    expect(text(el)).to.contain('Møtet har ingen saker på sakslisten.');
    expect(text(el)).not.to.contain('ikke publisert ennå');
  });

  it('believes the server: a planned meeting with a published, empty agenda has no items', async () => {
    const el = await show({ ...meetings[1]!, agendaItems: [], agendaPublished: true });
    expect(text(el)).to.contain('Møtet har ingen saker på sakslisten.');
  });

  it('says a planned meeting\'s empty agenda is not yet published when the server does not say', async () => {
    const el = await show({ ...meetings[1]!, agendaItems: [] });
    expect(text(el)).to.contain('Sakslisten er ikke publisert ennå.');
  });

  it('says an item has no documents when the server says they are all published', async () => {
    const el = await show({
      ...heldMeeting,
      agendaItems: [item({ id: 'e-1', number: 'PS 22/26', sequence: 1, title: 'Orientering', documentsPublished: true })],
    });
    await open(el);
    expect(text(el)).to.contain('Saken har ingen dokumenter.');
    expect(text(el)).not.to.contain('ikke publisert ennå');
  });

  it('shows no request button and no basket when the service takes no access requests', async () => {
    const dataset = miniDataset({ meetings: [heldMeeting] });
    dataset.service = { ...dataset.service, capabilities: { ...dataset.service.capabilities, accessRequests: false } };
    const el = await show(heldMeeting, dataset);
    expect(shadow(el).querySelector('.basket-toggle')).to.equal(null);
    expect(shadow(el).querySelector('.basket')).to.equal(null);
    expect(text(el)).not.to.contain('Be om innsyn');
  });

  it('does show them when the service takes access requests', async () => {
    const el = await show(heldMeeting);
    expect(shadow(el).querySelectorAll('.basket-toggle').length).to.be.greaterThan(0);
  });
});

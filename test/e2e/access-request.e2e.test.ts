// End to end against the real sample server (a Node process the test runner starts): two agenda items into the basket,
// the form opened from the basket bar, a send while the server is unreachable (the draft stays), a send that succeeds,
// the confirmation link from the outbox clicked in a real tab, and exactly one request with both entries in the store.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/access-request/define.js';
import '../../src/agenda/define.js';
import type { InnsynAccessRequest } from '../../src/access-request/access-request.js';
import { draftStorageKey, readDraft } from '../../src/access-request/draft.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';
import type { MeetingDetail } from '../../src/api/types.js';
import { clearBasket, readBasket } from '../../src/shared/basket/basket.js';
import { until } from '../kit/until.js';

interface StoredRequest {
  request: { email: string; entries: { kind: string; id: string }[] };
  receipt: { id: string; status: string };
}
interface Mail {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

const command = <T>(name: string, payload?: unknown) => executeServerCommand<T, unknown>(`sample-server:${name}`, payload);
const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

/** A meeting of the generated Eksempel kommune with at least two items to request (open, with nothing published yet). */
/** The items with a "Be om innsyn" button, in the agenda's order. */
const requestableInOrder = (meeting: MeetingDetail) =>
  [...meeting.agendaItems].sort((a, b) => a.sequence - b.sequence).filter((item) => item.canRequestAccess && (item.closed || item.documents.length === 0));

const requestable = (item: MeetingDetail['agendaItems'][number]) => item.canRequestAccess && !item.closed && item.documents.length === 0;

async function meetingWithTwoRequestableItems(api: string): Promise<MeetingDetail> {
  const page = (await (await fetch(`${api}/meetings?from=2020-01-01&to=2035-12-31&limit=200`)).json()) as { items: { id: string }[] };
  for (const { id } of page.items.reverse()) {
    const meeting = (await (await fetch(`${api}/meetings/${id}`)).json()) as MeetingDetail;
    if (meeting.agendaItems.filter(requestable).length >= 2) return meeting;
  }
  throw new Error('the generated dataset has no meeting with two requestable items');
}

describe('access request, end to end on the sample server', function () {
  this.timeout(90_000);
  let api = '';

  before(async () => {
    ({ url: api } = await command<{ url: string }>('start'));
  });

  after(async () => {
    await command('stop');
    clearBasket(api);
    localStorage.removeItem(draftStorageKey(api));
  });

  it('goes from two agenda items to one confirmed request, through a failed send', async () => {
    clearBasket(api);
    localStorage.removeItem(draftStorageKey(api));
    const meeting = await meetingWithTwoRequestableItems(api);
    // fixtureSync: fixture() waits for an animation frame on a plain div, which a background test tab never gets.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <innsyn-agenda api=${api} meeting=${meeting.id} request-href="#innsynskrav"></innsyn-agenda>
      <innsyn-access-request id="innsynskrav" api=${api} min-fill-seconds="0"></innsyn-access-request>
    </div>`);
    const agenda = wrapper.querySelector<InnsynAgenda>('innsyn-agenda')!;
    const form = wrapper.querySelector<InnsynAccessRequest>('innsyn-access-request')!;
    await until(shadow(agenda), () => shadow(agenda).querySelector('.basket-toggle'), 'the agenda shows no "Be om innsyn"');

    // Two items into the basket, with the agenda's own buttons.
    const toggles = [...shadow(agenda).querySelectorAll<HTMLButtonElement>('.basket-toggle')].slice(0, 2);
    for (const toggle of toggles) toggle.click();
    await until(shadow(agenda), () => $(agenda, '.basket__count').textContent === '2 saker valgt for innsyn.', 'basket count');

    // Open the form from the basket bar.
    const link = $<HTMLAnchorElement>(agenda, 'a.basket__send');
    expect(link.textContent).to.equal('Send innsynskrav');
    link.click();
    expect(location.hash).to.equal('#innsynskrav');
    await until(shadow(form), () => shadow(form).querySelectorAll('.chosen__item').length === 2, 'the form lists both items');
    const email = $<HTMLInputElement>(form, '#email');
    email.value = 'ola.nordmann@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));

    // The server is unreachable: the send fails, everything stays.
    await command('stop');
    $<HTMLButtonElement>(form, 'button[type="submit"]').click();
    await until(shadow(form), () => shadow(form).querySelector('#send-error'), 'no error for the failed send');
    expect(text(form)).to.include('Fikk ikke kontakt med innsynstjenesten');
    expect(text(form)).to.include('Alt du har fylt ut og valgt, er tatt vare på');
    expect(readBasket(api)).to.have.length(2);
    expect(readDraft(api).email).to.equal('ola.nordmann@example.com');
    expect(readDraft(api).idempotencyKey).to.be.a('string');
    expect(await command<StoredRequest[]>('requests')).to.deep.equal([]);

    // Back online: retry succeeds.
    await command('start');
    $<HTMLButtonElement>(form, '#send-error button').click();
    await until(shadow(form), () => shadow(form).querySelector('#receipt-heading'), 'no receipt');
    expect($(form, '#receipt-heading').textContent!.trim()).to.equal('Sjekk e-posten din og bekreft innsynskravet');
    const receiptId = $(form, '.receipt__id').textContent;
    expect(readBasket(api)).to.deep.equal([]);

    // The citizen's mailbox: the confirmation link, opened and confirmed in a real tab.
    const mails = await command<Mail[]>('outbox');
    const confirmation = mails.find((mail) => mail.to.includes('ola.nordmann@example.com'));
    expect(confirmation?.subject).to.equal('Bekreft innsynskravet ditt til Eksempel kommune');
    const confirmLink = confirmation!.links.find((candidate) => candidate.includes('/confirmation?token='))!;
    const clicked = await command<{ heading?: string; error?: string }>('click-through', { link: confirmLink, button: 'Bekreft innsynskravet' });
    expect(clicked.error).to.equal(undefined);
    expect(clicked.heading).to.equal('Innsynskravet er bekreftet og sendt til Eksempel kommune');

    // Exactly one request, with both entries, confirmed; the publisher and the citizen got their e-mails.
    const stored = await command<StoredRequest[]>('requests');
    expect(stored).to.have.length(1);
    expect(stored[0]!.receipt.id).to.equal(receiptId);
    expect(stored[0]!.receipt.status).to.equal('received');
    expect(stored[0]!.request.entries).to.deep.equal(
      toggles.map((_toggle, index) => ({ kind: 'agenda-item', id: requestableInOrder(meeting)[index]!.id })),
    );
    const after = await command<Mail[]>('outbox');
    expect(after.filter((mail) => mail.to.includes('postmottak@')).length).to.equal(1);
    expect(after.some((mail) => mail.to.includes('ola.nordmann@example.com') && mail.subject === 'Innsynskravet ditt er sendt til Eksempel kommune')).to.equal(true);
  });
});

// End to end on the demo's "Fra eInnsyn" page as `npm start` serves it: the page's own markup, its offline eInnsyn
// rendition over real HTTP on another origin (test/e2e/fixture-site.ts), entries chosen in the journal search, the
// basket bar's link to the form, and POST /innsynskravBestilling answered with a receipt that says to confirm eInnsyn's e-mail.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/innsyn-elements.js';
import { draftStorageKey } from '../../src/access-request/draft.js';
import { clearBasket, readBasket } from '../../src/shared/basket/basket.js';
import { until } from '../kit/until.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

describe('the demo\'s eInnsyn page, end to end on its offline eInnsyn', function () {
  this.timeout(60_000);
  let site = '';
  let api = '';
  let main: HTMLElement | undefined;

  before(async () => {
    ({ url: site } = await executeServerCommand<{ url: string }, unknown>('fixture-site:start'));
    api = `${site}einnsyn-api`;
  });

  afterEach(() => {
    main?.remove();
    clearBasket(api);
    localStorage.removeItem(draftStorageKey(api));
  });

  it('goes from two journal entries to an order at eInnsyn and a receipt that says to confirm its e-mail', async () => {
    clearBasket(api);
    // The page exactly as published, its relative api addresses pointed at the fixture site.
    const page = new DOMParser().parseFromString(await (await fetch(`${site}einnsyn.html`)).text(), 'text/html');
    main = document.createElement('main');
    main.innerHTML = page.querySelector('main')!.innerHTML.replaceAll('api="/einnsyn-api"', `api="${api}"`);
    main.querySelector('innsyn-access-request')!.setAttribute('min-fill-seconds', '0');
    document.body.append(main);
    const search = main.querySelector('innsyn-journal-search')!;
    const form = main.querySelector('innsyn-access-request')!;

    await until(shadow(search), () => shadow(search).querySelectorAll('.basket-toggle').length >= 2, 'the journal shows no entries to choose', 20_000);
    const toggles = [...shadow(search).querySelectorAll<HTMLButtonElement>('.basket-toggle')].slice(0, 2);
    for (const toggle of toggles) toggle.click();
    await until(shadow(search), () => text(search).includes('2 saker valgt for innsyn'), 'the basket bar does not count two');

    // The basket bar's "Send innsynskrav" leads to the form on the same page, which lists both entries.
    const send = shadow(search).querySelector<HTMLAnchorElement>('a.basket__send')!;
    expect(main.querySelector(send.getAttribute('href')!)).to.not.equal(null, 'the link points at nothing on the page');
    await until(shadow(form), () => shadow(form).querySelectorAll('.chosen__item').length === 2, 'the form does not list the two entries');
    const chosen = readBasket(api).map((item) => item.id);

    const email = shadow(form).querySelector<HTMLInputElement>('#email')!;
    email.value = 'kari@example.no';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    shadow(form).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(shadow(form), () => shadow(form).querySelector('#receipt-heading'), 'no receipt', 15_000);

    expect(text(form)).to.contain('Sjekk e-posten din og bekreft innsynskravet');
    expect(text(form)).to.contain('eInnsyn har sendt en e-post til kari@example.no');
    const orders = (await (await fetch(`${site}__einnsyn-orders`)).json()) as { email: string; innsynskrav: { journalpost: string }[] }[];
    const order = orders.find((o) => o.email === 'kari@example.no');
    expect(order?.innsynskrav.map((krav) => krav.journalpost)).to.deep.equal(chosen);
    expect(shadow(form).querySelector('.receipt__id')!.textContent).to.match(/^ik_/);
    expect(readBasket(api)).to.deep.equal([]);
  });
});

// An element whose code loaded but whose texts did not (a 404, a network error, a CSP block on the catalog chunk)
// says so in its language with the built-in words, and its retry loads them once they can be had.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defineCatalog } from '../../src/shared/catalog.js';
import { InnsynElement } from '../../src/shared/innsyn-element.js';
import { until } from '../kit/until.js';

let failing = true;
const load = () => (failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ default: { hello: 'Hei' } }));
const probeCatalog = defineCatalog<{ hello: string }>({ nb: load, nn: load, en: load, se: load });

class TextFailureProbe extends InnsynElement {
  private readonly texts = this.useMessages(probeCatalog);
  override render() {
    return html`<p class="hello">${this.texts.value.hello}</p>`;
  }
}
customElements.define('text-failure-probe', TextFailureProbe);

describe('an element whose texts could not load', () => {
  const mounted: HTMLElement[] = [];
  const mount = (lang: string) => {
    const el = document.createElement('text-failure-probe');
    el.setAttribute('lang', lang);
    el.setAttribute('api', 'https://innsyn.example/api');
    document.body.append(el);
    mounted.push(el);
    return el;
  };
  const shows = (el: HTMLElement, text: string) =>
    until(el.shadowRoot!, () => el.shadowRoot!.textContent!.includes(text), `never showed "${text}"`);
  const retryButton = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;

  beforeEach(() => (failing = true));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('says so in its language with a retry, instead of a blank or endlessly loading box, and is accessible', async () => {
    const el = mount('nn');
    await shows(el, 'Kunne ikkje lasta innhaldet.');
    expect(retryButton(el).textContent).to.equal('Prøv igjen');
    await expect(el).to.be.accessible();
    const english = mount('en');
    await shows(english, 'Could not load this content.');
    expect(retryButton(english).textContent).to.equal('Try again');
  });

  it('keeps focus on the retry button when a retry fails again, and shows the texts once they load', async () => {
    const el = mount('nb');
    await shows(el, 'Kunne ikke laste innholdet.');
    const first = retryButton(el);
    first.focus();
    first.click();
    await until(el.shadowRoot!, () => retryButton(el) && retryButton(el) !== first, 'no new error after the failed retry');
    expect(el.shadowRoot!.activeElement).to.equal(retryButton(el));
    failing = false;
    retryButton(el).click();
    await shows(el, 'Hei');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

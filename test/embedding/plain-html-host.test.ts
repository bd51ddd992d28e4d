// (d) In a plain HTML page: the markup an editor pastes, then a site script using only DOM APIs (setAttribute, a
// property, addEventListener), as on any CMS without a framework.
import { expect } from '@open-wc/testing';
import { failWith } from '../mocks/publication-api.js';
import { worker, startWorker } from '../mocks/worker.js';
import { apiOf, embeddingHandlers, elementsUnderTest, loadBundle, markup, until } from './element-cases.js';

describe('elements in a plain HTML page', () => {
  let page: HTMLElement;

  before(async () => {
    await startWorker();
    await loadBundle();
  });

  beforeEach(() => {
    worker.use(...embeddingHandlers());
    page = document.createElement('main');
    document.body.append(page);
  });

  afterEach(() => page.remove());

  for (const element of elementsUnderTest()) {
    it(`<${element.tag}>: pasted markup, a property and an event through DOM APIs`, async () => {
      page.innerHTML = `<h2>Politikk</h2>${markup(element)}`;
      const el = page.querySelector<HTMLElement>(element.tag)!;
      await until(el, element.case.loaded, 'never showed its data from the pasted markup');

      const { property, event } = element.case;
      const received: CustomEvent[] = [];
      page.addEventListener(event.name, (e) => received.push(e as CustomEvent));
      (el as unknown as Record<string, unknown>)[property.name] = property.value;
      await until(el, property.applied, `did not apply the ${property.name} property`);

      await event.trigger(el);
      await until(el, () => received.length > 0, `no ${event.name} reached the page`);
      expect(received[0]!.bubbles && received[0]!.composed, 'bubbles out of the shadow root').to.equal(true);
      expect(received[0]!.detail).to.be.an('object');
    });

    it(`<${element.tag}>: reacts to an attribute a script changes later`, async () => {
      const wrong = 'https://api.test/wrong-address';
      failWith(404, 'Ukjent adresse', wrong);
      page.innerHTML = markup(element, wrong);
      const el = page.querySelector<HTMLElement>(element.tag)!;
      await until(el, (root) => root.querySelector('[part~="error"]') !== null, 'showed no error for an unknown API');
      el.setAttribute('api', apiOf(element));
      await until(el, element.case.loaded, 'did not load after the api attribute changed');
    });
  }
});

// (c) A page served with `Content-Security-Policy: script-src 'self'; style-src 'self'; object-src 'none';
// require-trusted-types-for 'script'` (a response header, see test/embedding/wtr-plugins.mjs): the script-tag bundle
// from the same origin renders every element against the API and causes no policy violation.
import { expect } from '@open-wc/testing';
import { bypass } from 'msw';
import { worker, startWorker } from '../../mocks/worker.js';
import { publicationApiHandlers } from '../../../sample/handlers.js';
import { embeddingHandlers, createElement, elementsUnderTest, embeddingDataset, HELD_MEETING_ID, loadBundle, until } from '../element-cases.js';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

const violations = () => (window as unknown as { __innsynCspViolations: Violation[] }).__innsynCspViolations;

describe('elements under a strict Content-Security-Policy with Trusted Types', () => {
  const hosts: HTMLElement[] = [];

  before(async () => {
    await startWorker();
    await loadBundle();
  });

  beforeEach(() => worker.use(...embeddingHandlers()));
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('is served with the strict policy as a header', async () => {
    const response = await fetch(bypass(location.href));
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'",
    );
  });

  for (const element of elementsUnderTest()) {
    it(`renders <${element.tag}> with its styles and takes a property, without a violation`, async () => {
      const el = createElement(element);
      hosts.push(el);
      document.body.append(el);
      await until(el, element.case.loaded, 'never showed its data');
      const root = el.shadowRoot!;
      expect(root.adoptedStyleSheets.length, 'its styles are adopted stylesheets').to.be.greaterThan(0);
      const button = root.querySelector('button')!;
      expect(getComputedStyle(button).minHeight, 'its own styles apply').to.not.equal('auto');
      Object.assign(el, { [element.case.property.name]: element.case.property.value });
      await until(el, element.case.property.applied, `did not apply the ${element.case.property.name} property`);
      expect(violations()).to.deep.equal([]);
    });
  }

  it('reported no violation at all while the elements ran', () => {
    expect(violations()).to.deep.equal([]);
  });

  // Known and harmless: DOMPurify parses hostile HTML from the API in an inert document, and Chromium reports the
  // inline handler it meets there as blocked (script-src-attr) although nothing could run. A site that collects CSP
  // reports sees one whenever its API sends such HTML; the handler never runs.
  it('keeps an inline handler in API data from running; the only report is the blocked attribute', async () => {
    const before = violations().length;
    const api = 'https://api.test/hostile';
    worker.use(...publicationApiHandlers(api, embeddingDataset('<p>Vedtatt.</p><img src=x onerror="window.__pwned=1">')));
    const el = document.createElement('innsyn-agenda');
    el.setAttribute('api', api);
    el.setAttribute('meeting', HELD_MEETING_ID);
    hosts.push(el);
    document.body.append(el);
    // Decisions are built when their item is opened, as a citizen does here.
    await until(el, (root) => root.querySelector('.disclosure') !== null, 'never showed the agenda');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.disclosure')!.click();
    await until(el, (root) => (root.textContent ?? '').includes('Vedtatt.'), 'never showed the decision');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(violations().slice(before).map((violation) => violation.directive)).to.satisfy((directives: string[]) =>
      directives.every((directive) => directive === 'script-src-attr'),
    );
  });

  // Last, because it causes violations on purpose: proves the policy is enforced and the recorder hears it.
  it('really enforces the policy on this page', () => {
    const probe = document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>text</b>';
    }).to.throw(TypeError);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
    const blocked = getComputedStyle(document.body).outlineStyle !== 'solid';
    style.remove();
    expect(blocked, 'an inline <style> is refused').to.equal(true);
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(violations().map((violation) => violation.directive)).to.include.members([
          'require-trusted-types-for',
          'style-src-elem',
        ]);
        resolve();
      }),
    );
  });
});

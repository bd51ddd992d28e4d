import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { parseUrlStateMode, propertyKey, readUrlState, UrlStateBinding, writeUrlState, type UrlStateMode } from '../../src/shared/url-state.js';

class UrlStateProbe extends LitElement {
  static override properties = { page: {}, filter: {} };
  page = '';
  filter = '';
  mode: UrlStateMode = 'query';
  navigations = 0;
  readonly address = new UrlStateBinding(this, () => this.mode, {
    page: propertyKey(this, 'page', 'probe-page', { history: 'push', parse: (value) => value ?? '' }),
    filter: propertyKey(this, 'filter', 'probe-filter', { parse: (value) => (value === 'bad' ? undefined : value ?? '') }),
  }, () => (this.navigations += 1));
}
customElements.define('url-state-probe', UrlStateProbe);

const start = location.pathname;
const popstate = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

describe('url-state', () => {
  afterEach(() => history.replaceState(null, '', start));

  it('reads only query or hash as a mode', () => {
    expect(parseUrlStateMode('query')).to.equal('query');
    expect(parseUrlStateMode('hash')).to.equal('hash');
    expect(parseUrlStateMode('yes')).to.equal('none');
    expect(parseUrlStateMode(null)).to.equal('none');
  });

  it('writes its keys and leaves the page\'s own parameters alone', () => {
    history.replaceState(null, '', `${start}?side=3`);
    writeUrlState('query', { 'innsyn-a': 'x y', 'innsyn-b': undefined });
    expect(new URLSearchParams(location.search).get('side')).to.equal('3');
    expect(readUrlState('query', 'innsyn-a')).to.equal('x y');
    writeUrlState('query', { 'innsyn-a': '' });
    expect(location.search).to.equal('?side=3');
  });

  it('keeps state in the hash when asked, and nothing at all with mode none', () => {
    writeUrlState('hash', { 'innsyn-a': '1' });
    expect(location.hash).to.equal('#innsyn-a=1');
    writeUrlState('none', { 'innsyn-b': '2' });
    expect(location.href).not.to.contain('innsyn-b');
    expect(readUrlState('none', 'innsyn-a')).to.equal(undefined);
  });

  it('reads declared keys into properties on connect, skipping values the key refuses', async () => {
    history.replaceState(null, '', `${start}?probe-page=2&probe-filter=bad`);
    const el = await fixture<UrlStateProbe>(html`<url-state-probe></url-state-probe>`);
    expect(el.page).to.equal('2');
    expect(el.filter).to.equal('');
  });

  it('pushes a history entry only when a push key changed, and Back restores the property', async () => {
    const el = await fixture<UrlStateProbe>(html`<url-state-probe></url-state-probe>`);
    // Counted at pushState, not by history.length: the runner reuses the tab for several files, and Chromium keeps
    // at most 50 entries, after which a push no longer makes the history longer.
    let pushes = 0;
    const push = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushes += 1;
      push.apply(this, args);
    };
    try {
      el.filter = 'a';
      el.address.write();
      expect(pushes).to.equal(0);
      el.page = '2';
      el.address.write();
      expect(pushes).to.equal(1);
    } finally {
      history.pushState = push;
    }
    expect(readUrlState('query', 'probe-page')).to.equal('2');

    const back = popstate();
    history.back();
    await back;
    expect(el.page).to.equal('');
    expect(el.navigations).to.equal(1);
  });
});

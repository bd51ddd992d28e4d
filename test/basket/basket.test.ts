import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../kit/until.js';
import * as basket from '../../src/shared/basket/basket.js';
import {
  addToBasket,
  basketKey,
  basketStorageKey,
  clearBasket,
  onBasketChange,
  readBasket,
  removeFromBasket,
  toAccessRequestTarget,
  type BasketItem,
} from '../../src/shared/basket/basket.js';
import { BasketController } from '../../src/shared/basket/basket-controller.js';
import { LitElement } from 'lit';

// This file's own APIs: the basket lives in localStorage, which test files running side by side share.
const API = 'https://api.test/basket-tests';
const OTHER_API = 'https://api.test/basket-tests-other';
const item = (id: string, extra: Partial<BasketItem> = {}) => ({
  kind: 'agenda-item' as const,
  id,
  title: `PS ${id}/26 Sak ${id}`,
  caseNumber: '2026/101',
  meetingId: 'm-1',
  ...extra,
});
type BasketModule = typeof basket;

/** A second, independent instance of the module, as another script tag would load it. */
const secondCopy = () => import(/* @vite-ignore */ `${new URL('../../src/shared/basket/basket.ts', import.meta.url).href}?copy=2`) as Promise<BasketModule>;

class BasketView extends LitElement {
  basket = new BasketController(this, () => API);
  override render() {
    return html`<p>${this.basket.items.length}</p>`;
  }
}
customElements.define('test-basket-view', BasketView);

describe('request basket', () => {
  beforeEach(() => {
    localStorage.clear();
    clearBasket(API);
    clearBasket(OTHER_API);
  });
  after(() => localStorage.clear());

  it('adds, removes and clears items, oldest first', () => {
    addToBasket(API, item('1'));
    addToBasket(API, item('2', { kind: 'journal-entry', caseNumber: undefined, meetingId: undefined }));
    expect(readBasket(API).map(basketKey)).to.deep.equal(['agenda-item:1', 'journal-entry:2']);
    expect(readBasket(API)[1]).to.not.have.property('caseNumber');
    removeFromBasket(API, 'agenda-item:1');
    expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['2']);
    clearBasket(API);
    expect(readBasket(API)).to.deep.equal([]);
  });

  it('keeps one entry per target when the same item is added twice', () => {
    addToBasket(API, item('1', { addedAt: '2026-03-01T10:00:00.000Z' }));
    addToBasket(API, item('1', { title: 'Another title' }));
    expect(readBasket(API)).to.have.length(1);
    expect(readBasket(API)[0]!.addedAt).to.equal('2026-03-01T10:00:00.000Z');
  });

  it('keeps a basket per API, and treats a trailing slash as the same API', () => {
    addToBasket(API, item('1'));
    expect(readBasket(OTHER_API)).to.deep.equal([]);
    expect(readBasket(`${API}/`)).to.have.length(1);
    expect(basketStorageKey(API)).to.equal('innsyn-elements:basket:v1:https://api.test/basket-tests');
  });

  it('stores in localStorage, so another page of the site sees it', () => {
    addToBasket(API, item('1'));
    const stored = JSON.parse(localStorage.getItem(basketStorageKey(API))!) as BasketItem[];
    expect(stored.map((entry) => entry.id)).to.deep.equal(['1']);
  });

  it('gives the access request form the targets it posts', () => {
    addToBasket(API, item('1'));
    expect(readBasket(API).map(toAccessRequestTarget)).to.deep.equal([{ kind: 'agenda-item', id: '1' }]);
  });

  it('announces every change on window with the items', () => {
    const seen: basket.BasketChangeDetail[] = [];
    const listener = (event: CustomEvent<basket.BasketChangeDetail>) => seen.push(event.detail);
    window.addEventListener('innsyn-basket-change', listener);
    addToBasket(API, item('1'));
    clearBasket(API);
    window.removeEventListener('innsyn-basket-change', listener);
    expect(seen.map((detail) => detail.items.length)).to.deep.equal([1, 0]);
    expect(seen[0]!.api).to.equal(API);
  });

  it('refuses an item that is not one, instead of storing it', () => {
    expect(() => addToBasket(API, { kind: 'meeting' as 'agenda-item', id: '1', title: 'x' })).to.throw(TypeError);
    expect(readBasket(API)).to.deep.equal([]);
  });

  it('shares the basket with a second copy of the library loaded separately', async () => {
    const copy = await secondCopy();
    expect(copy.readBasket).to.not.equal(readBasket);
    const heard: number[] = [];
    const stop = copy.onBasketChange(API, (items) => heard.push(items.length));
    addToBasket(API, item('1'));
    expect(copy.readBasket(API).map((entry) => entry.id)).to.deep.equal(['1']);
    copy.addToBasket(API, item('2'));
    expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['1', '2']);
    copy.removeFromBasket(API, 'agenda-item:1');
    expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['2']);
    stop();
    expect(heard).to.deep.equal([1, 2, 1]);
  });

  it('picks up a change made in another tab through the storage event', () => {
    const heard: string[][] = [];
    const stop = onBasketChange(API, (items) => heard.push(items.map((entry) => entry.id)));
    const value = JSON.stringify([{ ...item('9'), addedAt: '2026-03-01T10:00:00.000Z' }]);
    localStorage.setItem(basketStorageKey(API), value);
    window.dispatchEvent(new StorageEvent('storage', { key: basketStorageKey(API), newValue: value, storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '1', storageArea: localStorage }));
    stop();
    expect(heard).to.deep.equal([['9']]);
  });

  it('reads corrupted or foreign data as an empty basket, keeps the valid entries, and recovers on the next add', () => {
    localStorage.setItem(basketStorageKey(API), '{not json');
    expect(readBasket(API)).to.deep.equal([]);
    localStorage.setItem(basketStorageKey(API), JSON.stringify({ items: 'v2 format' }));
    expect(readBasket(API)).to.deep.equal([]);
    localStorage.setItem(
      basketStorageKey(API),
      JSON.stringify([null, 7, { kind: 'agenda-item' }, { ...item('3'), addedAt: '2026-03-01T10:00:00.000Z' }, { ...item('3'), addedAt: 'x' }]),
    );
    expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['3']);
    addToBasket(API, item('4'));
    expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['3', '4']);
  });

  describe('when storage refuses', () => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    afterEach(() => Object.defineProperty(Storage.prototype, 'setItem', original));

    it('keeps working in memory when the quota is full, and tells other copies', async () => {
      Object.defineProperty(Storage.prototype, 'setItem', {
        configurable: true,
        value() {
          throw new DOMException('full', 'QuotaExceededError');
        },
      });
      const copy = await secondCopy();
      expect(() => addToBasket(API, item('1'))).to.not.throw();
      expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['1']);
      expect(copy.readBasket(API).map((entry) => entry.id)).to.deep.equal(['1']);
      removeFromBasket(API, 'agenda-item:1');
      expect(readBasket(API)).to.deep.equal([]);
      Object.defineProperty(Storage.prototype, 'setItem', original);
      addToBasket(API, item('2'));
      expect(JSON.parse(localStorage.getItem(basketStorageKey(API))!)).to.have.length(1);
    });

    it('keeps working where localStorage itself throws (blocked site data)', () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        expect(readBasket(API)).to.deep.equal([]);
        addToBasket(API, item('1'));
        expect(readBasket(API).map((entry) => entry.id)).to.deep.equal(['1']);
        clearBasket(API);
        expect(readBasket(API)).to.deep.equal([]);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
      }
    });
  });

  describe('in an element', () => {
    it('shows the stored basket in a re-created element and follows later changes', async () => {
      addToBasket(API, item('1'));
      const first = await fixture<BasketView>(html`<test-basket-view></test-basket-view>`);
      expect(first.shadowRoot!.textContent).to.equal('1');
      first.remove();
      const second = await fixture<BasketView>(html`<test-basket-view></test-basket-view>`);
      expect(second.shadowRoot!.textContent).to.equal('1');
      addToBasket(API, item('2'));
      await until(second.shadowRoot!, () => second.shadowRoot!.textContent === '2');
      (await secondCopy()).clearBasket(API);
      await until(second.shadowRoot!, () => second.shadowRoot!.textContent === '0');
    });

    it('stops listening when the element leaves the page', async () => {
      const el = await fixture<BasketView>(html`<test-basket-view></test-basket-view>`);
      el.remove();
      addToBasket(API, item('1'));
      await el.updateComplete;
      expect(el.basket.items).to.deep.equal([]);
    });
  });
});

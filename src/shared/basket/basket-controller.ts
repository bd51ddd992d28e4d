// Keeps an element's view of the shared basket current and re-renders it on every change, from any source.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addToBasket, basketKey, onBasketChange, readBasket, removeFromBasket, clearBasket, type BasketItem } from './basket.js';

export class BasketController implements ReactiveController {
  items: BasketItem[] = [];
  private stop?: () => void;
  private listeningTo?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The API base URL the basket belongs to; read on connect and on every update. */
    private readonly api: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostUpdate(): void {
    if (this.api() !== this.listeningTo) this.listen();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.listeningTo = undefined;
  }

  has(item: Pick<BasketItem, 'kind' | 'id'>): boolean {
    const key = basketKey(item);
    return this.items.some((entry) => basketKey(entry) === key);
  }

  toggle(item: Omit<BasketItem, 'addedAt'>): void {
    if (this.has(item)) removeFromBasket(this.api(), basketKey(item));
    else addToBasket(this.api(), item);
  }

  remove(item: Pick<BasketItem, 'kind' | 'id'>): void {
    removeFromBasket(this.api(), basketKey(item));
  }

  clear(): void {
    clearBasket(this.api());
  }

  private listen(): void {
    this.stop?.();
    const api = this.api();
    this.listeningTo = api;
    if (!api.trim()) {
      this.items = [];
      return;
    }
    this.items = readBasket(api);
    this.stop = onBasketChange(api, (items) => {
      this.items = items;
      this.host.requestUpdate();
    });
  }
}

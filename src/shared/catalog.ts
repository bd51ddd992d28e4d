// Message catalogs with one module per language, so a page downloads only the language it shows (and another only
// when `lang` changes). Loaded modules stay in memory for every element of this copy of the library.
import type { Locale } from './locale.js';

type CatalogLoaders<T> = Record<Locale, () => Promise<{ default: T }>>;

export class Catalog<T> {
  private readonly loaded = new Map<Locale, T>();
  private readonly pending = new Map<Locale, Promise<T>>();

  constructor(private readonly loaders: CatalogLoaders<T>) {}

  /** The catalog of a language if it has arrived. */
  get(locale: Locale): T | undefined {
    return this.loaded.get(locale);
  }

  /** Loads a language once; a failed load is forgotten so the next call tries again. */
  load(locale: Locale): Promise<T> {
    const known = this.loaded.get(locale);
    if (known) return Promise.resolve(known);
    let request = this.pending.get(locale);
    if (!request) {
      request = this.loaders[locale]().then(
        (module) => {
          this.loaded.set(locale, module.default);
          this.pending.delete(locale);
          return module.default;
        },
        (error: unknown) => {
          this.pending.delete(locale);
          throw error;
        },
      );
      this.pending.set(locale, request);
    }
    return request;
  }
}

/** `import()` of each language's module, written out so bundlers emit one chunk per language. */
export function defineCatalog<T>(loaders: CatalogLoaders<T>): Catalog<T> {
  return new Catalog(loaders);
}

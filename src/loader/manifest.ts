// What the script-tag loader knows about the built chunks; scripts/build.ts writes it into dist/cdn/innsyn-elements.js.
import type { Locale } from '../shared/locale.js';

export interface ElementFiles {
  /** The element's own script, which registers its tag (also usable alone as a per-element script tag). */
  entry: string;
  /** Every chunk the entry imports, directly or not: fetched at once instead of one import level per round trip. */
  chunks: string[];
  /** The chunks of each language's texts, loaded by the element on demand; the loader preloads the page's language. */
  messages: Record<Locale, string[]>;
}

/** Paths relative to the loader's own URL. */
export interface LoaderManifest {
  /** Per tag. */
  elements: Record<string, ElementFiles>;
  /** The module that starts an element's first API requests (src/loader/first-requests.ts); every element's chunks hold what it imports. */
  requests: string;
}

import { VERSION } from '../version.js';

/**
 * Registers a tag once. A second copy of the library (two script tags, or a bundle next to the npm package) finds
 * the tag taken and leaves the first definition in place instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== VERSION) {
    console.warn(`<${tag}> is already defined by innsyn-elements ${existing.version ?? '(unknown version)'}; version ${VERSION} was not registered.`);
  }
}

// The language of the API's own texts (body names, titles, decisions), so they can be marked with `lang` when the
// element speaks another one and a screen reader reads them with the right voice (WCAG 3.1.2).
import type { ServiceDocument } from '../api/types.js';
import { matchLocale, type Locale } from './locale.js';

/**
 * The `lang` to put on data, or undefined when none is needed: when the API lists the element's language it answers
 * in it (Accept-Language); otherwise its texts are in the first language it lists.
 */
export function dataLang(service: ServiceDocument | undefined, locale: Locale): string | undefined {
  const languages = service?.languages.filter((tag) => tag.trim()) ?? [];
  if (!languages.length || languages.some((tag) => matchLocale(tag) === locale)) return undefined;
  return languages[0];
}

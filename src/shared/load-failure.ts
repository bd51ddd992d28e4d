// The few words an element shows when its code or its texts could not load. Built in rather than in a catalog, since
// a catalog may be what failed; the script-tag loader carries them too, so keep them short.
import type { Locale } from './locale.js';

/** Set by the loader on an element whose code did not arrive; removed when it has. Host pages may style it. */
export const LOAD_FAILED_ATTRIBUTE = 'data-innsyn-load-failed';

export const LOAD_FAILURE_TEXT: Record<Locale, readonly [message: string, retry: string]> = {
  nb: ['Kunne ikke laste innholdet.', 'Prøv igjen'],
  nn: ['Kunne ikkje lasta innhaldet.', 'Prøv igjen'],
  en: ['Could not load this content.', 'Try again'],
  se: ['Ii sáhttán viežžat sisdoalu.', 'Geahččal ođđasit'],
};

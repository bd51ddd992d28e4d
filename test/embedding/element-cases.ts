// What the embedding proofs need to know about each element: the markup an editor pastes, how to tell it has loaded,
// one property and one event a host page uses. A new element in scripts/elements.ts needs one entry here; the
// proofs fail with a message naming it until it has one.
import type { RequestHandler } from 'msw';
import type { SampleDataset } from '../../sample/dataset.js';
import { publicationApiHandlers } from '../../sample/handlers.js';
import { ELEMENTS } from '../../scripts/elements.js';
import { API, doc, item, meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { journal } from '../fixtures/mini-journal.js';
import { addToBasket, readBasket } from '../../src/shared/basket/basket.js';

export { API };

/**
 * The access request's proofs fill a basket, which lives in localStorage per API and so is shared with test files
 * running beside these (the agenda's and the journal's on API): they get an API of their own.
 */
export const BASKET_API = 'https://api.test/innebygging';

export interface EmbeddingCase {
  /** The API the element is pointed at; API unless the case needs its own. */
  api?: string;
  /** Attributes besides `api`, as an editor would write them. */
  attributes: Record<string, string>;
  /** True once the element shows its data. */
  loaded(root: ShadowRoot): boolean;
  /** A property a script sets, and how to see it took effect. */
  property: { name: string; value: unknown; applied(root: ShadowRoot): boolean };
  /** An event a host listens to, and what makes the element fire it. */
  event: { name: string; trigger(el: HTMLElement): void | Promise<void> };
  /** Display values the element's own layout relies on, by selector in its shadow root. */
  layout: [selector: string, display: string][];
}

const text = (root: ShadowRoot) => root.textContent ?? '';

/** A held meeting whose decision carries a little HTML, so the agenda's sanitizing path runs too. */
export const HELD_MEETING_ID = 'm-embedding-held';
export const DECISION_HTML = '<p><strong>Vedtak:</strong> Planen vedtas.</p><ul><li>Storgata blir gågate.</li></ul>';

export function embeddingDataset(decision = DECISION_HTML): SampleDataset {
  const held = {
    ...meetings[0]!,
    id: HELD_MEETING_ID,
    start: '2026-02-12T18:00:00+01:00',
    status: 'held' as const,
    minutes: doc('doc-embedding-minutes', 'Møteprotokoll Kommunestyret 12.02.2026', 'minutes'),
    agendaItems: [
      item({
        id: 'ai-embedding-1', number: 'PS 10/26', sequence: 1, title: 'Reguleringsplan for Storgata',
        decision,
      }),
    ],
  };
  return miniDataset({ meetings: [held, ...meetings], journal });
}

export const CASES: Record<string, EmbeddingCase> = {
  'meeting-calendar': {
    attributes: { month: '2026-03', view: 'list', lang: 'nb' },
    loaded: (root) => root.querySelectorAll('.meeting').length === 4,
    property: { name: 'view', value: 'month', applied: (root) => root.querySelectorAll('.grid td').length >= 28 },
    event: {
      name: 'innsyn-meeting-select',
      trigger: async (el) => {
        el.setAttribute('view', 'list');
        await until(el, (root) => root.querySelector('.meeting__link') !== null, 'shows no meeting to choose');
        el.shadowRoot!.querySelector<HTMLElement>('.meeting__link')!.click();
      },
    },
    layout: [['.toolbar', 'flex'], ['.list', 'block']],
  },
  agenda: {
    attributes: { meeting: HELD_MEETING_ID, lang: 'nb' },
    loaded: (root) => text(root).includes('Reguleringsplan for Storgata'),
    property: { name: 'meeting', value: 'm-fsk-2026-03-05', applied: (root) => text(root).includes('Formannskapet') },
    event: {
      name: 'innsyn-meeting-shown',
      trigger: (el) => {
        Object.assign(el, { meeting: 'm-kst-2026-03-12' });
      },
    },
    layout: [['.items', 'block']],
  },
  'access-request': {
    api: BASKET_API,
    attributes: { lang: 'nb', 'min-fill-seconds': '0' },
    // The form shows for a filled basket, as after a click in an agenda; each proof starts with one item in it.
    loaded: (root) => {
      const api = (root.host as HTMLElement).getAttribute('api') ?? BASKET_API;
      if (!readBasket(api).length) addToBasket(api, { kind: 'agenda-item', id: 'ai-embedding-1', title: 'PS 10/26 Reguleringsplan for Storgata' });
      return root.querySelector('form button') !== null;
    },
    property: { name: 'lang', value: 'en', applied: (root) => text(root).includes('Send the access request') },
    event: {
      name: 'innsyn-access-request-sent',
      trigger: async (el) => {
        await until(el, (root) => root.querySelector('#email') !== null, 'shows no form for a filled basket');
        const email = el.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
        email.value = 'ola@example.com';
        email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      },
    },
    layout: [['.root', 'block']],
  },
  'journal-search': {
    attributes: { lang: 'nb' },
    loaded: (root) => root.querySelectorAll('.entry').length === 5,
    property: { name: 'lang', value: 'en', applied: (root) => text(root).includes('Search the public journal') },
    event: {
      name: 'innsyn-journal-entry-select',
      trigger: async (el) => {
        await until(el, (root) => root.querySelector('.entry .disclosure') !== null, 'shows no journal entry to open');
        el.shadowRoot!.querySelector<HTMLButtonElement>('.entry .disclosure')!.click();
      },
    },
    layout: [['.entries', 'block'], ['.search', 'flex']],
  },
};

export interface ElementUnderTest {
  name: string;
  tag: string;
  case: EmbeddingCase;
}

/** Every element in scripts/elements.ts with its case; throws for an element that has none yet. */
export function elementsUnderTest(): ElementUnderTest[] {
  return ELEMENTS.map((name) => {
    const found = CASES[name];
    if (!found) throw new Error(`test/embedding/element-cases.ts has no entry for '${name}': add one to CASES.`);
    return { name, tag: `innsyn-${name}`, case: found };
  });
}

/** Markup as an editor pastes it into a CMS. */
/** The API an element under test is pointed at. */
export function apiOf(element: ElementUnderTest): string {
  return element.case.api ?? API;
}

/** The sample API over the embedding dataset at every API a case uses. */
export function embeddingHandlers(): RequestHandler[] {
  return [API, BASKET_API].flatMap((base) => publicationApiHandlers(base, embeddingDataset()));
}

export function markup(element: ElementUnderTest, api = apiOf(element)): string {
  const { tag, case: { attributes } } = element;
  const attrs = Object.entries({ api, ...attributes }).map(([name, value]) => ` ${name}="${value}"`).join('');
  return `<${tag}${attrs}></${tag}>`;
}

export function createElement(element: ElementUnderTest, api = apiOf(element)): HTMLElement {
  const { tag, case: { attributes } } = element;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ api, ...attributes })) el.setAttribute(name, value);
  return el;
}

/** Resolves when `check` passes; rejects with `what` after the timeout. */
export async function waitFor(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeout) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves when `check` passes on the element's shadow root. */
export function until(el: HTMLElement, check: (root: ShadowRoot) => boolean, what: string): Promise<void> {
  return waitFor(() => el.shadowRoot !== null && check(el.shadowRoot), `<${el.localName}> ${what}`);
}

/** The script tag of the README: the autoloader, which registers each element when it appears in the page. */
export const BUNDLE = '/dist/cdn/innsyn-elements.js';

/** Loads the script-tag bundle as an editor's page does (a module script from the same origin, or a CDN). */
export function loadBundle(url = BUNDLE): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}

/// <reference types="vite/client" />
// Theming: the same elements on two kinds of host site, themed only through --innsyn-* custom properties and
// ::part(), plus a reference of every token and part read from custom-elements.json. Every registered element
// (scripts/elements.ts) appears; a new one needs at most a line in ATTRIBUTES for the data it should show.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ELEMENTS } from '../scripts/elements.js';
import '../src/innsyn-elements.js';
import { sampleApi, STORY_API, storyDataset } from './sample-api.js';

type ElementName = (typeof ELEMENTS)[number];

/** What each element shows in these stories, besides `api`. */
const ATTRIBUTES: Partial<Record<ElementName, () => Record<string, string>>> = {
  'meeting-calendar': () => ({ month: '2026-03', lang: 'nb' }),
  agenda: () => {
    const meeting = storyDataset().meetings.find((candidate) => candidate.start.startsWith('2026-03') && candidate.agendaItems.length > 0);
    return { meeting: meeting?.id ?? '', lang: 'nb' };
  },
};

interface Theme {
  /** Class of the host site's wrapper: the theme applies to the elements only through it. */
  name: string;
  /** The host site's own stylesheet: its look, then the --innsyn-* tokens and ::part rules a developer adds. */
  css: string;
  siteTitle: string;
}

/** A site built with Digdir's Designsystemet look (an approximation of its public tokens, not the package itself). */
const DESIGNSYSTEMET_LIKE: Theme = {
  name: 'ds-site',
  siteTitle: 'Eksempel kommune',
  css: `
    .ds-site {
      --ds-font: 'Inter', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
      --ds-color-accent: #0062ba;
      --ds-color-accent-contrast: #ffffff;
      --ds-color-text: #1e2b3c;
      --ds-color-text-subtle: #4b5563;
      --ds-color-border: #c4cfdc;
      --ds-color-surface-tinted: #f1f4f9;
      --ds-color-danger: #c01b1b;
      --ds-color-warning: #b25900;
      --ds-color-focus: #ffda06;
      --ds-radius: 4px;
      font-family: var(--ds-font);
      font-size: 1.125rem;
      color: var(--ds-color-text);
      background: #ffffff;
      padding: 1.5rem;
    }
    .ds-site header { border-bottom: 1px solid var(--ds-color-border); margin-bottom: 1.5rem; }
    .ds-site h1 { font-size: 1.75rem; font-weight: 600; margin: 0 0 0.75rem; }

    /* The mapping a site's developer writes once: Designsystemet tokens onto innsyn tokens (they inherit). */
    .ds-site {
      --innsyn-font-family: var(--ds-font);
      --innsyn-color-text: var(--ds-color-text);
      --innsyn-color-muted: var(--ds-color-text-subtle);
      --innsyn-color-accent: var(--ds-color-accent);
      --innsyn-color-accent-contrast: var(--ds-color-accent-contrast);
      --innsyn-color-border: var(--ds-color-border);
      --innsyn-color-surface-alt: var(--ds-color-surface-tinted);
      --innsyn-color-danger: var(--ds-color-danger);
      --innsyn-color-warning: var(--ds-color-warning);
      --innsyn-color-focus: var(--ds-color-focus);
      --innsyn-radius: var(--ds-radius);
      --innsyn-space: 1.25rem;
    }
    .ds-site [data-innsyn] { margin-block-end: 2rem; }
    .ds-site [data-innsyn]::part(button) {
      border-color: var(--ds-color-accent);
      color: var(--ds-color-accent);
      font-weight: 500;
    }
    .ds-site [data-innsyn]::part(button-pressed) {
      background: var(--ds-color-accent);
      color: #fff;
    }
    .ds-site [data-innsyn]::part(heading) { font-weight: 600; }
  `,
};

/** A plain CMS theme: serif type, a warm accent, square corners, no design system. */
const PLAIN_CMS: Theme = {
  name: 'cms-site',
  siteTitle: 'Eksempel kommune – politikk og innsyn',
  css: `
    .cms-site {
      font-family: Georgia, 'Times New Roman', serif;
      font-size: 17px;
      line-height: 1.6;
      color: #2b2b2b;
      background: #fbf8f3;
      padding: 1.5rem;
    }
    .cms-site header { background: #7a1f1f; color: #fff; padding: 0.75rem 1rem; margin-bottom: 1.5rem; }
    .cms-site h1 { font-size: 1.5rem; margin: 0; font-weight: normal; }
    .cms-site [data-innsyn] {
      --innsyn-color-accent: #7a1f1f;
      --innsyn-color-accent-contrast: #fff;
      --innsyn-color-border: #d8cfc4;
      --innsyn-color-surface-alt: #f1ebe3;
      --innsyn-radius: 0;
      margin-block-end: 2rem;
    }
    .cms-site [data-innsyn]::part(heading) { font-variant: small-caps; letter-spacing: 0.03em; }
    .cms-site [data-innsyn]::part(meeting) { border-inline-start-width: 0.5em; }
  `,
};

/** Every registered element with the data it shows, under a host site styled by `theme`. */
function themedSite(theme: Theme): HTMLElement {
  const site = document.createElement('div');
  site.className = theme.name;
  const style = document.createElement('style');
  style.textContent = theme.css;
  const header = document.createElement('header');
  const title = document.createElement('h1');
  title.textContent = theme.siteTitle;
  header.append(title);
  site.append(style, header);
  for (const element of ELEMENTS) {
    const el = document.createElement(`innsyn-${element}`);
    el.dataset.innsyn = '';
    el.setAttribute('api', STORY_API);
    for (const [name, value] of Object.entries(ATTRIBUTES[element]?.() ?? {})) el.setAttribute(name, value);
    site.append(el);
  }
  return site;
}

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}

/** The tokens and parts documented in the elements' JSDoc, from custom-elements.json when `npm run build` wrote it. */
function reference(): HTMLElement {
  const manifests = import.meta.glob<{ modules: { declarations?: ManifestDeclaration[] }[] }>('../custom-elements.json', {
    eager: true,
    import: 'default',
  });
  const manifest = Object.values(manifests)[0];
  const section = document.createElement('section');
  section.style.padding = '1.5rem';
  if (!manifest) {
    section.textContent = 'Run `npm run build` to generate custom-elements.json, then reload.';
    return section;
  }
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const table = (caption: string, rows: [string, string, string][]) => {
    const el = document.createElement('table');
    el.style.borderCollapse = 'collapse';
    el.style.marginBlockEnd = '2rem';
    el.createCaption().textContent = caption;
    const head = el.createTHead().insertRow();
    for (const text of ['name', 'what it styles', 'elements']) head.appendChild(document.createElement('th')).textContent = text;
    const body = el.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((text, index) => {
        const cell = tr.insertCell();
        cell.style.padding = '0.25rem 0.75rem';
        cell.style.borderTop = '1px solid #ccc';
        if (index === 0) cell.appendChild(document.createElement('code')).textContent = text;
        else cell.textContent = text;
      });
    }
    return el;
  };
  const collect = (pick: (d: ManifestDeclaration) => { name: string; description?: string }[] | undefined) => {
    const byName = new Map<string, { description: string; tags: string[] }>();
    for (const declaration of declarations) {
      for (const entry of pick(declaration) ?? []) {
        const known = byName.get(entry.name) ?? { description: entry.description ?? '', tags: [] };
        if (entry.description && !known.description.includes(entry.description)) known.description += ` / ${entry.description}`;
        known.tags.push(declaration.tagName!);
        byName.set(entry.name, known);
      }
    }
    return [...byName].map(([name, { description, tags }]): [string, string, string] => [name, description, tags.join(', ')]);
  };
  section.append(
    table('CSS custom properties (set them on the element or any ancestor)', collect((d) => d.cssProperties)),
    table('CSS parts (style them with innsyn-…::part(name))', collect((d) => d.cssParts).map(([name, ...rest]) => [`::part(${name})`, ...rest])),
  );
  return section;
}

const meta: Meta = {
  title: 'Theming',
  parameters: { msw: { handlers: sampleApi() }, layout: 'fullscreen' },
};
export default meta;

export const DesignsystemetLike: StoryObj = {
  name: 'Designsystemet-like site',
  render: () => themedSite(DESIGNSYSTEMET_LIKE),
};

export const PlainCmsTheme: StoryObj = {
  name: 'Plain CMS theme',
  render: () => themedSite(PLAIN_CMS),
};

export const Unthemed: StoryObj = {
  name: 'No theming (inherits the page)',
  render: () => themedSite({ name: 'plain', siteTitle: 'Eksempel kommune', css: '.plain { padding: 1.5rem; }' }),
};

export const TokensAndParts: StoryObj = {
  name: 'Tokens and parts (reference)',
  parameters: { msw: { handlers: [] } },
  render: () => reference(),
};

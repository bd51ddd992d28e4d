import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/journal-search/define.js';
import { failingApi, sampleApi, slowApi, storyDataset, STORY_API } from './sample-api.js';
import { publicationApiHandlers } from '../sample/handlers.js';

interface Args {
  api: string;
  lang: string;
  pageSize: number;
  unit: string;
  requestHref: string;
}

const meta: Meta<Args> = {
  title: 'Elements/innsyn-journal-search',
  component: 'innsyn-journal-search',
  args: { api: STORY_API, lang: 'nb', pageSize: 25, unit: '', requestHref: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en', 'se'] } },
  render: (args) => html`<innsyn-journal-search api=${args.api} lang=${args.lang} page-size=${args.pageSize} unit=${args.unit}
    request-href=${args.requestHref}></innsyn-journal-search>`,
  parameters: { msw: { handlers: sampleApi() } },
};
export default meta;

type Story = StoryObj<Args>;

/** The newest entries of the generated journal; type to search, open "Avgrens søket" for filters. */
export const Latest: Story = {};

/** The element's shadow root once its first results are on screen (a story's play function acts from there). */
export async function firstResults(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('innsyn-journal-search')!;
  await customElements.whenDefined('innsyn-journal-search');
  for (let tries = 0; tries < 200 && !el.shadowRoot?.querySelector('.entry'); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  return el.shadowRoot!;
}

/** "Grupper etter sak": each case (saksmappe) as a heading with its entries in journal order below it. */
export const GroupedByCase: Story = {
  play: async ({ canvasElement }) => {
    const root = await firstResults(canvasElement);
    root.querySelector<HTMLButtonElement>('.options button[aria-pressed]')!.click();
  },
};
/** One entry opened: its document date, properties, the state of its documents and its permalink. */
export const OpenedEntry: Story = {
  play: async ({ canvasElement }) => {
    const root = await firstResults(canvasElement);
    root.querySelector<HTMLButtonElement>('.entry .disclosure')!.click();
  },
};
/** A fixed unit, for a department's own site: no unit filter. */
export const OneUnit: Story = { args: { unit: 'Plan og bygg' } };
/** The basket bar links to the access request page. */
export const WithRequestPage: Story = { args: { requestHref: '/innsynskrav.html' } };
export const English: Story = { args: { lang: 'en' } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const NorthernSami: Story = { args: { lang: 'se' } };
export const Loading: Story = { parameters: { msw: { handlers: slowApi() } } };
export const Empty: Story = { parameters: { msw: { handlers: publicationApiHandlers(STORY_API, { ...storyDataset(), journal: [] }) } } };
export const ServerError: Story = { parameters: { msw: { handlers: failingApi() } } };
/** A search service that stops counting: "mer enn 100 treff". */
export const LowerBound: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(`${STORY_API}/journal`, () =>
          HttpResponse.json({ items: storyDataset().journal.slice(0, 25), next: `${STORY_API}/journal?cursor=story`, total: null, totalAtLeast: 100 }),
        ),
        ...sampleApi(),
      ],
    },
  },
};
export const MissingApi: Story = { args: { api: '' } };

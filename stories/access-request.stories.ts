import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { waitFor } from 'storybook/test';
import '../src/access-request/define.js';
import { addToBasket, clearBasket } from '../src/shared/basket/basket.js';
import { failingApi, sampleApi, storyDataset, STORY_API } from './sample-api.js';

interface Args {
  api: string;
  lang: string;
}

/** Two requestable items of the generated dataset in the basket, as after two clicks on "Be om innsyn". */
function fillBasket(): void {
  clearBasket(STORY_API);
  const items = storyDataset().meetings.flatMap((meeting) => meeting.agendaItems).filter((item) => item.canRequestAccess && (item.closed || !item.documents.length)).slice(0, 2);
  for (const item of items) {
    addToBasket(STORY_API, { kind: 'agenda-item', id: item.id, title: `${item.number} ${item.title}`, ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}) });
  }
}

const everyPost = (respond: () => Response | Promise<Response>) => http.post(`${STORY_API}/access-requests`, respond);

const meta: Meta<Args> = {
  title: 'Elements/innsyn-access-request',
  component: 'innsyn-access-request',
  args: { api: STORY_API, lang: 'nb' },
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en', 'se'] } },
  render: (args) => html`<innsyn-access-request api=${args.api} lang=${args.lang} min-fill-seconds="0"></innsyn-access-request>`,
  loaders: [async () => fillBasket()],
  parameters: { msw: { handlers: sampleApi() } },
};
export default meta;

type Story = StoryObj<Args>;

/** The form with two items; send it to see the receipt (status awaiting-confirmation). */
export const Form: Story = {};
export const BasketEmpty: Story = { loaders: [async () => clearBasket(STORY_API)] };
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(STORY_API, async () => { await delay('infinite'); return HttpResponse.text(''); })] } },
};
/** Fills in and submits the form (in the story's own msw server): an element with the form, then what to send. */
async function submit(canvas: HTMLElement, email: string): Promise<void> {
  const el = canvas.querySelector('innsyn-access-request')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('form')) throw new Error('form not shown yet');
  });
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** Sent without an e-mail address: the error summary, focused, linking to the field. */
export const ValidationError: Story = { play: ({ canvasElement }) => submit(canvasElement, '') };
/** Sent and received: the receipt, awaiting confirmation by e-mail, with the § 32 date and a print button. */
export const Success: Story = { play: ({ canvasElement }) => submit(canvasElement, 'ola.nordmann@example.com') };
/** Sent while the server fails with a 500: everything is kept, and retry is offered. */
export const ApiError: Story = {
  play: ({ canvasElement }) => submit(canvasElement, 'ola.nordmann@example.com'),
  parameters: {
    msw: {
      handlers: [
        everyPost(() => HttpResponse.json({ type: 'about:blank', title: 'Error', status: 500, detail: 'Sakssystemet svarer ikke.' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } })),
        ...sampleApi(),
      ],
    },
  },
};
/** Sent, and the API names a field error (problem+json errors[]), shown at the field. */
export const ApiFieldError: Story = {
  play: ({ canvasElement }) => submit(canvasElement, 'ola.nordmann@example.com'),
  parameters: {
    msw: {
      handlers: [
        everyPost(() => HttpResponse.json({ type: 'tag:innsyn-elements,2026:invalid-input', title: 'Ugyldig', status: 422, errors: [{ field: 'email', message: 'Vi kan ikke sende e-post til denne adressen.' }] }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } })),
        ...sampleApi(),
      ],
    },
  },
};
export const ServiceUnavailable: Story = { parameters: { msw: { handlers: failingApi() } } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const NorthernSami: Story = { args: { lang: 'se' } };

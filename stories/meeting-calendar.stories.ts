import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/meeting-calendar/define.js';
import { emptyApi, failingApi, sampleApi, slowApi, STORY_API } from './sample-api.js';

interface Args {
  api: string;
  month: string;
  body: string;
  view: 'month' | 'list';
  lang: string;
  agendaHref: string;
}

const meta: Meta<Args> = {
  title: 'Elements/innsyn-meeting-calendar',
  component: 'innsyn-meeting-calendar',
  args: { api: STORY_API, month: '2026-03', body: '', view: 'month', lang: 'nb', agendaHref: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'list'] },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en', 'se'] },
  },
  render: (args) => html`<innsyn-meeting-calendar
    api=${args.api}
    month=${args.month}
    body=${args.body}
    view=${args.view}
    lang=${args.lang}
    agenda-href=${args.agendaHref}
  ></innsyn-meeting-calendar>`,
  parameters: { msw: { handlers: sampleApi() } },
};
export default meta;

type Story = StoryObj<Args>;

export const MonthGrid: Story = {};
export const List: Story = { args: { view: 'list' } };
export const OneBody: Story = { args: { body: 'kommunestyret', view: 'list' } };
export const WithAgendaLinks: Story = { args: { agendaHref: '/mote.html?innsyn-meeting={id}', view: 'list' } };
export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const NorthernSami: Story = { args: { lang: 'se' } };
export const Empty: Story = { args: { view: 'list' }, parameters: { msw: { handlers: emptyApi() } } };
export const Loading: Story = { parameters: { msw: { handlers: slowApi() } } };
export const ServerError: Story = { parameters: { msw: { handlers: failingApi() } } };
export const MissingApiAttribute: Story = { args: { api: '' } };

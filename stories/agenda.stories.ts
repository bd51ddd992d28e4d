import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MeetingDetail } from '../src/api/types.js';
import '../src/agenda/define.js';
import '../src/meeting-calendar/define.js';
import { failingApi, sampleApi, slowApi, storyDataset, STORY_API } from './sample-api.js';

interface Args {
  api: string;
  meeting: string;
  lang: string;
  headingLevel: number;
}

/** Picks a meeting of the generated dataset, so the stories follow the generator instead of hard-coded ids. */
function pick(predicate: (meeting: MeetingDetail) => boolean, fallback = 'm-finnes-ikke'): string {
  const meetings = storyDataset().meetings;
  return [...meetings].reverse().find(predicate)?.id ?? fallback;
}

const held = () =>
  pick((m) => m.status === 'held' && m.minutes !== null && m.agendaItems.some((item) => item.decision?.includes('<')));
const planned = () => pick((m) => m.status === 'planned' && m.agendaItems.length > 3 && m.notice !== null);
const cancelled = () => pick((m) => m.status === 'cancelled');
const moved = () => pick((m) => m.status === 'moved' && m.originalStart !== null);
const withClosedItems = () => pick((m) => m.agendaItems.some((item) => item.closed));
const withoutAgenda = () => pick((m) => m.status === 'planned' && m.agendaItems.length === 0);
const withStream = () => pick((m) => m.streamUrl !== null || m.recordingUrl !== null);

const meta: Meta<Args> = {
  title: 'Elements/innsyn-agenda',
  component: 'innsyn-agenda',
  args: { api: STORY_API, meeting: '', lang: 'nb', headingLevel: 2 },
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en', 'se'] } },
  render: (args) => html`<innsyn-agenda
    api=${args.api}
    meeting=${args.meeting}
    lang=${args.lang}
    heading-level=${args.headingLevel}
  ></innsyn-agenda>`,
  parameters: { msw: { handlers: sampleApi() } },
};
export default meta;

type Story = StoryObj<Args>;

export const Planned: Story = { args: { meeting: planned() } };
export const HeldWithDecisionsAndMinutes: Story = { args: { meeting: held() } };
export const Cancelled: Story = { args: { meeting: cancelled() } };
export const Moved: Story = { args: { meeting: moved() } };
export const ClosedItems: Story = { args: { meeting: withClosedItems() } };
export const StreamOrRecording: Story = { args: { meeting: withStream() } };
export const AgendaNotPublished: Story = { args: { meeting: withoutAgenda() } };
export const NotFound: Story = { args: { meeting: 'm-finnes-ikke' } };
export const NoMeetingChosen: Story = { args: { meeting: '' } };
export const Loading: Story = { args: { meeting: held() }, parameters: { msw: { handlers: slowApi() } } };
export const ServerError: Story = { args: { meeting: held() }, parameters: { msw: { handlers: failingApi() } } };
export const MissingApiAttribute: Story = { args: { api: '', meeting: held() } };
export const Nynorsk: Story = { args: { meeting: held(), lang: 'nn' } };
export const English: Story = { args: { meeting: held(), lang: 'en' } };
export const NorthernSami: Story = { args: { meeting: held(), lang: 'se' } };

/** A calendar and an agenda on one page: picking a meeting shows its agenda below, and the calendar follows. */
export const WithCalendar: Story = {
  args: { meeting: planned() },
  render: (args) => html`
    <innsyn-meeting-calendar api=${args.api} lang=${args.lang} month="2026-03" view="list"></innsyn-meeting-calendar>
    <innsyn-agenda api=${args.api} meeting=${args.meeting} lang=${args.lang} follow-selection></innsyn-agenda>
  `,
};

// The sample publication API inside Storybook: the generated Eksempel kommune served by msw, plus failure modes.
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { SampleDataset } from '../sample/dataset.js';
import { generateSample } from '../sample/generate/index.js';
import { publicationApiHandlers } from '../sample/handlers.js';

export const STORY_API = 'https://innsyn.eksempel.example/api';
export const STORY_TODAY = new Date('2026-03-10T12:00:00+01:00');

let dataset: SampleDataset | undefined;
export function storyDataset(): SampleDataset {
  dataset ??= generateSample({ seed: 1, baseUrl: STORY_API, today: STORY_TODAY, journalSize: 2000 });
  return dataset;
}

export const sampleApi = (): RequestHandler[] => publicationApiHandlers(STORY_API, storyDataset());

export const emptyApi = (): RequestHandler[] =>
  publicationApiHandlers(STORY_API, { ...storyDataset(), meetings: [] });

const everything = new RegExp(`^${STORY_API.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`);

export const slowApi = (): RequestHandler[] => [
  http.all(everything, async () => {
    await delay('infinite');
    return HttpResponse.text('');
  }),
];

export const failingApi = (): RequestHandler[] => [
  http.all(everything, () =>
    HttpResponse.json(
      { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Sakssystemet svarer ikke.' },
      { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
    ),
  ),
];

// The seeded generator of Eksempel kommune's sample publication: same options, byte-identical data, in Node and browsers.
import type { GenerateOptions, SampleDataset } from '../dataset.js';
import { BODY_PLANS, INACTIVE_BODIES } from './bodies.js';
import { DocumentRegistry } from './documents.js';
import { buildJournal } from './journal.js';
import { buildMeetings } from './meetings.js';
import { dayFromYmd, osloDayOf, ymdFromDay } from './oslo-time.js';
import { deriveRandom } from './random.js';
import { disruptMeetings, scheduleMeetings } from './schedule.js';
import { serviceDocument } from './service.js';

export const DEFAULT_SEED = 9999;
/** A mid-sized municipality's public journal over three years. */
export const DEFAULT_JOURNAL_SIZE = 60_000;
export const JOURNAL_DAYS = 3 * 365;

export function generateSample(options: GenerateOptions): SampleDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const today = osloDayOf(options.today ?? new Date());
  const journalSize = Math.max(0, Math.floor(options.journalSize ?? DEFAULT_JOURNAL_SIZE));
  const registry = new DocumentRegistry(baseUrl);

  const windowStart = today - 365;
  const scheduleRandom = deriveRandom(seed, 'schedule');
  const slots = scheduleMeetings(BODY_PLANS, dayFromYmd(ymdFromDay(windowStart).year, 1, 1), today + 365, scheduleRandom);
  disruptMeetings(slots, windowStart, today, scheduleRandom);
  const meetings = buildMeetings({ slots, windowStart, today, random: deriveRandom(seed, 'meetings'), registry });

  const journal = buildJournal({ size: journalSize, firstDay: today - JOURNAL_DAYS, today, random: deriveRandom(seed, 'journal'), registry });

  return {
    service: serviceDocument(),
    bodies: [...BODY_PLANS.map((plan) => ({ ...plan.body })), ...INACTIVE_BODIES.map((body) => ({ ...body }))],
    meetings,
    journal,
    files: registry.files,
  };
}

export type { GenerateOptions, SampleDataset } from '../dataset.js';

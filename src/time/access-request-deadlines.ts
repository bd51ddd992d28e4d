// The dates offentleglova sets for an access request, counted in Europe/Oslo working days from the day it was received.
import { osloDateKey } from './oslo.js';
import { dayFromIsoDate, isoDate } from './calendar-day.js';
import { addWorkingDays } from './norwegian-holidays.js';

/** § 32 first paragraph: no answer within five working days of receipt counts as a refusal that can be appealed. */
export const REFUSAL_AFTER_WORKING_DAYS = 5;
/** The ministry's guidance on § 29 first paragraph ("utan ugrunna opphald"): normally within one to three working days. */
export const USUAL_ANSWER_WORKING_DAYS = 3;

export interface AccessRequestDeadlines {
  /** The Oslo day the request was received, YYYY-MM-DD. */
  received: string;
  /** The last day of the usual answer time (§ 29), YYYY-MM-DD. */
  usualAnswerBy: string;
  /** The last working day to answer; without an answer by its end, the request counts as refused (§ 32), YYYY-MM-DD. */
  refusalAfter: string;
}

export function accessRequestDeadlines(receivedAt: Date | string): AccessRequestDeadlines {
  const received = osloDateKey(receivedAt);
  const day = dayFromIsoDate(received);
  if (day === undefined) throw new RangeError(`Not a valid time: ${String(receivedAt)}`);
  return {
    received,
    usualAnswerBy: isoDate(addWorkingDays(day, USUAL_ANSWER_WORKING_DAYS)),
    refusalAfter: isoDate(addWorkingDays(day, REFUSAL_AFTER_WORKING_DAYS)),
  };
}

// When each body meets: a slot per meeting from 1 January of the first year (so that numbers count from the start of
// the year) to a year after today, with a few meetings cancelled or moved on both sides of today.
import type { BodyPlan } from './bodies.js';
import { addWorkdays, isWorkday, workdayOnOrAfter } from './office-days.js';
import { dayFromYmd, weekday, ymdFromDay } from './oslo-time.js';
import type { Random } from './random.js';

export interface MeetingSlot {
  plan: BodyPlan;
  id: string;
  year: number;
  day: number;
  startMinutes: number;
  /** Set when the meeting was moved: when it was first planned. */
  originalDay: number | null;
  originalStartMinutes: number | null;
  cancelled: boolean;
}

const CANCEL_RATE = 0.03;
const MOVE_RATE = 0.03;

function isHolidaySeason(day: number): boolean {
  const { month, date } = ymdFromDay(day);
  return (month === 7) || (month === 6 && date >= 25) || (month === 8 && date < 8) || (month === 12 && date >= 19) || (month === 1 && date < 6);
}

function nthWeekdayOfMonth(year: number, month: number, dow: number, n: number): number {
  const first = dayFromYmd(year, month, 1);
  return first + ((dow - weekday(first) + 7) % 7) + (n - 1) * 7;
}

function councilDays(plan: BodyPlan, from: number, to: number, random: Random): number[] {
  const days: number[] = [];
  const { year: firstYear } = ymdFromDay(from);
  const { year: lastYear } = ymdFromDay(to);
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      if (month === 7) continue;
      const week = month === 12 ? 2 : random.pick([2, 3, 3, 3, 4]);
      const day = workdayOnOrAfter(nthWeekdayOfMonth(year, month, plan.weekday, week));
      if (day >= from && day <= to) days.push(day);
    }
  }
  return days;
}

function periodicDays(plan: BodyPlan, rhythmWeeks: number, from: number, to: number, random: Random): number[] {
  const days: number[] = [];
  let day = from + ((plan.weekday - weekday(from) + 7) % 7) + 7 * random.int(1, rhythmWeeks);
  while (day <= to) {
    if (!isHolidaySeason(day)) days.push(workdayOnOrAfter(day));
    day += 7 * rhythmWeeks;
  }
  return days;
}

export function scheduleMeetings(plans: readonly BodyPlan[], firstDay: number, lastDay: number, random: Random): MeetingSlot[] {
  const slots: MeetingSlot[] = [];
  for (const plan of plans) {
    const days = plan.rhythm === 'monthly' ? councilDays(plan, firstDay, lastDay, random) : periodicDays(plan, plan.rhythm, firstDay, lastDay, random);
    const perYear = new Map<number, number>();
    for (const day of days) {
      const { year } = ymdFromDay(day);
      const sequence = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, sequence);
      slots.push({
        plan,
        id: `m-${year}-${plan.code}-${String(sequence).padStart(2, '0')}`,
        year,
        day,
        startMinutes: plan.startMinutes,
        originalDay: null,
        originalStartMinutes: null,
        cancelled: false,
      });
    }
  }
  return slots;
}

function move(slot: MeetingSlot, today: number, random: Random): void {
  const shift = random.int(1, 8);
  let day = addWorkdays(slot.day, shift);
  // A moved meeting stays on its side of today, so past ones are held and future ones still planned.
  if (slot.day < today && day >= today) day = addWorkdays(slot.day, -shift);
  if (!isWorkday(day) || day === slot.day) return;
  slot.originalDay = slot.day;
  slot.originalStartMinutes = slot.startMinutes;
  slot.day = day;
  if (random.chance(0.3)) slot.startMinutes = random.pick([9 * 60, 10 * 60, 13 * 60, 18 * 60]);
}

/** Cancels and moves a few meetings in the window, and at least one of each before and after today. */
export function disruptMeetings(slots: readonly MeetingSlot[], windowStart: number, today: number, random: Random): void {
  const inWindow = slots.filter((slot) => slot.day >= windowStart);
  for (const slot of inWindow) {
    const roll = random.next();
    if (roll < CANCEL_RATE) slot.cancelled = true;
    else if (roll < CANCEL_RATE + MOVE_RATE) move(slot, today, random);
  }
  const untouched = (slot: MeetingSlot) => !slot.cancelled && slot.originalDay === null;
  for (const isPast of [true, false]) {
    const side = inWindow.filter((slot) => (slot.day < today) === isPast);
    if (!side.some((slot) => slot.cancelled)) random.pick(side.filter(untouched)).cancelled = true;
    for (let attempt = 0; attempt < 20 && !side.some((slot) => slot.originalDay !== null); attempt++) {
      move(random.pick(side.filter(untouched)), today, random);
    }
  }
}

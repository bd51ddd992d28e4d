// The municipality's office days for the generator: working days, and the town hall is also closed on Christmas Eve and
// New Year's Eve, so no meeting or journal date falls there.
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, type WorkingDayRules } from '../../src/time/norwegian-holidays.js';
import { ymdFromDay } from '../../src/time/calendar-day.js';

const OFFICE: WorkingDayRules = {
  alsoClosed: (day) => {
    const { month, date } = ymdFromDay(day);
    return month === 12 && (date === 24 || date === 31);
  },
};

export const isWorkday = (day: number): boolean => isWorkingDay(day, OFFICE);
export const workdayOnOrAfter = (day: number): number => workingDayOnOrAfter(day, OFFICE);
export const workdayOnOrBefore = (day: number): number => workingDayOnOrBefore(day, OFFICE);
export const addWorkdays = (day: number, count: number): number => addWorkingDays(day, count, OFFICE);

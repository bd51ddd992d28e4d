import { defineElement } from '../shared/define.js';
import { InnsynMeetingCalendar } from './meeting-calendar.js';

defineElement('innsyn-meeting-calendar', InnsynMeetingCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'innsyn-meeting-calendar': InnsynMeetingCalendar;
  }
}

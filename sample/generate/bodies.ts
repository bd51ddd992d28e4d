// The political bodies of Eksempel kommune and the rhythm each one meets at.
import type { Body } from '../../src/api/types.js';

export type TopicGroup = 'council' | 'executive' | 'childhood' | 'planning' | 'control' | 'advisory';

export interface BodyPlan {
  body: Body;
  /** Short code used in meeting ids, e.g. m-2025-kst-03. */
  code: string;
  /** 'monthly' for the council; otherwise the number of weeks between meetings. */
  rhythm: 'monthly' | number;
  /** 1 = Monday ... 5 = Friday. */
  weekday: number;
  /** Minutes after midnight, Oslo time. */
  startMinutes: number;
  hours: readonly [number, number];
  location: string;
  itemCount: readonly [number, number];
  topics: TopicGroup;
  /** Working days between the notice and the meeting. */
  noticeWorkdays: number;
  streamed: boolean;
}

const body = (id: string, name: string, shortName: string, kind: Body['kind'], active = true): Body => ({
  id,
  name,
  shortName,
  kind,
  active,
});

export const BODY_PLANS: readonly BodyPlan[] = [
  {
    body: body('kommunestyret', 'Kommunestyret', 'KST', 'council'),
    code: 'kst', rhythm: 'monthly', weekday: 4, startMinutes: 18 * 60, hours: [3, 5],
    location: 'Kommunestyresalen, Rådhuset', itemCount: [8, 15], topics: 'council', noticeWorkdays: 10, streamed: true,
  },
  {
    body: body('formannskapet', 'Formannskapet', 'FSK', 'executive'),
    code: 'fsk', rhythm: 3, weekday: 2, startMinutes: 9 * 60, hours: [3, 5],
    location: 'Formannskapssalen, Rådhuset', itemCount: [5, 12], topics: 'executive', noticeWorkdays: 7, streamed: false,
  },
  {
    body: body('oppvekst-og-kultur', 'Hovedutvalg for oppvekst og kultur', 'HOK', 'committee'),
    code: 'hok', rhythm: 5, weekday: 3, startMinutes: 13 * 60, hours: [2, 4],
    location: 'Møterom Fjorden, Rådhuset', itemCount: [4, 10], topics: 'childhood', noticeWorkdays: 7, streamed: false,
  },
  {
    body: body('plan-miljo-og-teknikk', 'Hovedutvalg for plan, miljø og teknikk', 'HPMT', 'committee'),
    code: 'hpmt', rhythm: 4, weekday: 3, startMinutes: 9 * 60, hours: [3, 5],
    location: 'Formannskapssalen, Rådhuset', itemCount: [5, 12], topics: 'planning', noticeWorkdays: 7, streamed: false,
  },
  {
    body: body('kontrollutvalget', 'Kontrollutvalget', 'KU', 'committee'),
    code: 'ku', rhythm: 6, weekday: 1, startMinutes: 10 * 60, hours: [2, 3],
    location: 'Møterom Fjorden, Rådhuset', itemCount: [3, 8], topics: 'control', noticeWorkdays: 7, streamed: false,
  },
  {
    body: body('eldreradet', 'Eldrerådet', 'ER', 'advisory'),
    code: 'er', rhythm: 6, weekday: 1, startMinutes: 10 * 60, hours: [2, 3],
    location: 'Møterom Lyngen, Eksempel helsehus', itemCount: [2, 6], topics: 'advisory', noticeWorkdays: 7, streamed: false,
  },
  {
    body: body('funksjonsnedsettelse', 'Råd for personer med funksjonsnedsettelse', 'RPF', 'advisory'),
    code: 'rpf', rhythm: 6, weekday: 1, startMinutes: 13 * 60, hours: [2, 3],
    location: 'Møterom Lyngen, Eksempel helsehus', itemCount: [2, 6], topics: 'advisory', noticeWorkdays: 7, streamed: false,
  },
  {
    body: body('ungdomsradet', 'Ungdomsrådet', 'UR', 'advisory'),
    code: 'ur', rhythm: 4, weekday: 4, startMinutes: 18 * 60, hours: [2, 2],
    location: 'Ungdomshuset Loftet', itemCount: [2, 6], topics: 'advisory', noticeWorkdays: 7, streamed: false,
  },
];

/** Dissolved before the period the sample covers: listed, with no meetings. */
export const INACTIVE_BODIES: readonly Body[] = [body('administrasjonsutvalget', 'Administrasjonsutvalget', 'AU', 'committee', false)];

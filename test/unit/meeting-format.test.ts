import { expect } from '@open-wc/testing';
import type { Meeting } from '../../src/api/types.js';
import { agendaUrl, meetingStatusNote, meetingTimeRange } from '../../src/shared/meeting-format.js';
import nb from '../../src/shared/messages/nb.js';
import { meetings } from '../fixtures/mini-dataset.js';

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({ ...meetings[0]!, ...overrides });

describe('meeting-format', () => {
  it('gives a meeting\'s time as a range in Oslo time, or only its start', () => {
    expect(meetingTimeRange(meeting(), 'nb')).to.equal('18:00–21:30');
    expect(meetingTimeRange(meeting({ end: null }), 'nb')).to.equal('18:00');
  });

  it('says a meeting was cancelled, or moved and from when; nothing for a planned one', () => {
    const t = nb;
    expect(meetingStatusNote(meeting({ status: 'cancelled' }), 'nb', t)).to.equal('Avlyst');
    expect(meetingStatusNote(meeting({ status: 'moved', originalStart: '2026-03-10T12:00:00Z' }), 'nb', t)).to.equal('Flyttet fra tirsdag 10. mars 2026 13:00');
    expect(meetingStatusNote(meeting({ status: 'moved', originalStart: null }), 'nb', t)).to.equal('Flyttet');
    expect(meetingStatusNote(meeting(), 'nb', t)).to.equal('');
  });

  it('fills an agenda link template with the meeting and body, encoded, against the page', () => {
    const url = agendaUrl('/moter/mote?id={id}&organ={body}', meeting({ id: 'm 1/2' }))!;
    expect(new URL(url).pathname).to.equal('/moter/mote');
    expect(new URL(url).searchParams.get('id')).to.equal('m 1/2');
    expect(new URL(url).searchParams.get('organ')).to.equal('kommunestyret');
  });

  it('makes no link of an empty or javascript: template', () => {
    expect(agendaUrl('', meeting())).to.equal(undefined);
    expect(agendaUrl('javascript:alert({id})', meeting())).to.equal(undefined);
  });
});

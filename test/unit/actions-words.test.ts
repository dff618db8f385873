// The chair's tracker reads kinds, owners and due dates from the words of minutes alone.
import { classifyAction, isTracked } from '../../shared/actions/kinds';
import { isPastDue, readDueDate } from '../../shared/actions/due-date';
import { readOwner } from '../../shared/actions/owner';
import { matchFollowUp } from '../../shared/actions/follow-up';

describe('the kind of a resolution or undertaking', () => {
  it.each([
    ['That the report be noted.', 'noted'],
    ['That the update on the waste strategy be noted and welcomed.', 'noted'],
    ['That the revised terms of reference be approved.', 'decision'],
    [
      'That Councillor Okafor be appointed as the representative on the Fostering Panel.',
      'decision',
    ],
    ['That the Cabinet be recommended to defer the closure of the day centre.', 'recommendation'],
    [
      'That the comments of the Committee be forwarded to the Cabinet for its meeting.',
      'recommendation',
    ],
    ['That the Head of Highways be requested to review the gritting routes.', 'recommendation'],
    ['That a further report on bus services be brought to the September meeting.', 'request'],
    ['That the Director be asked to provide a breakdown of agency costs.', 'request'],
    ['That an update on the recovery plan would be provided to a future meeting.', 'request'],
    ['It was noted that the next meeting would be held on 4 March 2025 at 10.00am.', 'procedural'],
    [
      'That the minutes of the meeting held on 2 May be confirmed as a correct record.',
      'procedural',
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyAction(text)).toBe(kind);
  });

  it('reads an item under "Date of next meeting" as procedural', () => {
    expect(
      classifyAction('That the Committee meet on 3 June.', { minuteTitle: 'Date of Next Meeting' }),
    ).toBe('procedural');
  });

  it('reads an undertaking in a minute’s prose as a commitment', () => {
    const text = 'The Head of Housing undertook to circulate the void figures by ward.';
    expect(classifyAction(text, { inPassing: true })).toBe('commitment');
    expect(classifyAction(text)).toBe('commitment');
  });

  it('tracks requests, recommendations and commitments, and not the rest', () => {
    expect(['request', 'recommendation', 'commitment'].every((k) => isTracked(k as never))).toBe(
      true,
    );
    expect(['noted', 'decision', 'procedural'].some((k) => isTracked(k as never))).toBe(false);
  });
});

describe('the due date from the words', () => {
  it('gives a named later meeting its month after the meeting date', () => {
    expect(readDueDate('be brought to the September meeting', '2024-03-12').due).toBe('2024-09');
    expect(readDueDate('be brought to the February meeting', '2024-11-05').due).toBe('2025-02');
  });
  it('reads "the meeting in January 2025" and "by 31 March 2025"', () => {
    expect(readDueDate('to the meeting in January 2025', '2024-06-01').due).toBe('2025-01');
    expect(readDueDate('be circulated by 31 March 2025', '2024-06-01').due).toBe('2025-03-31');
  });
  it('reads "the next meeting" as the next meeting date when it is known, else none', () => {
    expect(readDueDate('to the next meeting', '2024-03-12', '2024-06-18')).toEqual({
      due: '2024-06-18',
      words: 'the next meeting',
    });
    expect(readDueDate('to the next meeting', '2024-03-12').due).toBeNull();
  });
  it('counts "in six months" from the meeting', () => {
    expect(readDueDate('a progress report in six months', '2024-09-10').due).toBe('2025-03');
    expect(readDueDate('an update within 3 months', '2024-09-10').due).toBe('2024-12');
  });
  it('gives "a future meeting" no date', () => {
    expect(readDueDate('to a future meeting of the Committee', '2024-09-10')).toEqual({
      due: null,
      words: 'a future meeting',
    });
  });
  it('passes a month only once the month is over', () => {
    expect(isPastDue('2024-09', '2024-09-30')).toBe(false);
    expect(isPastDue('2024-09', '2024-10-01')).toBe(true);
    expect(isPastDue(null, '2030-01-01')).toBe(false);
  });
});

describe('the owner as printed', () => {
  it.each([
    [
      'That the Director of Adult Services be requested to provide figures.',
      'the Director of Adult Services',
    ],
    ['The Head of Housing undertook to circulate the void figures.', 'the Head of Housing'],
    ['Figures would be provided by officers before the next meeting.', 'officers'],
    ['Newsletters from the Parks Team would be circulated to members.', 'the Parks Team'],
    [
      'That the views of the Committee be forwarded to the Cabinet for its decision.',
      'the Cabinet',
    ],
  ])('finds the owner in "%s"', (text, owner) => {
    expect(readOwner(text, /forwarded/.test(text) ? 'recommendation' : 'request')).toBe(owner);
  });
  it('never takes the body something is reported to as the owner of an undertaking', () => {
    expect(readOwner('The results would be reported to the Committee.', 'commitment')).toBeNull();
  });
  it('names no owner when the words name none', () => {
    expect(readOwner('That the report be noted.')).toBeNull();
    expect(readOwner('That a further report be brought to the September meeting.')).toBeNull();
  });
});

describe('a later item answering an action', () => {
  const action = {
    text: 'That a further report on the bus network be brought to the September meeting.',
    minuteTitle: 'Bus Service Improvement Plan',
    meetingDate: '2024-03-12',
  };
  it('suggests an item on the same subject that says it is an update', () => {
    const match = matchFollowUp(action, {
      target: 'agenda-item',
      title: 'Bus Service Improvement Plan - Update',
      text: '',
    });
    expect(match?.evidence).toMatch(/same subject .*Bus/);
  });
  it('suggests a report saying it was requested at that meeting', () => {
    const match = matchFollowUp(action, {
      target: 'report',
      title: 'Rural Bus Routes',
      text: 'This report was requested by the Committee at its meeting on 12 March 2024.',
    });
    expect(match?.evidence).toMatch(/requested at the meeting of 12 March 2024/);
  });
  it('does not suggest an item on another subject', () => {
    expect(
      matchFollowUp(action, { target: 'agenda-item', title: 'Library Strategy Update', text: '' }),
    ).toBeNull();
  });
});

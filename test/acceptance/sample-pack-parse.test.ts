// Our own sample pack, split at form feeds like a real conversion: its parts cross page breaks
// (a minute heading, the minutes' closing block, a report heading), which the seeds never do.
import fs from 'node:fs';
import path from 'node:path';
import { splitPages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';

const samplePack = path.resolve(__dirname, '../../assets/sample/sample-agenda-pack.txt');

describe('the sample agenda pack', () => {
  const pages = splitPages(fs.readFileSync(samplePack, 'utf8'));
  const pack = parsePack({ pages });
  const minutesOf = pack.minutesOf[0];
  const minute = (number: string) => minutesOf?.minutes.find((entry) => entry.number === number);

  it('is a six-page pack for the meeting of 12 January 2027 at 10:00 with six agenda items', () => {
    expect(pages).toHaveLength(6);
    expect(pack.meetingDate).toBe('2027-01-12');
    expect(pack.meeting?.time).toBe('10:00');
    expect(pack.agenda.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('carries the minutes of 3 November 2026 numbered 21 to 26, ending at 11:40', () => {
    expect(pack.minutesOf).toHaveLength(1);
    expect(minutesOf?.date).toBe('2026-11-03');
    expect(minutesOf?.minutes.map((entry) => entry.number)).toEqual([
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
    ]);
    expect(minutesOf?.startTime).toBe('10:00');
    expect(minutesOf?.endTime).toBe('11:40');
  });

  it('keeps minute 24 to its own lettered resolutions when minute 25 opens the next page', () => {
    expect(
      minute('24')?.resolutions.map((resolution) => [resolution.label, resolution.kind]),
    ).toEqual([
      ['a', 'noting'],
      ['b', 'request'],
    ]);
  });

  it('gives minute 25 its noting resolution and the commitment made in passing', () => {
    expect(minute('25')?.title).toBe('Special Educational Needs Transport');
    expect(
      minute('25')
        ?.resolutions.map((resolution) => resolution.kind)
        .sort(),
    ).toEqual(['commitment', 'noting']);
    expect(minute('25')?.source.page).toBe(3);
  });

  it('reads the public question at question time with its asker and reply', () => {
    const questions = minute('22')?.questions ?? [];
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ kind: 'public', asker: 'Ms A. Carter' });
    expect(questions[0]?.reply).toMatch(/Forty-one applications/);
  });

  it('ties two reports to items 4 and 5, each dated from its own header', () => {
    expect(pack.reports.map((report) => report.agendaNumber)).toEqual(['4', '5']);
    expect(pack.reports.map((report) => report.meetingDate)).toEqual(['2027-01-12', '2027-01-12']);
    expect(pack.reports.map((report) => report.committee)).toEqual([
      'Children and Young People Scrutiny Committee',
      'Children and Young People Scrutiny Committee',
    ]);
  });

  it('reads report 4 paragraphs 1 to 6, paragraph 6 under the heading that opens page 5', () => {
    const report = pack.reports[0];
    expect(report?.paragraphs.map((paragraph) => paragraph.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(report?.paragraphs[4]?.heading).toBe('Performance Update');
    expect(report?.paragraphs[4]?.text).toMatch(/quarter 1\.$/);
    expect(report?.paragraphs[5]?.heading).toBe('Recommendation');
  });

  it('keeps one dashboard, leaves nothing unrecognised and raises no warnings', () => {
    expect(pack.dashboards).toHaveLength(1);
    expect(pack.unrecognised).toEqual([]);
    expect(pack.warnings).toEqual([]);
  });
});

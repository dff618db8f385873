// The real targets: four text conversions of published agenda packs, read from ../shared/seeds at
// run time (never copied into the project). Skips with a note when the seeds are not present.
import fs from 'node:fs';
import path from 'node:path';
import { splitPages } from '../../shared/readers/lines';
import { parsePack } from '../../shared/readers/pack';
import type { ParsedPack } from '../../shared/agenda-pack';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const haveSeeds = fs.existsSync(seedsDir);
const describeIfSeeds = haveSeeds ? describe : describe.skip;
if (!haveSeeds)
  console.warn(`Seed packs not found at ${seedsDir}; skipping the seed acceptance tests.`);

function parseSeed(prefix: string): ParsedPack {
  const file = fs.readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`No seed starting ${prefix} in ${seedsDir}`);
  return parsePack({ pages: splitPages(fs.readFileSync(path.join(seedsDir, file), 'utf8')) });
}

function numbers(pack: ParsedPack, index = 0): string[] {
  return pack.minutesOf[index]?.minutes.map((minute) => minute.number) ?? [];
}

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => String(from + offset));
}

function expectPlausibleReports(pack: ParsedPack): void {
  expect(pack.reports.length).toBeGreaterThan(0);
  for (const report of pack.reports) {
    expect(report.title.length).toBeGreaterThan(5);
    expect(report.paragraphs.length).toBeGreaterThan(0);
    expect(report.meetingDate).toBe(pack.meetingDate);
    expect(report.officersToContact.length).toBeGreaterThan(0);
    for (const officer of report.officersToContact) expect(officer.email).toMatch(/@/);
  }
}

describeIfSeeds('seed 000: a June pack carrying March minutes', () => {
  const pack = parseSeed('000_');

  it('is the meeting of 7 June 2022 at 14:00 with 14 agenda items', () => {
    expect(pack.meeting?.date).toBe('2022-06-07');
    expect(pack.meeting?.time).toBe('14:00');
    expect(pack.meeting?.committee).toMatch(/overview and scrutiny committee$/i);
    expect(pack.meeting?.membership).toHaveLength(10);
    expect(pack.agenda.map((item) => item.number)).toEqual(range(1, 14));
  });

  it('reads agenda page ranges and the wrapped report-by column', () => {
    expect(pack.agenda[2]?.pages).toEqual({ from: 5, to: 10 });
    expect(pack.agenda[9]?.pages).toEqual({ from: 11, to: 18 });
    expect(pack.agenda[9]?.reportBy).toMatch(/^Chief Executive and Director of .+ Services$/);
    expect(pack.agenda[7]?.title).toMatch(/Party Whip .* Rule 16$/);
  });

  it('carries the minutes of 8 March 2022 numbered 55 to 66, minute 63 with two resolutions', () => {
    const minutes = pack.minutesOf[0];
    expect(pack.minutesOf).toHaveLength(1);
    expect(minutes?.date).toBe('2022-03-08');
    expect(numbers(pack)).toEqual(range(55, 66));
    const minute63 = minutes?.minutes.find((minute) => minute.number === '63');
    expect(minute63?.resolutions.filter((resolution) => resolution.label !== null)).toHaveLength(2);
    expect(minute63?.resolutions.map((resolution) => resolution.kind)).toContain('request');
    expect(minute63?.discussionPoints).toHaveLength(6);
  });

  it('reads attendance with the chair among those present', () => {
    const attendance = pack.minutesOf[0]?.attendance;
    expect(attendance?.present).toHaveLength(7);
    expect(attendance?.present).toContain(attendance?.chair);
    expect(attendance?.chair).toMatch(/Smith/);
    expect(attendance?.inAttendance).toHaveLength(1);
    expect(pack.minutesOf[0]?.endTime).toBe('14:55');
  });

  it('reads the public question at question time', () => {
    const questions = pack.minutesOf[0]?.minutes.find(
      (minute) => minute.number === '56',
    )?.questions;
    expect(questions).toHaveLength(1);
    expect(questions?.[0]?.kind).toBe('public');
    expect(questions?.[0]?.supplementary).not.toBeNull();
  });

  it('finds the two written reports, tied to agenda items 10 and 11, and the dashboard', () => {
    expectPlausibleReports(pack);
    expect(pack.reports.map((report) => report.agendaNumber)).toEqual(['10', '11']);
    expect(pack.reports[0]?.paragraphs).toHaveLength(40);
    expect(pack.dashboards.length).toBeGreaterThan(0);
  });
});

describeIfSeeds('seed 001: a March pack carrying January minutes', () => {
  const pack = parseSeed('001_');

  it('is the meeting of 8 March 2022 with a chairman marked in the membership', () => {
    expect(pack.meetingDate).toBe('2022-03-08');
    expect(pack.meeting?.chair).toMatch(/Fryer/);
    expect(pack.agenda).toHaveLength(13);
  });

  it('carries the minutes of 25 January 2022 numbered 43 to 54', () => {
    expect(pack.minutesOf[0]?.date).toBe('2022-01-25');
    expect(numbers(pack)).toEqual(range(43, 54));
    expect(pack.minutesOf[0]?.attendance.present).toHaveLength(7);
    expect(pack.minutesOf[0]?.attendance.inAttendance).toHaveLength(2);
  });

  it('finds four reports tied to agenda items 8 to 11', () => {
    expectPlausibleReports(pack);
    expect(pack.reports.map((report) => report.agendaNumber)).toEqual(['8', '9', '10', '11']);
  });
});

describeIfSeeds('seed 003: a performance report published on its own', () => {
  const pack = parseSeed('003_');

  it('has no front sheet but attaches to the meeting of 18 November 2020 from its header', () => {
    expect(pack.meeting).toBeNull();
    expect(pack.meetingDate).toBe('2020-11-18');
    expect(pack.reports).toHaveLength(1);
    expect(pack.reports[0]?.title).toMatch(/^Quarter 2 2020\/21 Performance Report$/);
    expect(pack.reports[0]?.paragraphs).toHaveLength(42);
    expectPlausibleReports(pack);
  });
});

describeIfSeeds('seed 004: a September pack carrying the first minutes of the council year', () => {
  const pack = parseSeed('004_');

  it('is the meeting of 7 September 2021 with 14 agenda items', () => {
    expect(pack.meetingDate).toBe('2021-09-07');
    expect(pack.agenda.map((item) => item.number)).toEqual(range(1, 14));
    expect(pack.agenda[9]?.title).toBe('Annual Report of the Independent Reviewing Officer');
    expect(pack.agenda[9]?.pages).toEqual({ from: 21, to: 66 });
  });

  it("carries the minutes of 1 June 2021 numbered 1 to 14 with three members' questions under minute 5", () => {
    expect(pack.minutesOf[0]?.date).toBe('2021-06-01');
    expect(numbers(pack)).toEqual(range(1, 14));
    const questions = pack.minutesOf[0]?.minutes.find((minute) => minute.number === '5')?.questions;
    expect(questions).toHaveLength(3);
    expect(questions?.every((question) => question.kind === 'member' && question.reply)).toBe(true);
  });

  it('finds the chair from the "in the Chair" line and counts eight present', () => {
    const attendance = pack.minutesOf[0]?.attendance;
    expect(attendance?.present).toHaveLength(8);
    expect(attendance?.chair).toMatch(/Fryer/);
    expect(attendance?.present).toContain(attendance?.chair);
    expect(attendance?.inAttendance).toHaveLength(3);
  });

  it('finds four reports tied to agenda items 9 to 12 and keeps the long appendices unrecognised', () => {
    expectPlausibleReports(pack);
    expect(pack.reports.map((report) => report.agendaNumber)).toEqual(['9', '10', '11', '12']);
    expect(
      pack.unrecognised.reduce((total, range) => total + range.lines.length, 0),
    ).toBeGreaterThan(100);
  });
});

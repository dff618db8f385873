// How an officer report is read: header, numbered paragraphs under headings, officers, appendices.
import { normalisePages } from '../../shared/readers/lines';
import { parseReport } from '../../shared/readers/reports';

// Mirrors a report header in bold capitals wrapped over lines, numbered paragraphs with a bullet
// list, closing sections, two styles of officer contact, and an appendix that restarts numbering.
const REPORT = `**ADULT CARE SCRUTINY
PANEL**

9TH JANUARY 2031

HOME CARE RECOMMISSIONING

**REPORT OF THE DIRECTOR OF ADULTS AND
COMMUNITIES**

Purpose of the Report

1. The purpose of this report is to update the Panel on recommissioning.

Background

2. The current contracts end in 2032. Providers have raised three concerns:
 - i) rates,
 - ii) travel time.
3. A market event was held.

This paragraph continues point 3 after a page break in capitals.

Officers to Contact

Rosa Lind, Head of Commissioning – Adults
Tel: 0120 111 2222
Email: rosa.lind@borsetshire.gov.uk

Oliver Martext
Commissioning Manager
Telephone: 0120 333 4444
Email: oliver.martext@borsetshire.gov.uk

List of Appendices

Appendix A – Market Position Statement 2031

Equalities Implications

4. An equality assessment will follow.

Market Position Statement 2031

1. Introduction
2. Demand`;

describe('reading an officer report', () => {
  const lines = normalisePages([REPORT]);
  const report = parseReport(lines, 0, lines.length);

  it('reads the header: committee, meeting date, readable title and who reports', () => {
    expect(report.committee).toBe('Adult Care Scrutiny Panel');
    expect(report.meetingDate).toBe('2031-01-09');
    expect(report.title).toBe('Home Care Recommissioning');
    expect(report.reportOf).toBe('Director of Adults and Communities');
  });

  it('keeps numbered paragraphs under their headings and stops where the appendix restarts numbering', () => {
    expect(report.paragraphs.map((paragraph) => [paragraph.number, paragraph.heading])).toEqual([
      ['1', 'Purpose of the Report'],
      ['2', 'Background'],
      ['3', 'Background'],
      ['4', 'Equalities Implications'],
    ]);
  });

  it('keeps a bullet list inside the paragraph that introduces it', () => {
    expect(report.paragraphs[1]?.text).toBe(
      'The current contracts end in 2032. Providers have raised three concerns:\n- i) rates,\n- ii) travel time.',
    );
    expect(report.paragraphs[1]?.source).toMatchObject({ page: 1, lineFrom: 17, lineTo: 19 });
  });

  it('reads officers whether their role shares the name line or has its own', () => {
    expect(report.officersToContact).toEqual([
      {
        name: 'Rosa Lind',
        role: 'Head of Commissioning – Adults',
        phone: '0120 111 2222',
        email: 'rosa.lind@borsetshire.gov.uk',
      },
      {
        name: 'Oliver Martext',
        role: 'Commissioning Manager',
        phone: '0120 333 4444',
        email: 'oliver.martext@borsetshire.gov.uk',
      },
    ]);
  });

  it('lists the appendices by title', () => {
    expect(report.appendices).toEqual(['Market Position Statement 2031']);
  });
});

// How the front sheet of a pack is read: meeting, date and time, venue, contact and members.
import { parseFrontSheet } from '../../shared/readers/front-sheet';
import { normalisePages } from '../../shared/readers/lines';

// Mirrors the labelled front sheet with bold values and two members to a line.
const FRONT_SHEET = `Meeting: **Adult Care Scrutiny Panel**

Date/Time: **Thursday, 9 January 2031 at 10.00 am**

Location: **Council Chamber, Shire Hall, Ambridge**

Contact: **Peter Quince (Tel: 0120 4567890)**

Email: **peter.quince@borsetshire.gov.uk**

Membership

Mrs. A. Archer CC (Chairman)

Mr. B. Grundy CC Ms. C. Snell
Dr. D. Aldridge\tMr. E. Carter CC

Please note: this meeting will be broadcast.`;

describe('reading a front sheet', () => {
  const lines = normalisePages([FRONT_SHEET]);
  const sheet = parseFrontSheet(lines, 0, lines.length);

  it('reads the committee, date, time and venue from the labelled fields', () => {
    expect(sheet.committee).toBe('Adult Care Scrutiny Panel');
    expect(sheet.date).toBe('2031-01-09');
    expect(sheet.time).toBe('10:00');
    expect(sheet.location).toBe('Council Chamber, Shire Hall, Ambridge');
  });

  it('separates the contact name from the phone number printed beside it', () => {
    expect(sheet.contact).toEqual({
      name: 'Peter Quince',
      phone: '0120 4567890',
      email: 'peter.quince@borsetshire.gov.uk',
    });
  });

  it('splits two members printed on one line and marks the chairman', () => {
    expect(sheet.membership).toEqual([
      'Mrs. A. Archer CC',
      'Mr. B. Grundy CC',
      'Ms. C. Snell',
      'Dr. D. Aldridge',
      'Mr. E. Carter CC',
    ]);
    expect(sheet.chair).toBe('Mrs. A. Archer CC');
  });
});

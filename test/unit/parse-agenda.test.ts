// How agenda items are rebuilt from a flattened two-column agenda (item | report by | pages).
import { parseAgenda } from '../../shared/readers/agenda';
import { normalisePages } from '../../shared/readers/lines';

// Mirrors an agenda whose titles, "report by" column and page ranges wrap over several lines.
const AGENDA = `AGENDA

<u>Item</u>\t<u>Report by</u>
1. Minutes of the meeting held on 4 November 2030.\t(Pages 3 - 8)
2. Public Question Time.\t
3. Declarations of the Party Whip in accordance



with Scrutiny Procedure Rule
12.

4. Winter Pressures Update. Chief Executive (Pages 9 - 20)
and Director of
Adults and
Communities

5. Home Care Recommissioning.

Director of
Adults and
Communities

(Pages 21 - 30)

6. Carers Strategy Refresh.

Director of Public
Health

A presentation will be given for this item.

7. Date of next meeting.

The next meeting is scheduled to take place on 3
March 2031.

SUGGESTED QUESTIONS FOR MEMBERS
- What does good look like?`;

describe('reading an agenda', () => {
  const lines = normalisePages([AGENDA]);
  const items = parseAgenda(lines, 0, lines.length);

  it('finds every numbered item and nothing from the page that follows', () => {
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('joins a title hard-wrapped over a page break into one item (mirrors the Party Whip item)', () => {
    expect(items[2]?.title).toBe(
      'Declarations of the Party Whip in accordance with Scrutiny Procedure Rule 12',
    );
  });

  it('joins the report-by column wrapped over several lines', () => {
    expect(items[3]?.title).toBe('Winter Pressures Update');
    expect(items[3]?.reportBy).toBe('Chief Executive and Director of Adults and Communities');
    expect(items[4]?.reportBy).toBe('Director of Adults and Communities');
  });

  it('reads page ranges wherever they are printed in the item', () => {
    expect(items[0]?.pages).toEqual({ from: 3, to: 8 });
    expect(items[3]?.pages).toEqual({ from: 9, to: 20 });
    expect(items[4]?.pages).toEqual({ from: 21, to: 30 });
    expect(items[1]?.pages).toBeNull();
  });

  it('keeps notes under an item apart from its title and report by', () => {
    expect(items[5]?.reportBy).toBe('Director of Public Health');
    expect(items[5]?.note).toBe('A presentation will be given for this item.');
    expect(items[6]?.note).toBe('The next meeting is scheduled to take place on 3 March 2031.');
    expect(items[6]?.reportBy).toBeNull();
  });
});

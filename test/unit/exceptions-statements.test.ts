// narrative-contradiction and restated-value: a report disagreeing with itself, and a later report
// printing a different figure for a period already reported. Both keep every figure and its source.
import {
  exceptionsFor,
  narrativeSource,
  series,
  statement,
  tableSource,
} from '../support/series-builder';

describe('narrative-contradiction', () => {
  it('flags a report whose text and table give different figures for the quarter', () => {
    const found = exceptionsFor(
      'narrative-contradiction',
      series(
        [
          {
            value: 94.6,
            statements: [
              statement(94.6, { valueText: '94.6%' }),
              statement(94.9, { valueText: '94.9%', source: narrativeSource() }),
            ],
          },
        ],
        { from: '2021-22-Q2' },
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'Performance dashboard.pdf gives Re-referrals within 12 months for Q2 2021/22 as 94.9% in ' +
        'its text (page 4) but 94.6% in its table (page 12). Which figure is right?',
    );
    expect(found[0]?.evidence).toEqual([
      { label: 'In the text', value: '94.9%', source: narrativeSource() },
      { label: 'In the table', value: '94.6%', source: tableSource() },
    ]);
  });

  it('accepts a narrative that rounds the table figure ("95%" for 94.6%)', () => {
    const rounded = series([
      {
        value: 94.6,
        statements: [
          statement(94.6, { valueText: '94.6%' }),
          statement(95, { valueText: '95%', source: narrativeSource() }),
        ],
      },
    ]);
    expect(exceptionsFor('narrative-contradiction', rounded)).toEqual([]);
  });

  it('does not compare the text of one report with the table of another', () => {
    const twoReports = series([
      {
        value: 94.6,
        statements: [
          statement(94.6),
          statement(94.9, {
            source: narrativeSource({ documentId: 2, fileName: 'June pack.pdf' }),
          }),
        ],
      },
    ]);
    expect(exceptionsFor('narrative-contradiction', twoReports)).toEqual([]);
  });

  it('ignores statements with no figure', () => {
    const noFigure = series([
      {
        value: 94.6,
        statements: [
          statement(94.6),
          statement(null, { valueText: 'n/a', source: narrativeSource() }),
        ],
      },
    ]);
    expect(exceptionsFor('narrative-contradiction', noFigure)).toEqual([]);
  });
});

describe('restated-value', () => {
  const june = tableSource({ documentId: 2, fileName: 'June pack.pdf', meetingDate: '2022-06-07' });

  it('asks which figure is right when a later pack prints a different one', () => {
    const found = exceptionsFor(
      'restated-value',
      series(
        [
          {
            value: 19.3,
            statements: [statement(19.3)],
            restatements: [statement(19.5, { source: june })],
          },
        ],
        { from: '2021-22-Q2' },
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'Re-referrals within 12 months for Q2 2021/22 was reported as 19.3% in the 8 March 2022 ' +
        'pack and as 19.5% in the 7 June 2022 pack. Which is right, and why did it change?',
    );
    expect(found[0]?.evidence).toEqual([
      { label: 'Reported in the 8 March 2022 pack', value: '19.3%', source: tableSource() },
      { label: 'Reported in the 7 June 2022 pack', value: '19.5%', source: june },
    ]);
  });

  it('names the file when the meeting date is not known', () => {
    const undated = tableSource({ documentId: 3, fileName: 'Q3 dashboard.pdf', meetingDate: null });
    const found = exceptionsFor(
      'restated-value',
      series([{ value: 19.3, restatements: [statement(19.5, { source: undated })] }]),
    );
    expect(found[0]?.message).toContain('and as 19.5% in Q3 dashboard.pdf.');
  });

  it('does not flag a period nobody restated', () => {
    expect(
      exceptionsFor('restated-value', series([{ value: 19.3, statements: [statement(19.3)] }])),
    ).toEqual([]);
  });

  it('does not flag a later pack that only printed the figure less precisely', () => {
    const rounded = series([
      { value: 19.3, restatements: [statement(19, { valueText: '19%', source: june })] },
    ]);
    expect(exceptionsFor('restated-value', rounded)).toEqual([]);
  });
});

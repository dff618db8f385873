// Text-quote anchors: the words a member pointed at are found again after the text around them
// moves, is renumbered or is lightly reworded, and are reported gone when they are.
import { findQuote, quoteOf } from '../../shared/anchors/text-quote';

const before = [
  { id: 1, text: 'The service received 412 referrals in the quarter, up from 380.' },
  { id: 2, text: 'Waiting times for assessment rose to 14 weeks against a target of 8 weeks.' },
  { id: 3, text: 'The board will review staffing in the spring.' },
];

describe('text-quote anchors', () => {
  it('keeps the quoted words with a little context either side', () => {
    const text = before[1]!.text;
    const start = text.indexOf('14 weeks');
    const anchor = quoteOf(text, start, start + '14 weeks'.length);
    expect(anchor).toMatchObject({
      quote: '14 weeks',
      prefix: 'ng times for assessment rose to ',
      start,
    });
    expect(anchor.suffix.startsWith(' against a target')).toBe(true);
  });

  it('finds the words again in another paragraph after the paragraphs are renumbered', () => {
    const anchor = quoteOf(before[1]!.text);
    const after = [
      { id: 7, text: 'A new opening paragraph was added to the revised report.' },
      { id: 8, text: before[0]!.text },
      { id: 9, text: `  ${before[1]!.text}  ` },
    ];
    expect(findQuote(after, anchor, 8)).toEqual({ id: 9, start: 2, match: 'exact' });
  });

  it('uses the context to choose between two places with the same words', () => {
    const text = 'Target of 8 weeks for adults. Target of 8 weeks for children.';
    const start = text.lastIndexOf('8 weeks');
    const anchor = quoteOf(text, start, start + 7);
    expect(findQuote([{ id: 1, text }], anchor)?.start).toBe(start);
  });

  it('finds a lightly reworded passage by the words it shares', () => {
    const anchor = quoteOf(before[1]!.text);
    const reworded = [
      {
        id: 5,
        text: 'Waiting times for an assessment rose to 15 weeks against a target of 8 weeks.',
      },
    ];
    expect(findQuote(reworded, anchor)).toMatchObject({ id: 5, match: 'fuzzy' });
  });

  it('reports the words gone when no paragraph holds them', () => {
    const anchor = quoteOf(before[1]!.text);
    expect(findQuote([before[0]!, before[2]!], anchor)).toBeNull();
  });
});

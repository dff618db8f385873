// How the raw text of a pack is cleaned before any parser reads it: furniture out, wraps joined.
import { blocksOf, normalisePages, stripEmphasis } from '../../shared/readers/lines';

const texts = (pages: string[]): string[] =>
  normalisePages(pages)
    .map((line) => line.text)
    .filter((text) => text !== '');

describe('cleaning pack text', () => {
  it('drops blank-page notices but keeps line numbers matching the input', () => {
    const lines = normalisePages([
      'Opening text\nThis page is intentionally left blank\nClosing text',
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Opening text', '', 'Closing text']);
    expect(lines[2]).toEqual({ page: 1, line: 3, text: 'Closing text' });
  });

  it('drops lone page numbers only at the top or bottom of a page', () => {
    expect(texts(['Budget monitoring\n16\nReport text\n7'])).toEqual([
      'Budget monitoring',
      '16',
      'Report text',
    ]);
  });

  it('drops a running header repeated on most pages (mirrors printed pack headers)', () => {
    const page = (body: string, number: number) =>
      `Scrutiny Panel 3 May 2031\n${body}\nPage ${number}`;
    const result = texts([page('One', 1), page('Two', 2), page('Three', 3), page('Four', 4)]);
    expect(result).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('strips bold and underline markers, spacing a heading glued to the one before (mirrors "life**Early years**")', () => {
    expect(stripEmphasis('**PEOPLE SCRUTINY PANEL**')).toBe('PEOPLE SCRUTINY PANEL');
    expect(stripEmphasis('<u>Item</u>\t<u>Report by</u>')).toBe('Item\tReport by');
    expect(stripEmphasis('Keeping people well**Older adults**')).toBe(
      'Keeping people well Older adults',
    );
  });

  it('joins a paragraph split by a page break back together (mirrors a sentence resuming in lower case)', () => {
    const lines = normalisePages([
      '4. The service reviewed its\n\n\nrota in the spring.\n\n5. Next point.',
    ]);
    expect(blocksOf(lines).map((block) => block.text)).toEqual([
      '4. The service reviewed its rota in the spring.',
      '5. Next point.',
    ]);
  });
});

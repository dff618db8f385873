// PDF extraction writes no blank lines between paragraphs; these tests pin where a paragraph is
// taken to start on such a page, and that pages which do have blank lines are grouped as before.
import { blocksOf, normalisePages } from '../../shared/readers/lines';

function blockTexts(pages: string[]): string[] {
  return blocksOf(normalisePages(pages)).map((block) => block.text);
}

describe('finding paragraphs on a page printed without blank lines', () => {
  it('starts a paragraph at a minute number, a RESOLVED line, an attendance label and a closing', () => {
    const page = [
      'Minutes of the meeting held on 3 March 2026',
      'Present: Councillors A. Lake and B. Marsh',
      '14. Street Lighting',
      'The panel considered the lighting report and the costs of',
      'switching to LED lanterns.',
      'RESOLVED: That the report be noted.',
      'The meeting ended at 8.05 pm.',
    ].join('\n');
    expect(blockTexts([page])).toEqual([
      'Minutes of the meeting held on 3 March 2026',
      'Present: Councillors A. Lake and B. Marsh',
      '14. Street Lighting',
      'The panel considered the lighting report and the costs of switching to LED lanterns.',
      'RESOLVED: That the report be noted.',
      'The meeting ended at 8.05 pm.',
    ]);
  });

  it('keeps a line that opens with a date inside its sentence (mirrors "10 December 2024 the …")', () => {
    const page = ['The consultation closed on', '10 December 2024 with 312 responses.'].join('\n');
    expect(blockTexts([page])).toEqual([
      'The consultation closed on 10 December 2024 with 312 responses.',
    ]);
  });

  it('sets a short heading between sentences apart from the paragraphs around it', () => {
    const page = [
      '2.1 Spending is on budget.',
      'Financial Implications',
      '3.1 There are none arising from this report.',
    ].join('\n');
    expect(blockTexts([page])).toEqual([
      '2.1 Spending is on budget.',
      'Financial Implications',
      '3.1 There are none arising from this report.',
    ]);
  });
});

describe('a page that separates its paragraphs with blank lines', () => {
  it('is grouped by its gaps only, numbered lines staying with the block they sit in', () => {
    const page = ['Background', '', '3. First point.', '4. Second point.', '', 'Conclusion'].join(
      '\n',
    );
    expect(blockTexts([page])).toEqual([
      'Background',
      '3. First point. 4. Second point.',
      'Conclusion',
    ]);
  });
});

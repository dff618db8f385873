// What members really type into the search box, and the FTS5 query each becomes: every term
// quoted, so council wording full of hyphens, colons and numbers never reads as FTS5 syntax.
import { toFtsQuery } from '../../db/fts-query';

describe('turning search text into an FTS5 query', () => {
  it.each([
    ['fly-tipping', '"fly-tipping"'],
    ['RESOLVED: that', '"RESOLVED:" "that"'],
    ['5.3', '"5.3"'],
    ['AND', '"AND"'],
    ['NEAR(a b)', '"NEAR(a" "b)"'],
    ['title:budget', '"title:budget"'],
    ['child*', '"child*"'],
    ['"looked after', '"""looked" "after"'],
    ['  school   places \n', '"school" "places"'],
    ['Ofsted’s report', '"Ofsted’s" "report"'],
  ])('quotes %j as %s', (text, query) => {
    expect(toFtsQuery(text)).toBe(query);
  });

  it('finds nothing to search for in spaces or punctuation alone', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('" - : ( ) *')).toBeNull();
  });

  it('drops lone punctuation between words', () => {
    expect(toFtsQuery('waste - recycling')).toBe('"waste" "recycling"');
  });

  it('keeps at most 32 terms', () => {
    const query = toFtsQuery(Array.from({ length: 40 }, (_, n) => `word${n}`).join(' '));
    expect(query?.split(' ')).toHaveLength(32);
  });
});

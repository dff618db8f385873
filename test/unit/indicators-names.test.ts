// Names reworded between years must still match: "% of", "The % of", abbreviations, truncation.
import { nameSimilarity, normaliseIndicatorName } from '../../shared/readers/indicators/names';

describe('normalising indicator names', () => {
  it('drops measure words and polarity notes', () => {
    expect(normaliseIndicatorName('The % of repeat referrals (low = good)')).toBe(
      'repeat referrals',
    );
    expect(normaliseIndicatorName('Percentage of repeat referrals')).toBe('repeat referrals');
    expect(normaliseIndicatorName('% repeat referrals.')).toBe('repeat referrals');
  });

  it('spells out abbreviations so "mths" and "months" agree', () => {
    expect(normaliseIndicatorName('Re-referrals to CSC within 12 mths')).toBe(
      normaliseIndicatorName("Re-referrals to children's social care within 12 months"),
    );
  });

  it('drops a bracket left open by a truncated cell', () => {
    expect(normaliseIndicatorName('Children in care with dental checks (at end of')).toBe(
      'children in care with dental checks',
    );
  });
});

describe('name similarity', () => {
  it('matches a reworded name across years', () => {
    expect(
      nameSimilarity(
        'Re-referrals to CSC within 12 mths',
        '% re-referrals to childrens Social Care within 12 months',
      ),
    ).toBeGreaterThan(0.8);
  });

  it('matches a name cut short to its full form', () => {
    expect(
      nameSimilarity(
        'Children in care who have their annual health assessment within last 12',
        'The % of children in care who have their annual health assessment within last 12 months (at end of period)',
      ),
    ).toBeGreaterThan(0.8);
  });

  it('keeps apart names that differ in their numbers', () => {
    expect(
      nameSimilarity(
        'Eligible 2 year olds taking up their FEEE',
        'Eligible 3 year olds taking up their FEEE',
      ),
    ).toBeLessThan(0.8);
  });

  it('scores unrelated indicators low', () => {
    expect(
      nameSimilarity('Care leavers in suitable accommodation', 'NEET young people aged 16-17'),
    ).toBeLessThan(0.2);
  });
});

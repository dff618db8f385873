// spc-signal: special-cause variation in a run of quarters, worded by polarity, with trial limits
// said out loud below twelve figures, and never for year-to-date or rolling measures.
import { exceptionsFor, series } from '../support/series-builder';

const steady = [11, 13, 11, 13, 11, 13, 11, 13, 11, 13, 11, 13];

describe('spc-signal', () => {
  it('asks what caused a figure above the upper limit, as a worse result when lower is better', () => {
    const found = exceptionsFor('spc-signal', series([...steady, 24], { polarity: 'low' }));
    const outside = found.find((exception) => exception.message.includes('upper control limit'));
    expect(outside?.period).toBe('Q1 2023/24');
    expect(outside?.message).toBe(
      'Re-referrals within 12 months was 24% in Q1 2023/24, above the upper control limit of ' +
        '20.2% (average 12.9%). That is more than normal variation explains. What caused it, and ' +
        'what is being done about it?',
    );
    expect(outside?.evidence.map((item) => item.label)).toEqual([
      'Q1 2023/24',
      'Average',
      'Upper control limit',
    ]);
  });

  it('asks whether an improvement can be kept up when higher is better', () => {
    const found = exceptionsFor('spc-signal', series([...steady, 24], { polarity: 'high' }));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('What caused the improvement, and can it be kept up?');
  });

  it('asks a neutral question when the polarity is not known', () => {
    const found = exceptionsFor('spc-signal', series([...steady, 24], { polarity: 'none' }));
    expect(found[0]?.message).toMatch(/explains\. What caused it\?$/);
  });

  it('says when limits are trial limits from fewer than twelve figures', () => {
    const found = exceptionsFor('spc-signal', series([30, 28, 29, 30, 31, 32, 33, 34, 29, 28]));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(
      /These are trial limits from 10 figures, so treat them with caution\.$/,
    );
  });

  it('does not mention trial limits from twelve figures or more', () => {
    const found = exceptionsFor('spc-signal', series([...steady, 24]));
    expect(found[0]?.message).not.toContain('trial limits');
  });

  it('computes nothing from fewer than five figures', () => {
    expect(exceptionsFor('spc-signal', series([11, 12, 11, 40]))).toEqual([]);
  });

  it('leaves missing figures out of the chart rather than counting them as zero', () => {
    const withGap = series([30, 28, 29, 30, null, 31, 32, 33, 34, 29, 28]);
    const found = exceptionsFor('spc-signal', withGap);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('trial limits from 10 figures');
    expect(exceptionsFor('spc-signal', series([11, null, 12, 11, null, 30]))).toEqual([]);
  });

  it('never charts a year-to-date or rolling measure', () => {
    const yearToDate = series([...steady, 24], { cumulative: true });
    expect(exceptionsFor('spc-signal', yearToDate)).toEqual([]);
  });

  it('flags seven quarters in a row rising as a trend', () => {
    const rising = series([30, 28, 29, 30, 31, 32, 33, 34, 29, 28], { polarity: 'low' });
    const trend = exceptionsFor('spc-signal', rising).find((exception) =>
      exception.message.includes('times in a row'),
    );
    expect(trend?.message).toContain(
      'has risen 6 times in a row, from 28% in Q2 2020/21 to 34% in Q4 2021/22',
    );
    expect(trend?.period).toBe('Q4 2021/22');
  });

  it('flags seven quarters above the average as a shift', () => {
    const shifted = series([10, 14, 11, 13, 12.6, 12.4, 12.8, 12.5, 12.9, 12.7, 12.6, 9, 8]);
    const shift = exceptionsFor('spc-signal', shifted).find((exception) =>
      exception.message.includes('above its average'),
    );
    expect(shift?.message).toContain('for 8 periods in a row, from Q4 2020/21 to Q3 2022/23');
  });

  it('flags two of three figures close to a limit', () => {
    const nearing = series([...steady.slice(0, 10), 18, 13, 18]);
    const near = exceptionsFor('spc-signal', nearing).find((exception) =>
      exception.message.includes('two of three'),
    );
    expect(near?.message).toContain(
      'was 18% in Q3 2022/23 and 18% in Q1 2023/24: close to the upper control limit of 20.3%',
    );
  });

  it('finds nothing in a run that only varies by chance', () => {
    expect(exceptionsFor('spc-signal', series(steady))).toEqual([]);
  });
});

// The scorecard's sparklines are drawn by hand: a line through the figures present, broken where a
// period has no figure, and nothing at all when there are too few figures to draw a line.
import { render } from '@testing-library/react';
import { Sparkline, sparklinePaths } from '../../renderer/components/indicators/Sparkline';

describe('a scorecard sparkline', () => {
  it('draws nothing with fewer than two figures', () => {
    expect(sparklinePaths([19.7])).toEqual([]);
    expect(sparklinePaths([null, 19.7, null])).toEqual([]);
  });

  it('puts the highest figure at the top and the lowest at the bottom of its box', () => {
    const [path] = sparklinePaths([10, 20]);
    expect(path).toBe('4.0,28.0 116.0,4.0');
  });

  it('breaks the line where a period has no figure', () => {
    expect(sparklinePaths([1, 2, null, 3, 4])).toHaveLength(2);
  });

  it('is hidden from screen readers, since the row says the same in words', () => {
    const { container } = render(<Sparkline values={[1, 2, 3]} />);
    expect(container.querySelector('.sparkline')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelectorAll('polyline')).toHaveLength(1);
  });
});

// The briefing's chart as SVG, drawn without a browser: what a reader sees in the picture and
// what a screen reader hears from it, for the awkward runs real dashboards give.
import { indicatorChartSvg, type ChartPoint } from '../../shared/briefing/chart-svg';

const point = (
  period: string,
  value: number | null,
  extra: Partial<ChartPoint> = {},
): ChartPoint => ({
  period,
  value,
  target: null,
  neighbourAverage: null,
  rag: null,
  ...extra,
});

const valueLines = (svg: string): string[] =>
  [...svg.matchAll(/<path d="([^"]+)" fill="none" stroke="#3a7bd5" stroke-width="3"\/>/g)].map(
    (match) => match[1]!,
  );

describe('the briefing chart drawn as SVG', () => {
  it('names itself by its title and describes its figures, with markup in names escaped', () => {
    const svg = indicatorChartSvg({
      title: 'Pupils "persistently" absent <10% & rising',
      description: 'Q1 12%; Q2 14%',
      unit: '%',
      points: [point('Q1', 12), point('Q2', 14)],
      idPrefix: 'c7',
    });
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="c7-title" aria-describedby="c7-desc"/,
    );
    expect(svg).toContain(
      '<title id="c7-title">Pupils &quot;persistently&quot; absent &lt;10% &amp; rising</title>',
    );
    expect(svg).toContain('<desc id="c7-desc">Q1 12%; Q2 14%</desc>');
    expect(svg).not.toMatch(/<10% &/);
  });

  it('leaves a gap where a quarter has no figure rather than joining across it', () => {
    const svg = indicatorChartSvg({
      title: 'Re-referrals',
      description: '',
      unit: '%',
      points: [
        point('Q1', 20),
        point('Q2', 21),
        point('Q3', null),
        point('Q4', 19),
        point('Q1 next', 18),
      ],
    });
    expect(valueLines(svg)).toHaveLength(2);
  });

  it('marks red, amber and green with different shapes and lists them in the legend', () => {
    const svg = indicatorChartSvg({
      title: 'Assessments on time',
      description: '',
      unit: '%',
      points: [
        point('Q1', 90, { rag: 'green', target: 88 }),
        point('Q2', 86, { rag: 'amber', target: 88 }),
        point('Q3', 80, { rag: 'red', target: 88 }),
      ],
    });
    expect(svg).toMatch(/<rect [^>]*fill="#1d8547"/);
    expect(svg).toMatch(/<path d="M[^"]*Z" fill="#b85c00"/);
    expect(svg).toMatch(/<circle [^>]*r="6" fill="#d4351c"/);
    for (const label of ['Value', 'Target', 'Red', 'Amber', 'Green'])
      expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toContain('>Neighbour average</text>');
  });

  it('says there are no figures to draw when every value is missing', () => {
    const svg = indicatorChartSvg({
      title: 'Not yet reported',
      description: '',
      unit: null,
      points: [point('Q1', null), point('Q2', null)],
    });
    expect(svg).toContain('No figures to draw');
  });
});

// An indicator's page: the run of quarters as a chart with a title, description and a sentence
// summarising it; the same figures as a table with sources; and the chart saved as an SVG file.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeTransport, renderApp } from './fake-app';
import { aSeries, aSummary } from './indicator-fixture';

const altText =
  'Re-referrals within 12 months, 4 quarters from Q1 2021/22 to Q4 2021/22: from 19.7% to 20.1%, ' +
  'highest 20.1% in Q4 2021/22, lowest 19.3% in Q2 2021/22; target below 18.7% missed in every quarter.';

function indicatorApp() {
  return fakeTransport({
    'indicators.list': () => [aSummary()],
    'indicators.series': ({ id }) => {
      if (id !== 3) throw new Error(`There is no indicator ${id}.`);
      return aSeries();
    },
    'documents.page': ({ page }) => ({
      documentId: 4,
      fileName: 'cyp-scrutiny-2022-07-12.pdf',
      page,
      pageCount: 30,
      text: `Page ${page} of the performance dashboard`,
    }),
  });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('an indicator page', () => {
  it('is headed by the indicator’s name and says which way is good', async () => {
    await renderApp(indicatorApp().transport, '#/indicators/3');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Re-referrals within 12 months',
    );
    expect(screen.getByText('Lower is better', { selector: 'dd' })).toBeInTheDocument();
  });

  it('draws the run as a chart named by a sentence that summarises it', async () => {
    await renderApp(indicatorApp().transport, '#/indicators/3');
    const figure = screen.getByRole('figure', { name: altText });
    const svg = figure.querySelector('svg.recharts-surface') as SVGSVGElement;
    expect(svg.querySelector('title')).toHaveTextContent(
      'Re-referrals within 12 months: values by period',
    );
    expect(svg.querySelector('desc')).toHaveTextContent(altText);
    expect(figure.querySelector('figcaption')).toHaveTextContent(altText);
    expect(within(figure).getByRole('list', { name: 'Key' })).toHaveTextContent(
      'ValueTargetNeighbour averageRedAmber',
    );
  });

  it('shows the same figures as a table, one row per period, with their sources', async () => {
    const user = userEvent.setup();
    await renderApp(indicatorApp().transport, '#/indicators/3');
    const asTable = screen.getByRole('button', { name: 'Show as a table' });
    expect(asTable).toHaveAttribute('aria-pressed', 'false');
    await user.click(asTable);
    expect(asTable).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Re-referrals within 12 months: values by period',
    });
    expect(within(table).getByRole('columnheader', { name: 'Period' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Q1 2021/22',
      'Q2 2021/22',
      'Q3 2021/22',
      'Q4 2021/22',
    ]);
    const second = rows[1] as HTMLElement;
    expect(second).toHaveTextContent('Restated as 19.5% in the papers for 11 October 2022');
    expect(second).toHaveTextContent('Amber');

    await user.click(
      within(rows[3] as HTMLElement).getByRole('button', { name: 'Source: page 18' }),
    );
    expect(await screen.findByRole('dialog')).toHaveTextContent('Page 18 of 30');
  });

  it('saves the chart as an SVG file carrying its title, description and legend', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:chart';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderApp(indicatorApp().transport, '#/indicators/3');

    await user.click(screen.getByRole('button', { name: 'Download chart as SVG' }));

    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('re-referrals-within-12-months.svg');
    const [blob] = saved;
    expect(blob?.type).toBe('image/svg+xml');
    const markup = await readBlob(blob as Blob);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('<title>Re-referrals within 12 months: values by period</title>');
    expect(markup).toContain(`<desc>${altText}</desc>`);
    expect(markup).toContain('>Neighbour average</text>');
    click.mockRestore();
    await act(async () => {});
  });

  it('offers the chart as a PNG picture too', async () => {
    await renderApp(indicatorApp().transport, '#/indicators/3');
    expect(screen.getByRole('button', { name: 'Download chart as PNG' })).toBeInTheDocument();
  });
});

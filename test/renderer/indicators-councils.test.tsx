// The scorecard where two councils' packs are imported: it asks which council, starts with the one
// whose pack is the most recent, and never mixes one council's indicators into another's.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeTransport, renderApp } from './fake-app';
import { aSummary } from './indicator-fixture';

const neet = 'Young people aged 16-17 not in education, employment or training';

function twoCouncilsApp() {
  return fakeTransport({
    'indicators.list': () => [
      aSummary({
        id: 1,
        name: neet,
        council: 'Northwold District Council',
        latestPackDate: '2023-12-06',
      }),
      aSummary({
        id: 2,
        name: 'Missed bin collections per 100,000',
        council: 'Northwold District Council',
        latestPackDate: '2023-12-06',
      }),
      aSummary({
        id: 3,
        name: `${neet} (Eastbridge City Council)`,
        council: 'Eastbridge City Council',
        latestPackDate: '2024-01-11',
      }),
    ],
  });
}

const rowNames = () =>
  screen.getAllByRole('rowheader').map((cell) => cell.textContent?.trim() ?? '');

describe('the scorecard with two councils', () => {
  it('asks which council and starts with the council whose pack is the most recent', async () => {
    await renderApp(twoCouncilsApp().transport, '#/indicators');
    const chooser = screen.getByRole('combobox', { name: 'Council' });
    expect(chooser).toHaveValue('Eastbridge City Council');
    expect(rowNames()).toEqual([expect.stringContaining('Eastbridge City Council')]);
  });

  it('shows only the chosen council’s indicators', async () => {
    const user = userEvent.setup();
    await renderApp(twoCouncilsApp().transport, '#/indicators');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Council' }),
      'Northwold District Council',
    );
    expect(rowNames()).toHaveLength(2);
    expect(rowNames().join(' ')).not.toMatch(/Eastbridge/);
  });

  it('does not ask when every indicator is one council’s', async () => {
    await renderApp(
      fakeTransport({
        'indicators.list': () => [aSummary({ council: 'Northwold District Council' })],
      }).transport,
      '#/indicators',
    );
    expect(screen.queryByRole('combobox', { name: 'Council' })).not.toBeInTheDocument();
    expect(rowNames()).toHaveLength(1);
  });
});

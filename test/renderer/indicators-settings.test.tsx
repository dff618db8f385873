// Correcting what an import got wrong about an indicator: its name, which way is good, a name
// wrongly taken as the same measure, and a duplicate to merge in (only after confirming).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Args } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';
import { aSeries, aSummary } from './indicator-fixture';

const duplicate = aSummary({
  id: 11,
  name: 'The % of re-referrals within 12 months',
  aliases: [],
});

function settingsApp() {
  let current = aSummary();
  return fakeTransport({
    'indicators.list': () => [current, duplicate],
    'indicators.series': () => aSeries(),
    'indicators.rename': ({ name }: Args<'indicators.rename'>) => (current = { ...current, name }),
    'indicators.setPolarity': ({ polarity }) => (current = { ...current, polarity }),
    'indicators.merge': () => (current = { ...current, valueCount: 8 }),
    'indicators.splitAlias': () => (current = { ...current, aliases: [] }),
  });
}

const part = (): HTMLElement => screen.getByRole('region', { name: 'About this indicator' });

describe('correcting an indicator', () => {
  it('renames it, and the page heading follows', async () => {
    const user = userEvent.setup();
    const { transport, calls } = settingsApp();
    await renderApp(transport, '#/indicators/3');
    const name = within(part()).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Re-referrals to children’s social care within 12 months');
    await user.click(within(part()).getByRole('button', { name: 'Rename' }));
    expect(callsTo(calls, 'indicators.rename')).toEqual([
      { id: 3, name: 'Re-referrals to children’s social care within 12 months' },
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Re-referrals to children’s social care within 12 months',
    );
    expect(within(part()).getByRole('status')).toHaveTextContent('Name saved.');
  });

  it('sets which way is good and reloads the run judged by it', async () => {
    const user = userEvent.setup();
    const { transport, calls } = settingsApp();
    await renderApp(transport, '#/indicators/3');
    await user.selectOptions(
      within(part()).getByLabelText('Which way is good'),
      'Higher is better',
    );
    await user.click(within(part()).getByRole('button', { name: 'Save' }));
    expect(callsTo(calls, 'indicators.setPolarity')).toEqual([{ id: 3, polarity: 'high' }]);
    expect(screen.getByText('Higher is better', { selector: 'dd' })).toBeInTheDocument();
    expect(callsTo(calls, 'indicators.series')).toHaveLength(2);
  });

  it('splits out a name that is a different measure', async () => {
    const user = userEvent.setup();
    const { transport, calls } = settingsApp();
    await renderApp(transport, '#/indicators/3');
    await user.click(
      within(part()).getByRole('button', {
        name: 'Split out ‘% of re-referrals within 12 months (low = good)’',
      }),
    );
    expect(callsTo(calls, 'indicators.splitAlias')).toEqual([
      { id: 3, alias: '% of re-referrals within 12 months (low = good)' },
    ]);
    expect(within(part()).getByText('The papers have used only this name.')).toBeInTheDocument();
  });

  it('merges another indicator in only after the member confirms', async () => {
    const user = userEvent.setup();
    const { transport, calls } = settingsApp();
    await renderApp(transport, '#/indicators/3');
    await user.selectOptions(
      within(part()).getByLabelText('Merge another indicator into this one'),
      'The % of re-referrals within 12 months',
    );
    await user.click(within(part()).getByRole('button', { name: 'Merge' }));
    expect(callsTo(calls, 'indicators.merge')).toEqual([]);
    const confirm = within(part()).getByRole('group', { name: 'Confirm the merge' });
    expect(confirm).toHaveTextContent(
      'Merge ‘The % of re-referrals within 12 months’ into ‘Re-referrals within 12 months’?',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Yes, merge them' }));
    expect(callsTo(calls, 'indicators.merge')).toEqual([{ keepId: 3, mergeId: 11 }]);
    expect(within(part()).queryByLabelText('Merge another indicator into this one')).toBeNull();
  });
});

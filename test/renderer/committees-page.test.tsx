// The Committees page over a fake app: reached from the navigation, a committee renamed, a merge
// confirmed after saying what will move, and a refused merge shown beside its control.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';

type Committee = Result<'committees.list'>[number];

const parks: Committee = {
  id: 1,
  name: 'Parks Panel',
  council: 'Eastmoor District Council',
  meetingCount: 3,
  aliases: [],
};
const openSpaces: Committee = {
  id: 2,
  name: 'Open Spaces Board',
  council: 'Eastmoor District Council',
  meetingCount: 2,
  aliases: [],
};

/** A fake store holding two committees that renames and merges them as the app would. */
function twoCommittees(refuseMerge?: string) {
  let committees = [parks, openSpaces];
  return fakeTransport({
    'committees.list': () => committees,
    'committees.rename': ({ id, name }) => {
      committees = committees.map((each) => (each.id === id ? { ...each, name } : each));
      return committees;
    },
    'committees.merge': ({ fromId, intoId }) => {
      if (refuseMerge) throw new Error(refuseMerge);
      const from = committees.find((each) => each.id === fromId)!;
      committees = committees
        .filter((each) => each.id !== fromId)
        .map((each) =>
          each.id === intoId
            ? { ...each, meetingCount: each.meetingCount + from.meetingCount }
            : each,
        );
      return committees;
    },
  });
}

const rowOf = (name: string): HTMLElement =>
  screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('the Committees page', () => {
  it('is reached from the navigation and lists each committee with its council and meetings', async () => {
    const user = userEvent.setup();
    const { transport } = twoCommittees();
    await renderApp(transport, '#/meetings');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(nav).getByRole('link', { name: 'Committees' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Committees' })).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Committees in this store' });
    const cells = (name: string) =>
      within(rowOf(name))
        .getAllByRole('cell')
        .slice(0, 2)
        .map((cell) => cell.textContent);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Parks Panel', 'Open Spaces Board']);
    expect(cells('Parks Panel')).toEqual(['Eastmoor District Council', '3']);
    expect(cells('Open Spaces Board')).toEqual(['Eastmoor District Council', '2']);
  });

  it('renames a committee and announces its new name', async () => {
    const user = userEvent.setup();
    const { transport, calls } = twoCommittees();
    await renderApp(transport, '#/committees');
    const name = screen.getByRole('textbox', { name: 'New name for ‘Parks Panel’' });
    await user.clear(name);
    await user.type(name, 'Green Spaces Committee');
    await user.click(screen.getByRole('button', { name: 'Rename ‘Parks Panel’' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '‘Parks Panel’ is now called ‘Green Spaces Committee’.',
    );
    expect(callsTo(calls, 'committees.rename')).toEqual([
      { id: 1, name: 'Green Spaces Committee' },
    ]);
    expect(screen.getByRole('rowheader', { name: 'Green Spaces Committee' })).toBeInTheDocument();
  });

  it('merges one committee into another only after saying what will move', async () => {
    const user = userEvent.setup();
    const { transport, calls } = twoCommittees();
    await renderApp(transport, '#/committees');
    const row = rowOf('Open Spaces Board');
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Merge into (moves ‘Open Spaces Board’)' }),
      'Parks Panel (Eastmoor District Council)',
    );
    await user.click(within(row).getByRole('button', { name: 'Merge… ‘Open Spaces Board’' }));
    const confirm = within(row).getByRole('group', { name: /^Merge ‘Open Spaces Board’ into/ });
    expect(confirm).toHaveTextContent(
      'Its 2 meetings will move to ‘Parks Panel’ and ‘Open Spaces Board’ will no longer be listed.',
    );
    expect(callsTo(calls, 'committees.merge')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, merge' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '‘Open Spaces Board’ was merged into ‘Parks Panel’, which now has 5 meetings.',
    );
    expect(callsTo(calls, 'committees.merge')).toEqual([{ fromId: 2, intoId: 1 }]);
    expect(screen.queryByRole('rowheader', { name: 'Open Spaces Board' })).not.toBeInTheDocument();
  });

  it('shows why a merge was refused beside its control and keeps both committees', async () => {
    const user = userEvent.setup();
    const { transport } = twoCommittees(
      'Both committees have a meeting on 2032-03-02; nothing was merged.',
    );
    await renderApp(transport, '#/committees');
    const row = rowOf('Open Spaces Board');
    const into = within(row).getByRole('combobox', { name: /^Merge into/ });
    await user.selectOptions(into, 'Parks Panel (Eastmoor District Council)');
    await user.click(within(row).getByRole('button', { name: /^Merge…/ }));
    await user.click(within(row).getByRole('button', { name: 'Yes, merge' }));
    const alert = await within(row).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The committees were not merged. Both committees have a meeting on 2032-03-02; nothing was merged.',
    );
    expect(into).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(screen.getByRole('rowheader', { name: 'Open Spaces Board' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Parks Panel' })).toBeInTheDocument();
  });

  it('asks for a committee to merge into before confirming anything', async () => {
    const user = userEvent.setup();
    const { transport } = twoCommittees();
    await renderApp(transport, '#/committees');
    const row = rowOf('Parks Panel');
    await user.click(within(row).getByRole('button', { name: /^Merge…/ }));
    expect(within(row).getByRole('alert')).toHaveTextContent(
      'Choose the committee to merge it into.',
    );
    expect(within(row).queryByRole('button', { name: 'Yes, merge' })).not.toBeInTheDocument();
  });
});

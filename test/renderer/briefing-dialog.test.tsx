// "Export briefing" on a meeting's page: the items with reports are ticked, the preview shows the
// briefing with its chart, saving sends the chosen format and items, progress shows while it is
// written, "Cancel export" asks the app to stop, and the File menu's command opens the dialog.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';
import { aMeetingDetail } from './meeting-fixture';

const layout: Result<'briefing.preview'> = {
  title: 'Briefing: Children and Young People Scrutiny Committee, 12 January 2027',
  blocks: [
    {
      type: 'heading',
      level: 1,
      text: 'Briefing: Children and Young People Scrutiny Committee, 12 January 2027',
    },
    { type: 'heading', level: 2, text: 'Item 4: Quarter 2 2026/27 Performance Report' },
    {
      type: 'chart',
      id: 3,
      title: 'Re-referrals within 12 months',
      description: 'Q1 22%; Q2 24%',
      unit: '%',
      points: [
        { period: 'Q1 2026/27', value: 22, target: 20, neighbourAverage: null, rag: 'amber' },
        { period: 'Q2 2026/27', value: 24, target: 20, neighbourAverage: null, rag: 'red' },
      ],
      alt: 'Chart: Re-referrals within 12 months, Q1 22%; Q2 24%',
    },
  ],
};

function briefingApp(exportFile: () => Promise<Result<'briefing.export'>>) {
  return fakeTransport({
    'meetings.get': () => aMeetingDetail(),
    'workspace.meeting': () => ({ questions: [], notes: [] }),
    'briefing.preview': () => layout,
    'briefing.export': exportFile,
    'briefing.cancel': () => ({ cancelled: true }),
  });
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Export briefing' }));
  return screen.getByRole('dialog', { name: 'Export briefing' });
}

beforeAll(() => {
  URL.createObjectURL = jest.fn(() => 'blob:briefing');
  URL.revokeObjectURL = jest.fn();
});

describe('exporting a briefing from the meeting page', () => {
  it('ticks the items with reports and previews the briefing with its chart', async () => {
    const user = userEvent.setup();
    const app = briefingApp(() => new Promise(() => undefined));
    await renderApp(app.transport, '#/meetings/7');
    const dialog = await openDialog(user);
    expect(
      within(dialog).getByRole('checkbox', { name: /^4\. Quarter 2 2026\/27 Performance Report/ }),
    ).toBeChecked();
    expect(
      within(dialog).getByRole('checkbox', { name: /^1\. Minutes of the meeting/ }),
    ).not.toBeChecked();
    const preview = await within(dialog).findByRole('region', { name: 'Preview of the briefing' });
    expect(
      within(preview).getByRole('heading', {
        name: 'Item 4: Quarter 2 2026/27 Performance Report',
      }),
    ).toBeInTheDocument();
    expect(
      within(preview).getByRole('img', { name: 'Re-referrals within 12 months' }),
    ).toBeInTheDocument();
    expect(callsTo(app.calls, 'briefing.preview').at(-1)).toEqual({ meetingId: 7, items: ['4'] });
  });

  it('saves the chosen format and says which file it saved', async () => {
    const user = userEvent.setup();
    const app = briefingApp(async () => ({
      fileName: 'briefing-2027-01-12.pdf',
      mimeType: 'application/pdf',
      dataBase64: btoa('%PDF-1.7'),
    }));
    await renderApp(app.transport, '#/meetings/7');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: /^PDF/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save briefing' }));
    expect(await within(dialog).findByText('Saved briefing-2027-01-12.pdf.')).toBeInTheDocument();
    expect(callsTo(app.calls, 'briefing.export')).toEqual([
      { meetingId: 7, items: ['4'], format: 'pdf' },
    ]);
  });

  it('shows progress while writing, and "Cancel export" asks the app to stop', async () => {
    const user = userEvent.setup();
    let refuse: (error: Error) => void = () => undefined;
    const app = briefingApp(() => new Promise((_, reject) => (refuse = reject)));
    await renderApp(app.transport, '#/meetings/7');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save briefing' }));
    app.emit({
      type: 'progress',
      task: 'briefing',
      done: 3,
      total: 13,
      message: 'Drew chart 2 of 11',
    });
    expect(
      within(dialog).getByRole('progressbar', { name: 'Writing the briefing' }),
    ).toHaveAttribute('value', '3');
    expect(within(dialog).getByText('Drew chart 2 of 11')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    expect(callsTo(app.calls, 'briefing.cancel')).toHaveLength(1);
    refuse(new Error('The briefing was cancelled. Nothing was saved.'));
    expect(
      await within(dialog).findByText('The briefing was cancelled. Nothing was saved.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save briefing' })).toBeInTheDocument();
  });

  it('opens when the desktop File menu asks for it', async () => {
    const app = briefingApp(() => new Promise(() => undefined));
    await renderApp(app.transport, '#/meetings/7');
    await screen.findByRole('button', { name: 'Export briefing' });
    expect(screen.queryByRole('dialog', { name: 'Export briefing' })).toBeNull();
    app.emit({ type: 'menu', command: 'export-briefing' });
    expect(screen.getByRole('dialog', { name: 'Export briefing' })).toBeInTheDocument();
  });
});

// Importing agenda packs: chosen or dropped files travel as base64 in one call, each file gets a
// progress bar while the app reads it, and the report says in words what happened to every file.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../shared/contract';
import { bytesToBase64 } from '../../renderer/import/upload';
import { callsTo, fakeTransport, renderApp } from './fake-app';

type ImportResult = Result<'import.files'>[number];
type Meeting = Result<'meetings.list'>[number];

const counts = {
  pages: 6,
  agendaItems: 6,
  reports: 2,
  paragraphs: 14,
  minutes: 5,
  resolutions: 3,
  questions: 1,
  dashboards: 0,
  unrecognisedLines: 0,
  indicatorFigures: 0,
};

const imported: ImportResult = {
  file: 'cyp-2027-01-12.txt',
  status: 'imported',
  meetings: ['2027-01-12', '2026-11-03'],
  counts,
  warnings: ['Page 6 held no text; it may be a scanned image.'],
  error: null,
};
const skipped: ImportResult = {
  file: 'cyp-2026-11-03.pdf',
  status: 'skipped',
  meetings: [],
  counts: null,
  warnings: ['cyp-2026-11-03.pdf was imported before; nothing was changed.'],
  error: null,
};
const failed: ImportResult = {
  file: 'locked.pdf',
  status: 'failed',
  meetings: [],
  counts: null,
  warnings: [],
  error: 'locked.pdf is protected by a password. Save a copy without one and import that.',
};

const committee = 'Children and Young People Scrutiny Committee';
const storedMeetings: Meeting[] = [
  {
    id: 1,
    committee,
    date: '2027-01-12',
    time: '10.00 am',
    location: 'Shire Hall',
    status: 'scheduled',
    agendaItemCount: 6,
  },
  {
    id: 2,
    committee,
    date: '2026-11-03',
    time: null,
    location: null,
    status: 'minutes-only',
    agendaItemCount: 0,
  },
];

const packText = 'Meeting: Children and Young People Scrutiny Committee\n';
const files = () => [
  new File([packText], 'cyp-2027-01-12.txt', { type: 'text/plain' }),
  new File(['%PDF-1.7 old'], 'cyp-2026-11-03.pdf', { type: 'application/pdf' }),
  new File(['%PDF-1.7 locked'], 'locked.pdf', { type: 'application/pdf' }),
];

/** A store that is empty until the import finishes, then holds the two meetings it found. */
function importingApp(results: ImportResult[] = [imported, skipped, failed]) {
  let meetings: Meeting[] = [];
  let finish: () => void = () => undefined;
  const app = fakeTransport({
    'meetings.list': () => meetings,
    'import.files': () =>
      new Promise((resolve) => {
        finish = () => {
          meetings = storedMeetings;
          resolve(results);
        };
      }),
    'import.cancel': () => ({ cancelled: true }),
    'import.sample': () => {
      meetings = storedMeetings;
      return [{ ...imported, file: 'sample-agenda-pack.txt' }];
    },
  });
  return { ...app, finish: () => act(async () => finish()) };
}

describe('importing agenda packs', () => {
  it('sends every chosen file as base64 in one call and reports each file in words', async () => {
    const user = userEvent.setup();
    const { transport, calls, finish } = importingApp();
    await renderApp(transport, '#/meetings');
    await user.upload(screen.getByLabelText('Choose agenda pack files'), files());

    expect(callsTo(calls, 'import.files')).toEqual([
      {
        files: [
          { name: 'cyp-2027-01-12.txt', dataBase64: Buffer.from(packText).toString('base64') },
          {
            name: 'cyp-2026-11-03.pdf',
            dataBase64: Buffer.from('%PDF-1.7 old').toString('base64'),
          },
          { name: 'locked.pdf', dataBase64: Buffer.from('%PDF-1.7 locked').toString('base64') },
        ],
      },
    ]);
    await finish();

    const report = screen.getByRole('region', { name: 'Import report' });
    expect(within(report).getByRole('heading', { name: 'Import report' })).toHaveFocus();
    const [first, second, third] = within(report)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('import-file'));
    expect(within(first!).getByText('Imported')).toBeInTheDocument();
    expect(within(first!).getByRole('link', { name: 'Tuesday 12 January 2027' })).toHaveAttribute(
      'href',
      '#/meetings/1',
    );
    expect(within(first!).getByRole('link', { name: 'Tuesday 3 November 2026' })).toHaveAttribute(
      'href',
      '#/meetings/2',
    );
    expect(within(first!).getByText('Agenda items').nextSibling).toHaveTextContent('6');
    expect(within(first!).getByText('Paragraphs').nextSibling).toHaveTextContent('14');
    expect(within(first!).getByText(/held no text/)).toBeInTheDocument();
    expect(within(second!).getByText('Already imported')).toBeInTheDocument();
    expect(within(third!).getByText('Failed')).toBeInTheDocument();
    expect(within(third!).getByRole('alert')).toHaveTextContent('protected by a password');
    expect(screen.getByText(/^Import finished:/)).toHaveTextContent(
      'Import finished: 1 file imported, 1 already imported, 1 failed.',
    );

    // The meetings list behind the report now shows what was imported.
    expect(screen.getByRole('heading', { level: 2, name: committee })).toBeInTheDocument();
  });

  it('shows a progress bar named by each file, moved by progress events for that file', async () => {
    const user = userEvent.setup();
    const { transport, emit, finish } = importingApp();
    await renderApp(transport, '#/meetings');
    await user.upload(screen.getByLabelText('Choose agenda pack files'), files().slice(0, 2));

    const bar = screen.getByRole('progressbar', { name: 'cyp-2027-01-12.txt' });
    const other = screen.getByRole('progressbar', { name: 'cyp-2026-11-03.pdf' });
    expect(bar).not.toHaveAttribute('value');
    expect(screen.getByText(/^Importing 2 files/)).toHaveAttribute('aria-live', 'polite');

    emit({
      type: 'progress',
      task: 'import',
      file: 'cyp-2027-01-12.txt',
      done: 3,
      total: 6,
      message: 'Reading cyp-2027-01-12.txt: page 3 of 6',
    });
    expect(bar).toHaveAttribute('value', '3');
    expect(bar).toHaveAttribute('max', '6');
    expect(other).not.toHaveAttribute('value');

    await finish();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('lets the member cancel an import under way', async () => {
    const user = userEvent.setup();
    const { transport, calls, finish } = importingApp();
    await renderApp(transport, '#/meetings');
    await user.upload(screen.getByLabelText('Choose agenda pack files'), files().slice(0, 1));
    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(callsTo(calls, 'import.cancel')).toEqual([{}]);
    expect(screen.getByText('Cancelling the import…')).toBeInTheDocument();
    await finish();
  });

  it('imports files dropped on the window through a drop zone shown while dragging', async () => {
    const { transport, calls, finish } = importingApp([imported]);
    await renderApp(transport, '#/questions');
    expect(screen.queryByText(/Drop agenda pack files/)).not.toBeInTheDocument();

    fireEvent.dragEnter(screen.getByRole('main'), { dataTransfer: { types: ['Files'] } });
    const zone = screen.getByText(/Drop agenda pack files here/);
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: files().slice(0, 1) } });

    expect(screen.queryByText(/Drop agenda pack files/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(callsTo(calls, 'import.files')).toEqual([
        {
          files: [
            { name: 'cyp-2027-01-12.txt', dataBase64: Buffer.from(packText).toString('base64') },
          ],
        },
      ]),
    );
    await finish();
    expect(screen.getByRole('region', { name: 'Import report' })).toBeInTheDocument();
  });

  it('refuses files that are not agenda packs without sending them, and says why', async () => {
    const { transport, calls } = importingApp();
    await renderApp(transport, '#/meetings');
    fireEvent.drop(screen.getByRole('main'), {
      dataTransfer: { types: ['Files'], files: [new File(['x'], 'minutes.xlsx')] },
    });
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByRole('alert')).toHaveTextContent(
      'minutes.xlsx is not a PDF, Word (.docx), text or Markdown file, so it was not imported.',
    );
    expect(callsTo(calls, 'import.files')).toEqual([]);
  });

  it('keeps the meetings on screen and says why when the import fails as a whole', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport({
      'meetings.list': () => storedMeetings,
      'import.files': () => {
        throw new Error('The store is locked by another program.');
      },
    });
    await renderApp(transport, '#/meetings');
    await user.upload(screen.getByLabelText('Choose agenda pack files'), files().slice(0, 1));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByRole('alert')).toHaveTextContent(
      'The import could not be completed. The store is locked by another program.',
    );
    expect(screen.getByRole('heading', { level: 2, name: committee })).toBeInTheDocument();
  });

  it('imports the sample briefing in one click on first run and lists its meetings', async () => {
    const user = userEvent.setup();
    const { transport, calls } = importingApp();
    await renderApp(transport, '#/meetings');
    await user.click(screen.getByRole('button', { name: 'Try the sample briefing' }));

    expect(callsTo(calls, 'import.sample')).toEqual([{}]);
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByRole('heading', { name: 'sample-agenda-pack.txt' })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: committee })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Try the sample briefing' }),
    ).not.toBeInTheDocument();

    await user.click(within(report).getByRole('button', { name: 'Close the report' }));
    expect(screen.queryByRole('region', { name: 'Import report' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toHaveFocus();
  });

  it('shows the report of an import started from the desktop File menu', async () => {
    const { transport, emit } = importingApp();
    await renderApp(transport, '#/search');
    emit({ type: 'import-report', results: [failed] });
    expect(await screen.findByRole('region', { name: 'Import report' })).toHaveTextContent(
      /locked\.pdf.*Failed/,
    );
  });
});

describe('encoding a file for import', () => {
  it('gives the same base64 as Node for a file larger than one chunk', () => {
    const bytes = new Uint8Array(100_003).map((_, index) => (index * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  // Spreading a whole file into String.fromCharCode overflows the stack long before 4 MB. (Larger
  // sizes only make the test slow: jsdom's btoa is written in JavaScript.)
  it('encodes a file of several megabytes without running out of stack', () => {
    const bytes = new Uint8Array(4 * 1024 * 1024).fill(65);
    expect(bytesToBase64(bytes)).toHaveLength(Math.ceil(bytes.length / 3) * 4);
  });
});

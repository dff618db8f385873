// A meeting's page as a member reads it before the meeting: the front sheet, the agenda linked to
// its reports, who attended, what was RESOLVED set apart from commitments made in passing, the
// reports with their paragraph numbers, and the source of every fact a click away.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callsTo, fakeTransport, renderApp } from './fake-app';
import { aDocumentPage, aMeetingDetail } from './meeting-fixture';

function meetingApp() {
  return fakeTransport({
    'meetings.get': ({ id }) => {
      if (id !== 7) throw new Error(`There is no meeting ${id}. It may have been removed.`);
      return aMeetingDetail();
    },
    'documents.page': ({ page }) => aDocumentPage(page),
  });
}

const part = (name: string): HTMLElement => screen.getByRole('region', { name });

describe('a meeting page', () => {
  it('is headed by the committee and the date, with the front sheet facts and contact', async () => {
    await renderApp(meetingApp().transport, '#/meetings/7');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Children and Young People Scrutiny Committee, 12 January 2027',
    );
    const details = part('Meeting details');
    expect(within(details).getByText('Tuesday 12 January 2027')).toBeInTheDocument();
    expect(
      within(details).getByText('Council Chamber, Shire Hall, Borchester'),
    ).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: '01632 960123' })).toHaveAttribute(
      'href',
      'tel:01632960123',
    );
    expect(
      within(details).getByRole('link', { name: 'priya.natarajan@borsetshire.example' }),
    ).toHaveAttribute('href', 'mailto:priya.natarajan@borsetshire.example');
    expect(within(details).getByText('Cllr E. Grundy')).toBeInTheDocument();
    expect(document.title).toBe(
      'Children and Young People Scrutiny Committee, 12 January 2027 – Scrutineer',
    );
  });

  it('lists the agenda with printed numbers and pages, linking items to their reports', async () => {
    const user = userEvent.setup();
    await renderApp(meetingApp().transport, '#/meetings/7');
    const items = within(await screen.findByRole('region', { name: 'Agenda' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      '1Minutes of the meeting held on 3 November 2026Pages 2–3Source: page 1' +
        'Add question or note on item 1 Minutes of the meeting held on 3 November 2026',
      "4Quarter 2 2026/27 Performance ReportReport by Director of Children's Services · Pages 4–5Source: page 1" +
        'Add question or note on item 4 Quarter 2 2026/27 Performance Report',
    ]);
    await user.click(
      within(items[1] as HTMLElement).getByRole('link', {
        name: 'Quarter 2 2026/27 Performance Report',
      }),
    );
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Item 4: Quarter 2 2026/27 Performance Report',
      }),
    ).toHaveFocus();
    expect(window.location.hash).toBe('#/meetings/7');
  });

  it('says who attended, marking the chair in words', async () => {
    await renderApp(meetingApp().transport, '#/meetings/7');
    const attendance = await screen.findByRole('region', { name: 'Attendance' });
    const lists = within(attendance)
      .getAllByRole('list')
      .map((list) =>
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      );
    expect(lists).toEqual([
      ['Cllr J. Archer (chair)', 'Cllr E. Grundy', 'Cllr L. Snell'],
      ['Cllr R. Tucker, Cabinet Member for Children and Families'],
      ['Cllr S. Horrobin'],
    ]);
  });

  it('keeps lettered resolutions (a) and (b) in a Resolved box, apart from commitments', async () => {
    await renderApp(meetingApp().transport, '#/meetings/7');
    const minutes = await screen.findByRole('region', {
      name: 'Minutes recorded for this meeting',
    });
    expect(
      within(minutes).getByRole('heading', { name: '24 Quarter 1 2026/27 Performance Report' }),
    ).toBeInTheDocument();
    expect(within(minutes).getByText(/risen for a third quarter/)).toBeInTheDocument();

    const resolved = within(minutes).getByRole('region', { name: 'Resolved' });
    const resolutions = within(resolved).getAllByRole('listitem');
    expect(resolutions.map((item) => item.textContent)).toEqual([
      '(a)That the report be noted.Noting · Status: DoneSource: page 4' +
        'Add question or note on resolution (a)',
      '(b)That the Director be requested to bring a report on re-referrals to the next meeting.Request · Status: OpenSource: page 4' +
        'Add question or note on resolution (b)',
    ]);
    expect(within(resolved).queryByText(/undertook/)).not.toBeInTheDocument();

    const commitments = within(minutes).getByRole('region', { name: 'Commitments made' });
    expect(within(commitments).getByText(/undertook to circulate/)).toBeInTheDocument();
    expect(within(commitments).getByText('Commitment · Status: Open')).toBeInTheDocument();

    const questions = within(minutes).getByRole('region', { name: 'Questions' });
    expect(within(questions).getByText('Ms A. Carter')).toBeInTheDocument();
    expect(within(questions).getByText(/Forty-one applications/)).toBeInTheDocument();
  });

  it('shows reports with their headings and visible paragraph numbers', async () => {
    await renderApp(meetingApp().transport, '#/meetings/7');
    const report = await screen.findByRole('region', {
      name: 'Item 4: Quarter 2 2026/27 Performance Report',
    });
    expect(within(report).getByText("Report of Director of Children's Services")).toBeVisible();
    expect(
      within(report)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Purpose', 'Background']);
    const paragraph = within(report).getByText('Re-referrals were 27.3% (39) in quarter 2.');
    expect(paragraph.closest('.report-paragraph')).toHaveTextContent(
      /^2\.1Re-referrals were 27\.3% \(39\) in quarter 2\./,
    );
  });

  it('says so when the meeting cannot be found, with a way back to all meetings', async () => {
    await renderApp(meetingApp().transport, '#/meetings/99');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your meeting could not be loaded. There is no meeting 99.',
    );
    expect(screen.getByRole('link', { name: 'All meetings' })).toHaveAttribute(
      'href',
      '#/meetings',
    );
  });
});

describe('the source of a fact', () => {
  it('opens the page in a dialog with the source lines marked, and returns focus on close', async () => {
    const user = userEvent.setup();
    const { transport, calls } = meetingApp();
    await renderApp(transport, '#/meetings/7');
    const resolved = await screen.findByRole('region', { name: 'Resolved' });
    const [, sourceOfB] = within(resolved).getAllByRole('button', { name: 'Source: page 4' });
    await user.click(sourceOfB as HTMLElement);

    const dialog = await screen.findByRole('dialog', { name: 'cyp-2027-01-12.pdf' });
    expect(within(dialog).getByText('Page 4 of 6')).toBeInTheDocument();
    expect(dialog.querySelector('mark')).toHaveTextContent(
      /^\(b\) That the Director be requested to bring a report on re-referrals to the next meeting\.$/,
    );
    expect(within(dialog).getByText(/RESOLVED:/)).toBeInTheDocument();
    expect(callsTo(calls, 'documents.page')).toEqual([{ documentId: 3, page: 4 }]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sourceOfB).toHaveFocus();
  });

  it('turns to the next and previous pages, marking lines only on the source page', async () => {
    const user = userEvent.setup();
    await renderApp(meetingApp().transport, '#/meetings/7');
    const resolved = await screen.findByRole('region', { name: 'Resolved' });
    await user.click(within(resolved).getAllByRole('button', { name: 'Source: page 4' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'cyp-2027-01-12.pdf' });

    await user.click(within(dialog).getByRole('button', { name: 'Next page' }));
    expect(await within(dialog).findByText('Page 5 of 6')).toBeInTheDocument();
    expect(within(dialog).getByText('Text of page 5.')).toBeInTheDocument();
    expect(dialog.querySelector('mark')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Previous page' }));
    expect(await within(dialog).findByText('Page 4 of 6')).toBeInTheDocument();
    expect(dialog.querySelector('mark')).toHaveTextContent('(a) That the report be noted;');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

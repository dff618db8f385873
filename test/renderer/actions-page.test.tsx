// The chair's Actions page and the meeting page's "Actions from earlier meetings", over a fake
// app: outstanding first with overdue marked, filters by kind, owner and status, a status saved
// with a note, and a suggested follow-up confirmed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Args, Result } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';
import { aDocumentPage, aMeetingDetail } from './meeting-fixture';

type Action = Result<'actions.list'>[number];

function anAction(id: number, overrides: Partial<Action>): Action {
  return {
    id,
    committee: 'Environment and Transport Scrutiny Panel',
    meetingId: 3,
    meetingDate: '2027-01-12',
    minuteNumber: '32',
    minuteTitle: 'Bus Service Improvement Plan',
    label: null,
    text: 'That the report be noted.',
    kind: 'noted',
    tracked: false,
    owner: null,
    due: null,
    dueWords: null,
    status: 'open',
    overdue: false,
    source: { documentId: 1, page: 2, lineFrom: 10, lineTo: 12 },
    history: [],
    followUps: [],
    ...overrides,
  };
}

const bins = anAction(11, {
  meetingDate: '2027-03-09',
  minuteNumber: '43',
  label: 'b',
  minuteTitle: 'Waste Collection Performance',
  text: 'That an update on missed bin collections be brought to the Panel in six months.',
  kind: 'request',
  tracked: true,
  due: '2027-09',
  dueWords: 'in six months',
  overdue: true,
});
const bus = anAction(2, {
  label: 'b',
  text: 'That a further report on the evening bus network be brought to the June meeting.',
  kind: 'request',
  tracked: true,
  owner: 'the Head of Passenger Transport',
  due: '2027-06',
  dueWords: 'the June meeting',
  followUps: [
    {
      id: 5,
      meetingId: 9,
      meetingDate: '2027-06-15',
      agendaNumber: '3',
      title: 'Evening Bus Network: Progress Report',
      target: 'agenda-item',
      evidence: 'same subject (Evening, Bus, Network)',
      state: 'suggested',
    },
  ],
});
const noted = anAction(1, {});

type Filters = Args<'actions.summary'>;
const outstanding = (a: Action): boolean =>
  a.tracked && (a.status === 'open' || a.status === 'in-progress');

/** What the app keeps under the page's filters, in the chair's order (the fixtures' order). */
function filtered(actions: Action[], filters: Filters): Action[] {
  return actions.filter(
    (a) =>
      (filters.committeeName === undefined || a.committee === filters.committeeName) &&
      (filters.kinds === undefined || filters.kinds.includes(a.kind)) &&
      (filters.owner === undefined || a.owner === filters.owner) &&
      (filters.statuses === undefined || filters.statuses.includes(a.status)) &&
      (!filters.open || outstanding(a)),
  );
}

function actionsApp(list: Action[] = [bins, bus, noted]) {
  const actions = list.map((action) => ({ ...action }));
  return fakeTransport({
    'actions.list': ({ limit, offset = 0, ...filters }) =>
      filtered(actions, filters).slice(offset, limit === undefined ? undefined : offset + limit),
    'actions.summary': (filters) => {
      const ofCommittee = filtered(actions, { committeeName: filters.committeeName });
      return {
        committees: [...new Set(actions.map((a) => a.committee))].sort(),
        owners: [...new Set(ofCommittee.flatMap((a) => (a.owner ? [a.owner] : [])))].sort(),
        outstanding: ofCommittee.filter(outstanding).length,
        overdue: ofCommittee.filter((a) => a.overdue).length,
        matching: filtered(actions, filters).length,
      };
    },
    'actions.setStatus': ({ id, status, note }) => {
      const action = actions.find((each) => each.id === id)!;
      action.status = status;
      action.overdue = false;
      action.history = [
        ...action.history,
        { status, note: note ?? null, at: '2027-10-02T09:00:00.000Z', by: 'chair', source: null },
      ];
      return { ...action };
    },
    'actions.decideFollowUp': ({ id, state }) => {
      const action = actions.find((each) => each.followUps.some((f) => f.id === id))!;
      action.followUps = action.followUps.map((f) => (f.id === id ? { ...f, state } : f));
      return { ...action };
    },
    'documents.page': ({ page }) => aDocumentPage(page),
  });
}

const actionHeadings = (): string[] =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');

describe('the Actions page', () => {
  it('lists only actions at first, the overdue one first and marked, never "be noted"', async () => {
    await renderApp(actionsApp().transport, '#/actions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeInTheDocument();
    const headings = actionHeadings();
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/Overdue.*missed bin collections/);
    expect(headings[1]).not.toMatch(/Overdue/);
    expect(screen.queryByText('That the report be noted.')).not.toBeInTheDocument();
    expect(screen.getByText(/1 overdue/)).toBeInTheDocument();
    expect(screen.getByText('September 2027')).toBeInTheDocument();
  });

  it('links each action to its minute and its source page', async () => {
    await renderApp(actionsApp().transport, '#/actions');
    const link = await screen.findByRole('link', {
      name: '32(b) Bus Service Improvement Plan, 12 January 2027',
    });
    expect(link).toHaveAttribute('href', '#/meetings/3');
    expect(screen.getAllByRole('button', { name: 'Source: page 2' }).length).toBeGreaterThan(0);
  });

  it('filters by kind, owner and status', async () => {
    const user = userEvent.setup();
    await renderApp(actionsApp().transport, '#/actions');
    await screen.findByRole('heading', { level: 1, name: 'Actions' });
    await user.selectOptions(screen.getByLabelText('Kind'), 'Everything resolved');
    expect(actionHeadings()).toHaveLength(3);
    await user.selectOptions(screen.getByLabelText('Owner'), 'the Head of Passenger Transport');
    expect(actionHeadings()).toEqual([expect.stringMatching(/evening bus network/)]);
    await user.selectOptions(screen.getByLabelText('Owner'), 'Anyone');
    await user.selectOptions(screen.getByLabelText('Status'), 'Done');
    expect(screen.getByText('No actions match these filters.')).toBeInTheDocument();
  });

  it('saves a status with a dated note and keeps it in the history', async () => {
    const user = userEvent.setup();
    const app = actionsApp();
    await renderApp(app.transport, '#/actions');
    const card = (await screen.findByText(/missed bin collections/)).closest('article')!;
    await user.selectOptions(within(card).getByLabelText('New status'), 'In progress');
    await user.type(within(card).getByLabelText('Note (optional)'), 'Report booked for October');
    await user.click(within(card).getByRole('button', { name: 'Save status' }));
    expect(callsTo(app.calls, 'actions.setStatus')).toEqual([
      { id: 11, status: 'in-progress', note: 'Report booked for October' },
    ]);
    expect(await within(card).findByText('Saved: In progress.')).toBeInTheDocument();
    expect(
      within(card).getByText(/2 October 2027: In progress – Report booked for October/),
    ).toBeInTheDocument();
  });

  it('confirms a suggested follow-up', async () => {
    const user = userEvent.setup();
    const app = actionsApp();
    await renderApp(app.transport, '#/actions');
    const card = (await screen.findByText(/evening bus network/)).closest('article')!;
    expect(within(card).getByText('Suggested')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Confirm follow-up' }));
    expect(callsTo(app.calls, 'actions.decideFollowUp')).toEqual([{ id: 5, state: 'confirmed' }]);
    expect(await within(card).findByText('Confirmed')).toBeInTheDocument();
  });
});

describe('a long list of actions', () => {
  const many: Action[] = Array.from({ length: 130 }, (_, n) =>
    anAction(100 + n, {
      minuteNumber: String(n + 1),
      text: `That a report on subject number ${n + 1} be brought back.`,
      kind: 'request',
      tracked: true,
      owner: n % 2 === 0 ? 'the Director of Place' : 'the Head of Finance',
    }),
  );
  // A hundred action cards are a large page: read it with plain DOM queries, not by role.
  const shownTexts = (): string[] =>
    [...document.querySelectorAll('.action-list > li')].map((item) => item.textContent ?? '');
  const moreButton = (): HTMLButtonElement | undefined =>
    [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'More actions',
    );
  const summary = (): string => document.querySelector('.action-summary')?.textContent ?? '';
  const filters = {
    committeeName: 'Environment and Transport Scrutiny Panel',
    kinds: ['request', 'recommendation', 'commitment'],
  };

  it('shows the first hundred, and the rest after "More actions", asked with the same filters', async () => {
    const user = userEvent.setup();
    const app = actionsApp(many);
    await renderApp(app.transport, '#/actions');
    await waitFor(() => expect(shownTexts()).toHaveLength(100));
    expect(shownTexts()[99]).toMatch(/subject number 100 be/);
    await waitFor(() =>
      expect(summary()).toMatch(/130 outstanding, 0 overdue\. Showing 100 of 130\./),
    );

    await user.click(moreButton()!);
    await waitFor(() => expect(shownTexts()).toHaveLength(130));
    expect(shownTexts()[129]).toMatch(/subject number 130 be/);
    expect(moreButton()).toBeUndefined();
    expect(summary()).toMatch(/Showing 130\./);
    expect(callsTo(app.calls, 'actions.list')).toEqual([
      { ...filters, limit: 101 },
      { ...filters, limit: 101, offset: 100 },
    ]);
  }, 60_000);

  it('starts again from the first page of the filtered list when a filter changes', async () => {
    const user = userEvent.setup();
    const app = actionsApp(many);
    await renderApp(app.transport, '#/actions');
    await waitFor(() => expect(shownTexts()).toHaveLength(100));
    const owner = document.getElementById('actions-owner') as HTMLSelectElement;
    await user.selectOptions(owner, 'the Head of Finance');
    await waitFor(() => expect(shownTexts()).toHaveLength(65));
    expect(shownTexts().every((text) => text.includes('the Head of Finance'))).toBe(true);
    expect(summary()).toMatch(/Showing 65\./);
    expect(moreButton()).toBeUndefined();
    expect(callsTo(app.calls, 'actions.list').at(-1)).toEqual({
      ...filters,
      owner: 'the Head of Finance',
      limit: 101,
    });
  }, 60_000);
});

describe('actions from earlier meetings on a meeting page', () => {
  it('shows the earlier actions falling due at this meeting, with their follow-ups', async () => {
    const app = fakeTransport({
      'meetings.get': () => aMeetingDetail(),
      'actions.forMeeting': ({ meetingId }) => (meetingId === 7 ? [bus] : []),
    });
    await renderApp(app.transport, '#/meetings/7');
    const section = await screen.findByRole('region', { name: 'Actions from earlier meetings' });
    expect(within(section).getByText(/evening bus network/)).toBeInTheDocument();
    expect(
      within(section).getByRole('link', { name: /Evening Bus Network: Progress Report/ }),
    ).toHaveAttribute('href', '#/meetings/9');
  });

  it('says so when nothing from an earlier meeting falls due', async () => {
    await renderApp(
      fakeTransport({ 'meetings.get': () => aMeetingDetail() }).transport,
      '#/meetings/7',
    );
    expect(
      await screen.findByText('No action from an earlier meeting falls due at this one.'),
    ).toBeInTheDocument();
  });
});

// A fake transport standing in for the app (questions kept in memory, other lists and exceptions
// empty unless a test says otherwise, events pushed by the test) and a helper rendering the UI.
import { act, render, type RenderResult } from '@testing-library/react';
import type { AppEvent, Args, Method, Result } from '../../shared/contract';
import { App } from '../../renderer/App';
import { createApi, type Transport } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api-context';

export type FakeHandlers = { [M in Method]?: (args: Args<M>) => Result<M> | Promise<Result<M>> };
export interface RecordedCall {
  method: Method;
  args: unknown;
}

type Question = Result<'questions.list'>[number];

export function aQuestion(
  id: number,
  text: string,
  status: Question['status'] = 'draft',
): Question {
  return {
    id,
    text,
    status,
    meetingId: null,
    agendaItemId: null,
    indicatorId: null,
    resolutionId: null,
    createdAt: '2025-01-14T09:00:00.000Z',
    updatedAt: '2025-01-14T09:00:00.000Z',
  };
}

/** Handlers that behave like an empty store which keeps questions in memory. */
function emptyStore(questions: Question[]): FakeHandlers {
  const find = (id: number): Question => {
    const question = questions.find((each) => each.id === id);
    if (!question) throw new Error(`There is no question ${id}. It may have been deleted.`);
    return question;
  };
  return {
    'app.info': () => ({
      version: '0.1.0',
      schemaVersion: 1,
      storePath: '/home/member/Scrutineer/store.db',
      host: 'web',
    }),
    'meetings.list': () => [],
    'indicators.list': () => [],
    'indicators.exceptions': () => [],
    'resolutions.list': () => [],
    'questions.list': () => [...questions],
    'questions.create': ({ text }) => {
      const created = aQuestion(Math.max(0, ...questions.map((q) => q.id)) + 1, text);
      questions.push(created);
      return created;
    },
    'questions.update': ({ id, text, status }) => {
      const question = find(id);
      Object.assign(question, text === undefined ? {} : { text }, status ? { status } : {});
      return { ...question };
    },
    'questions.delete': ({ id }) => {
      questions.splice(questions.indexOf(find(id)), 1);
      return { deleted: true };
    },
    'search.query': () => [],
    'search.committees': () => [],
    'committees.list': () => [],
    'actions.list': () => [],
    'actions.summary': () => ({
      committees: [],
      owners: [],
      outstanding: 0,
      overdue: 0,
      matching: 0,
    }),
    'actions.forMeeting': () => [],
  };
}

export function fakeTransport(
  overrides: FakeHandlers = {},
  questions: Question[] = [],
): { transport: Transport; calls: RecordedCall[]; emit: (event: AppEvent) => void } {
  const handlers: FakeHandlers = { ...emptyStore(questions), ...overrides };
  const calls: RecordedCall[] = [];
  const listeners = new Set<(event: AppEvent) => void>();
  const transport: Transport = {
    async call(method, args) {
      calls.push({ method, args });
      const handler = handlers[method] as ((args: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`The fake app has no handler for ${method}.`);
      try {
        return { ok: true, result: await handler(args) };
      } catch (error) {
        return { ok: false, error: { code: 'failed', message: (error as Error).message } };
      }
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** Pushes an event to the UI as the app would, letting React settle. */
  const emit = (event: AppEvent): void =>
    act(() => {
      for (const listener of listeners) listener(event);
    });
  return { transport, calls, emit };
}

/**
 * Renders the whole app over a fake transport at an address such as '#/questions', and lets the
 * first loads (page and footer) finish before the test looks.
 */
export async function renderApp(transport: Transport, hash = ''): Promise<RenderResult> {
  window.location.hash = hash;
  let rendered: RenderResult | undefined;
  await act(async () => {
    rendered = render(
      <ApiProvider api={createApi(transport)}>
        <App />
      </ApiProvider>,
    );
  });
  if (!rendered) throw new Error('The app did not render.');
  return rendered;
}

/** The calls made to one method, in order. */
export function callsTo(calls: RecordedCall[], method: Method): unknown[] {
  return calls.filter((call) => call.method === method).map((call) => call.args);
}

// Every contract call from either host goes through dispatch: these cases show that bad calls
// are answered with an error a person can read, and that a handler can never leak a bad result.
import { dispatch, UserFacingError, type Handlers } from '../../electron/services/dispatch';
import { methods } from '../../shared/contract';

const question = {
  id: 1,
  text: 'Why?',
  status: 'draft' as const,
  meetingId: null,
  agendaItemId: null,
  indicatorId: null,
  resolutionId: null,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
};

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': () => ({ version: '0.1.0', schemaVersion: 1, storePath: '/tmp/x.db', host: 'web' }),
    'meetings.list': () => [],
    'indicators.list': () => [],
    'resolutions.list': () => [],
    'questions.list': () => [question],
    'questions.create': (args) => ({ ...question, text: args.text }),
    'questions.update': () => question,
    'questions.delete': () => ({ deleted: true }),
    'meetings.get': () => {
      throw new UserFacingError('There is no meeting 1.');
    },
    'documents.page': () => ({
      documentId: 1,
      fileName: 'pack.pdf',
      page: 1,
      pageCount: 1,
      text: '',
    }),
    'import.files': () => [],
    'import.sample': () => [],
    'import.cancel': () => ({ cancelled: false }),
    'indicators.series': () => {
      throw new UserFacingError('There is no indicator 1.');
    },
    'indicators.exceptions': () => [],
    'indicators.rename': () => {
      throw new UserFacingError('There is no indicator 1.');
    },
    'indicators.setPolarity': () => {
      throw new UserFacingError('There is no indicator 1.');
    },
    'indicators.merge': () => {
      throw new UserFacingError('There is no indicator 1.');
    },
    'indicators.splitAlias': () => {
      throw new UserFacingError('There is no indicator 1.');
    },
    'search.committees': () => [],
    'search.query': () => [],
    'committees.list': () => [],
    'committees.rename': () => {
      throw new UserFacingError('There is no committee 1.');
    },
    'committees.merge': () => {
      throw new UserFacingError('There is no committee 1.');
    },
    'actions.list': () => [],
    'actions.summary': () => ({
      committees: [],
      owners: [],
      outstanding: 0,
      overdue: 0,
      matching: 0,
    }),
    'actions.forMeeting': () => [],
    'actions.setStatus': () => {
      throw new UserFacingError('There is no action 1.');
    },
    'actions.decideFollowUp': () => {
      throw new UserFacingError('There is no suggested follow-up 1.');
    },
    'workspace.meeting': () => ({ questions: [], notes: [] }),
    'workspace.addQuestion': () => {
      throw new UserFacingError('There is no meeting 1.');
    },
    'workspace.updateQuestion': () => {
      throw new UserFacingError('There is no question 1.');
    },
    'workspace.reorder': ({ ids }) => ({ ids }),
    'workspace.addNote': () => {
      throw new UserFacingError('There is no meeting 1.');
    },
    'workspace.deleteNote': () => ({ deleted: false }),
    'briefing.preview': () => ({ title: 'Briefing', blocks: [] }),
    'briefing.export': () => {
      throw new UserFacingError('There is no meeting 1.');
    },
    'briefing.cancel': () => ({ cancelled: false }),
    ...overrides,
  };
}

describe('dispatching a contract call', () => {
  it('passes validated, trimmed arguments to the handler and returns its result', async () => {
    const envelope = await dispatch(fakeHandlers(), 'questions.create', {
      text: '  Why is it late?  ',
    });
    expect(envelope).toEqual({ ok: true, result: { ...question, text: 'Why is it late?' } });
  });

  it('treats a missing argument object as no arguments', async () => {
    await expect(dispatch(fakeHandlers(), 'meetings.list', undefined)).resolves.toEqual({
      ok: true,
      result: [],
    });
  });

  it.each([
    ['a number for text', { text: 42 }, /text: /],
    ['an empty question', { text: '   ' }, /a question needs some text/],
    ['an unexpected key', { text: 'Why?', admin: true }, /admin/],
    ['a list instead of an object', ['Why?'], /arguments/],
  ])('rejects %s with a readable message', async (_case, args, message) => {
    const envelope = await dispatch(fakeHandlers(), 'questions.create', args);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid-arguments');
    expect(envelope.error.message).toMatch(/^questions\.create was called with bad arguments: /);
    expect(envelope.error.message).toMatch(message);
  });

  it.each([['db.exec'], [42], [null], ['__proto__'], ['toString']])(
    'rejects the unknown method %p',
    async (name) => {
      const envelope = await dispatch(fakeHandlers(), name, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    },
  );

  it('reports a failing handler as a failure, naming the method', async () => {
    const handlers = fakeHandlers({
      'meetings.list': () => {
        throw new Error('disk I/O error');
      },
    });
    await expect(dispatch(handlers, 'meetings.list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'meetings.list failed: disk I/O error' },
    });
  });

  it('passes a user-facing error through word for word', async () => {
    const handlers = fakeHandlers({
      'questions.delete': () => {
        throw new UserFacingError('There is no question 42. It may have been deleted.');
      },
    });
    const envelope = await dispatch(handlers, 'questions.delete', { id: 42 });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'failed', message: 'There is no question 42. It may have been deleted.' },
    });
  });

  it('never lets a result that breaks the contract reach the UI', async () => {
    const handlers = fakeHandlers({
      'questions.list': () => [{ ...question, status: 'lost' }] as never,
    });
    const envelope = await dispatch(handlers, 'questions.list', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-result' } });
  });

  it('covers every method in the contract with a handler', () => {
    expect(Object.keys(fakeHandlers()).sort()).toEqual([...methods].sort());
  });
});

// The desktop host of the contract: each method is registered once, only Scrutineer's own window
// may call, and every bad call comes back as an error a person can read, never as a thrown error.
import { ipcMain, type WebContents } from 'electron';
import { FakeWebContents, ipcMain as fakeIpcMain } from '../mocks/electron';
import { answerCall, forwardEvents, registerIpc } from '../../electron/main/ipc';
import type { Handlers } from '../../electron/services/dispatch';
import { EventBus } from '../../electron/services/events';
import {
  eventChannel,
  ipcChannel,
  methods,
  type AppEvent,
  type Method,
} from '../../shared/contract';

const question = {
  id: 7,
  text: 'Why has the target been missed?',
  status: 'draft' as const,
  meetingId: null,
  agendaItemId: null,
  indicatorId: null,
  resolutionId: null,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
};

const calls: string[] = [];
// Methods these cases never call fail loudly, so the fake keeps up as the contract grows.
const unused = Object.fromEntries(
  methods.map((method) => [
    method,
    () => {
      throw new Error(`${method} is not used in these tests`);
    },
  ]),
) as Record<Method, () => never>;
const handlers: Handlers = {
  ...unused,
  'app.info': () => {
    calls.push('app.info');
    return { version: '0.1.0', schemaVersion: 1, storePath: '/tmp/s.db', host: 'desktop' };
  },
  'meetings.list': () => {
    throw new Error('the disk is full');
  },
  'questions.list': () => [question],
  'questions.create': ({ text }) => {
    calls.push('questions.create');
    return { ...question, text };
  },
};

const warnings: string[] = [];
const ownWindow = { senderFrame: { url: 'app://scrutineer/index.html#/questions', parent: null } };

beforeAll(() => registerIpc(ipcMain, handlers, { warn: (message) => warnings.push(message) }));
beforeEach(() => {
  calls.length = 0;
  warnings.length = 0;
});

describe('registering the contract on ipcMain', () => {
  it('registers every contract method exactly once, on its own channel', () => {
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual(methods.map(ipcChannel).sort());
  });

  it('refuses to register a second time', () => {
    expect(() => registerIpc(ipcMain, handlers, { warn: () => {} })).toThrow(/once/);
  });
});

describe('a call from Scrutineer’s own window', () => {
  it('runs the handler and answers with its result', async () => {
    const answer = await fakeIpcMain.invoke(ipcChannel('app.info'), ownWindow, {});
    expect(answer).toEqual({
      ok: true,
      result: { version: '0.1.0', schemaVersion: 1, storePath: '/tmp/s.db', host: 'desktop' },
    });
  });

  it('treats a call with no arguments as an empty object', async () => {
    const answer = await fakeIpcMain.invoke(ipcChannel('questions.list'), ownWindow);
    expect(answer).toEqual({ ok: true, result: [question] });
  });

  it('answers a failing handler with a readable error instead of throwing', async () => {
    const answer = await fakeIpcMain.invoke(ipcChannel('meetings.list'), ownWindow, {});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'failed', message: 'meetings.list failed: the disk is full' },
    });
  });
});

describe('a call from anywhere else', () => {
  it.each([
    ['a frame inside the window', { url: 'app://scrutineer/index.html', parent: {} }],
    ['a page from the internet', { url: 'https://example.com/', parent: null }],
    ['a local file', { url: 'file:///tmp/index.html', parent: null }],
    ['another app:// host', { url: 'app://other/index.html', parent: null }],
    ['a frame that has gone', null],
  ])('is refused before anything runs when it comes from %s', async (_case, senderFrame) => {
    const answer = await fakeIpcMain.invoke(
      ipcChannel('questions.create'),
      { senderFrame },
      {
        text: 'Injected?',
      },
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: "questions.create refused: the call did not come from Scrutineer's own window.",
      },
    });
    expect(calls).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('is refused when reading the frame throws, as it does once a frame is disposed', async () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    const answer = await fakeIpcMain.invoke(ipcChannel('app.info'), { senderFrame: disposed }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(calls).toEqual([]);
  });
});

describe('a malformed call from our own window', () => {
  it.each([
    ['text of the wrong type', { text: 42 }],
    ['an extra key', { text: 'Why?', sneaky: true }],
    ['an empty question', { text: '   ' }],
    ['a string instead of an object', 'Why?'],
  ])('is answered with invalid-arguments for %s', async (_case, args) => {
    const answer = await fakeIpcMain.invoke(ipcChannel('questions.create'), ownWindow, args);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(calls).toEqual([]);
  });

  it('is answered with invalid-arguments when it passes more than one argument', async () => {
    const answer = await fakeIpcMain.invoke(ipcChannel('app.info'), ownWindow, {}, {});
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('2 arguments') },
    });
  });

  it('answers a method name the contract does not know with unknown-method', async () => {
    const answer = await answerCall(handlers, 'questions.drop', ownWindow.senderFrame, [{}], {
      warn: () => {},
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('cannot reach a method the contract does not name', async () => {
    await expect(fakeIpcMain.invoke('scrutineer:questions.drop', ownWindow, {})).rejects.toThrow(
      /No handler registered/,
    );
  });
});

describe('forwarding app events to the window', () => {
  const progress: AppEvent = {
    type: 'progress',
    task: 'import',
    done: 3,
    total: 10,
    message: 'Reading page 3 of 10',
  };

  it('sends each event on the event channel until the window is destroyed', () => {
    const bus = new EventBus();
    const contents = new FakeWebContents();
    forwardEvents(bus, contents as unknown as WebContents);
    bus.publish(progress);
    contents.emit('destroyed');
    bus.publish({ ...progress, done: 4 });
    expect(contents.sent).toEqual([{ channel: eventChannel, payload: progress }]);
  });

  it('stops when asked', () => {
    const bus = new EventBus();
    const contents = new FakeWebContents();
    const stop = forwardEvents(bus, contents as unknown as WebContents);
    stop();
    bus.publish(progress);
    expect(contents.sent).toEqual([]);
  });
});

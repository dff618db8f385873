// window.scrutineer is the page's only door to the app: these cases show it offers exactly the
// contract's methods plus onEvent, sends each call on its own channel, and never leaks the IPC event.
import { ipcRenderer } from 'electron';
import {
  contextBridge as fakeContextBridge,
  ipcRenderer as fakeIpcRenderer,
} from '../mocks/electron';
import { buildBridge } from '../../electron/preload/bridge';
import { eventChannel, ipcChannel, methods, type AppEvent } from '../../shared/contract';

const progress: AppEvent = {
  type: 'progress',
  task: 'import',
  done: 1,
  total: null,
  message: 'Reading the agenda pack',
};

beforeEach(() => {
  fakeIpcRenderer.invocations.length = 0;
  fakeIpcRenderer.removeAllListeners();
});

describe('the preload script', () => {
  it('exposes the bridge as window.scrutineer and nothing else', async () => {
    await import('../../electron/preload/preload');
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['scrutineer']);
    const exposed = fakeContextBridge.exposed.get('scrutineer') as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual([...methods, 'onEvent'].sort());
  });
});

describe('the bridge', () => {
  it('has exactly one function per contract method, plus onEvent', () => {
    const bridge = buildBridge(ipcRenderer);
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each call on its method’s channel with the arguments as given', async () => {
    const bridge = buildBridge(ipcRenderer);
    await bridge['questions.create']({ text: 'Why?', meetingId: 3 });
    await bridge['meetings.list']({});
    expect(fakeIpcRenderer.invocations).toEqual([
      { channel: ipcChannel('questions.create'), args: [{ text: 'Why?', meetingId: 3 }] },
      { channel: ipcChannel('meetings.list'), args: [{}] },
    ]);
  });

  it('hands listeners the event payload alone, never the IPC event', () => {
    const bridge = buildBridge(ipcRenderer);
    const received: unknown[][] = [];
    bridge.onEvent((...args: unknown[]) => received.push(args));
    fakeIpcRenderer.emit(eventChannel, { sender: 'the ipc event', ports: [] }, progress);
    expect(received).toEqual([[progress]]);
  });

  it('drops an event that does not match the contract', () => {
    const bridge = buildBridge(ipcRenderer);
    const received: AppEvent[] = [];
    bridge.onEvent((event) => received.push(event));
    fakeIpcRenderer.emit(eventChannel, {}, { type: 'progress', task: 'import' });
    expect(received).toEqual([]);
  });

  it('stops delivering events once the listener unsubscribes', () => {
    const bridge = buildBridge(ipcRenderer);
    const received: AppEvent[] = [];
    const unsubscribe = bridge.onEvent((event) => received.push(event));
    unsubscribe();
    fakeIpcRenderer.emit(eventChannel, {}, progress);
    expect(received).toEqual([]);
    expect(fakeIpcRenderer.listenerCount(eventChannel)).toBe(0);
  });
});

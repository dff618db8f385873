// Builds window.scrutineer for the sandboxed preload: one function per contract method, each a
// plain ipcRenderer.invoke on that method's channel, and onEvent, which hands over payloads only.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  appEventSchema,
  eventChannel,
  ipcChannel,
  methods,
  type AppEvent,
  type DesktopBridge,
} from '../../shared/contract';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildBridge(ipc: BridgeIpc): DesktopBridge {
  const calls = Object.fromEntries(
    methods.map((method) => [method, (args: unknown) => ipc.invoke(ipcChannel(method), args)]),
  );
  const onEvent = (listener: (event: AppEvent) => void): (() => void) => {
    // The IpcRendererEvent carries the sender and ports; the page only ever sees the payload.
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      const checked = appEventSchema.safeParse(payload);
      if (checked.success) listener(checked.data);
    };
    ipc.on(eventChannel, forward);
    return () => {
      ipc.removeListener(eventChannel, forward);
    };
  };
  return { ...calls, onEvent } as DesktopBridge;
}

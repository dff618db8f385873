// The desktop host of the contract: one ipcMain handler per method, registered once. The sender is
// checked before anything runs, then dispatch validates; every answer is an Envelope, never a throw.
import type { IpcMain, WebContents } from 'electron';
import { eventChannel, ipcChannel, methods, type Envelope } from '../../shared/contract';
import { messageOf } from '../../shared/error-message';
import { dispatch, type Handlers } from '../services/dispatch';
import type { EventBus } from '../services/events';
import { isAppUrl } from './app-origin';

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export interface IpcOptions {
  /** Told about each call refused for its sender, for the main process log. */
  warn: (message: string) => void;
}

/** The frame's URL, or null when it has gone (Electron throws on reading a disposed frame). */
function urlOf(frame: SenderFrame | null | undefined): string | null {
  try {
    return frame?.url ?? null;
  } catch {
    return null;
  }
}

/** Only the main frame of a page served from app://scrutineer/ may call the app. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  const url = urlOf(frame);
  try {
    return url !== null && frame?.parent === null && isAppUrl(url);
  } catch {
    return false;
  }
}

function refusal(message: string): Envelope<never> {
  return { ok: false, error: { code: 'failed', message } };
}

/** Checks the sender and the shape of the call, then runs it. Never throws. */
export async function answerCall(
  handlers: Handlers,
  method: string,
  frame: SenderFrame | null | undefined,
  payload: unknown[],
  options: IpcOptions,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(frame)) {
    const message = `${method} refused: the call did not come from Scrutineer's own window.`;
    options.warn(`${message} (sender: ${urlOf(frame) ?? 'a closed frame'})`);
    return refusal(message);
  }
  if (payload.length > 1) {
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: `${method} was called with ${payload.length} arguments; it takes one object.`,
      },
    };
  }
  try {
    return await dispatch(handlers, method, payload[0]);
  } catch (error) {
    return refusal(`${method} failed: ${messageOf(error)}`);
  }
}

const registered = new WeakSet<IpcMain>();

/** Registers every contract method on ipcMain. A second registration throws. */
export function registerIpc(ipcMain: IpcMain, handlers: Handlers, options: IpcOptions): void {
  if (registered.has(ipcMain)) {
    throw new Error('Scrutineer registers its IPC handlers once; they are already registered.');
  }
  registered.add(ipcMain);
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), (event, ...payload: unknown[]) =>
      answerCall(handlers, method, event.senderFrame, payload, options),
    );
  }
}

/** Sends every app event to the window until it closes. Returns a function that stops it. */
export function forwardEvents(bus: EventBus, contents: WebContents): () => void {
  const unsubscribe = bus.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(eventChannel, event);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}

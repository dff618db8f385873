// The one door from the UI to the app: every call and event goes through here, typed from
// shared/contract. The transport (desktop bridge or loopback web host) is chosen at run time.
import {
  contract,
  envelopeSchema,
  type AppEvent,
  type Args,
  type DesktopBridge,
  type ErrorCode,
  type Method,
  type Result,
} from '../shared/contract';
import { takeSessionToken, webTransport } from './web-transport';

declare global {
  interface Window {
    /** Exposed by the desktop app's preload script; absent in a browser. */
    scrutineer?: DesktopBridge;
  }
}

/** Moves calls and events; knows nothing of what they mean. Answers with an envelope. */
export interface Transport {
  call: (method: Method, args: unknown) => Promise<unknown>;
  onEvent: (listener: (event: AppEvent) => void) => () => void;
}

export interface Api {
  call: <M extends Method>(method: M, args: Args<M>) => Promise<Result<M>>;
  onEvent: (listener: (event: AppEvent) => void) => () => void;
}

/** A call the app refused or could not complete; `message` is written for the member. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** The readable message of anything thrown by a call. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

/** Wraps a transport in the typed API: unwraps envelopes and checks results against the contract. */
export function createApi(transport: Transport): Api {
  return {
    async call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
      let answer: unknown;
      try {
        answer = await transport.call(method, args);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw new ApiError('failed', `Scrutineer could not be reached (${messageOf(error)}).`);
      }
      const envelope = envelopeSchema.safeParse(answer);
      if (!envelope.success) {
        throw new ApiError(
          'invalid-result',
          `Scrutineer gave an answer to ${method} it could not read.`,
        );
      }
      if (!envelope.data.ok) {
        throw new ApiError(envelope.data.error.code, envelope.data.error.message);
      }
      const result = contract[method].result.safeParse(envelope.data.result);
      if (!result.success) {
        throw new ApiError(
          'invalid-result',
          `Scrutineer's answer to ${method} was not in the expected shape.`,
        );
      }
      return result.data as Result<M>;
    },
    onEvent: (listener) => transport.onEvent(listener),
  };
}

/** The desktop transport: one bridge function per method, exposed by the preload script. */
export function desktopTransport(bridge: DesktopBridge): Transport {
  return {
    call: (method, args) => {
      const send = bridge[method] as (args: unknown) => Promise<unknown>;
      return send(args);
    },
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

/** The API for this window: the desktop bridge when the preload script provided one, else the web host. */
export function apiForWindow(win: Window): Api {
  if (win.scrutineer) return createApi(desktopTransport(win.scrutineer));
  const token = takeSessionToken(win.location, win.history, win.sessionStorage);
  return createApi(
    webTransport({
      token,
      fetch: (url, init) => win.fetch(url, init),
      openEvents: (url, onData) => {
        const source = new EventSource(url);
        source.onmessage = (message) => onData(message.data);
        return () => source.close();
      },
    }),
  );
}

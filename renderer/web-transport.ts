// The loopback web host's side of the contract: calls are JSON POSTs to /api/<method> carrying the
// per-run token, events arrive over one EventSource opened only while someone is listening.
import { appEventSchema, type AppEvent } from '../shared/contract';
import type { Transport } from './api';

export const tokenStorageKey = 'scrutineer-token';

/** The bits of fetch this transport uses, so tests can hand in a small fake. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text: () => Promise<string> }>;

export interface WebTransportOptions {
  token: string | null;
  fetch: FetchLike;
  /** Opens the event stream, handing each message's data on; returns a function that closes it. */
  openEvents: (url: string, onData: (data: unknown) => void) => () => void;
}

/**
 * Reads the token handed over once in the page address (`?token=…`), keeps it for this tab in
 * session storage and removes it from the address bar; on a reload it comes from storage.
 */
export function takeSessionToken(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'replaceState' | 'state'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): string | null {
  const url = new URL(location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    storage.setItem(tokenStorageKey, fromAddress);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromAddress;
  }
  return storage.getItem(tokenStorageKey);
}

export function webTransport(options: WebTransportOptions): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  let closeEvents: (() => void) | null = null;

  function deliver(data: unknown): void {
    if (typeof data !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    const event = appEventSchema.safeParse(parsed);
    if (event.success) for (const listener of listeners) listener(event.data);
  }

  return {
    async call(method, args) {
      const response = await options.fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${options.token ?? ''}`,
        },
        body: JSON.stringify(args ?? {}),
      });
      const body = await response.text();
      try {
        return JSON.parse(body) as unknown;
      } catch {
        return {
          ok: false,
          error: {
            code: 'failed',
            message: `Scrutineer answered ${method} with something other than data (HTTP ${response.status}).`,
          },
        };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      closeEvents ??= options.openEvents(
        `/api/events?token=${encodeURIComponent(options.token ?? '')}`,
        deliver,
      );
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && closeEvents) {
          closeEvents();
          closeEvents = null;
        }
      };
    },
  };
}

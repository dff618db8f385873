// The one door to the app: over the web host every call carries the session token and comes
// back unwrapped or as an ApiError a member can read; the desktop bridge is used when present.
import type { AppEvent, DesktopBridge } from '../../shared/contract';
import { ApiError, apiForWindow, createApi, desktopTransport } from '../../renderer/api';
import {
  takeSessionToken,
  tokenStorageKey,
  webTransport,
  type FetchLike,
} from '../../renderer/web-transport';

interface SentRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records what was sent and answers with a fixed status and body. */
function fakeFetch(status: number, body: string): { fetch: FetchLike; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, headers: init.headers, body: JSON.parse(init.body) });
    return { status, text: async () => body };
  };
  return { fetch, sent };
}

const noEvents = () => () => undefined;
const info = { version: '0.1.0', schemaVersion: 1, storePath: '/tmp/store.db', host: 'web' };

describe('the web transport', () => {
  it('posts JSON to /api/<method> with the bearer token and unwraps the result', async () => {
    const { fetch, sent } = fakeFetch(200, JSON.stringify({ ok: true, result: [] }));
    const api = createApi(webTransport({ token: 's3cret', fetch, openEvents: noEvents }));
    await expect(api.call('search.query', { text: 'fly-tipping' })).resolves.toEqual([]);
    expect(sent).toEqual([
      {
        url: '/api/search.query',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer s3cret' },
        body: { text: 'fly-tipping' },
      },
    ]);
  });

  it('turns a refusal into an ApiError carrying its code and readable message', async () => {
    const refusal = {
      ok: false,
      error: { code: 'invalid-arguments', message: 'a question needs some text' },
    };
    const { fetch } = fakeFetch(400, JSON.stringify(refusal));
    const api = createApi(webTransport({ token: 's3cret', fetch, openEvents: noEvents }));
    const failure = await api.call('questions.create', { text: '' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      code: 'invalid-arguments',
      message: 'a question needs some text',
    });
  });

  it('explains an answer that is not JSON instead of showing a parser error', async () => {
    const { fetch } = fakeFetch(502, '<html>Bad gateway</html>');
    const api = createApi(webTransport({ token: 's3cret', fetch, openEvents: noEvents }));
    await expect(api.call('meetings.list', {})).rejects.toThrow(
      'Scrutineer answered meetings.list with something other than data (HTTP 502).',
    );
  });

  it('says Scrutineer could not be reached when the request itself fails', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const api = createApi(webTransport({ token: 's3cret', fetch, openEvents: noEvents }));
    await expect(api.call('app.info', {})).rejects.toMatchObject({
      code: 'failed',
      message: 'Scrutineer could not be reached (Failed to fetch).',
    });
  });

  it('refuses a result that does not match the contract', async () => {
    const { fetch } = fakeFetch(
      200,
      JSON.stringify({ ok: true, result: { ...info, host: 'moon' } }),
    );
    const api = createApi(webTransport({ token: 's3cret', fetch, openEvents: noEvents }));
    await expect(api.call('app.info', {})).rejects.toMatchObject({ code: 'invalid-result' });
  });

  it('opens the event stream only while someone listens, and passes on valid events', () => {
    const opened: string[] = [];
    let deliver: (data: unknown) => void = () => undefined;
    let closed = 0;
    const transport = webTransport({
      token: 'a b',
      fetch: fakeFetch(200, '{}').fetch,
      openEvents: (url, onData) => {
        opened.push(url);
        deliver = onData;
        return () => (closed += 1);
      },
    });
    const received: AppEvent[] = [];
    expect(opened).toEqual([]);
    const stop = transport.onEvent((event) => received.push(event));
    expect(opened).toEqual(['/api/events?token=a%20b']);

    const progress: AppEvent = {
      type: 'progress',
      task: 'import',
      done: 3,
      total: 10,
      message: 'Reading page 3',
    };
    deliver(JSON.stringify(progress));
    deliver('not json');
    deliver(JSON.stringify({ type: 'gossip' }));
    expect(received).toEqual([progress]);

    stop();
    expect(closed).toBe(1);
  });
});

describe('the session token', () => {
  it('takes the token from the address, keeps it for the tab and removes it from the address', () => {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const token = takeSessionToken(
      { href: 'http://127.0.0.1:4173/?token=abc123#/questions' },
      { state: null, replaceState: (_state, _title, url) => replaced.push(String(url)) },
      {
        getItem: (key) => stored.get(key) ?? null,
        setItem: (key, value) => stored.set(key, value),
      },
    );
    expect(token).toBe('abc123');
    expect(stored.get(tokenStorageKey)).toBe('abc123');
    expect(replaced).toEqual(['/#/questions']);
  });

  it('reads the kept token after a reload, when the address no longer has one', () => {
    const replaced: string[] = [];
    const token = takeSessionToken(
      { href: 'http://127.0.0.1:4173/#/meetings' },
      { state: null, replaceState: (_state, _title, url) => replaced.push(String(url)) },
      { getItem: (key) => (key === tokenStorageKey ? 'abc123' : null), setItem: () => undefined },
    );
    expect(token).toBe('abc123');
    expect(replaced).toEqual([]);
  });
});

describe('the desktop transport', () => {
  function bridgeAnswering(result: unknown): { bridge: DesktopBridge; received: unknown[] } {
    const received: unknown[] = [];
    const answer = async (args: unknown) => {
      received.push(args);
      return { ok: true, result };
    };
    const bridge = new Proxy({} as DesktopBridge, {
      get: (_target, name) => (name === 'onEvent' ? () => () => undefined : answer),
    });
    return { bridge, received };
  }

  it('calls the preload bridge for the method and unwraps its envelope', async () => {
    const { bridge, received } = bridgeAnswering({ deleted: true });
    const api = createApi(desktopTransport(bridge));
    await expect(api.call('questions.delete', { id: 3 })).resolves.toEqual({ deleted: true });
    expect(received).toEqual([{ id: 3 }]);
  });

  it('is chosen when the window has the bridge', async () => {
    const { bridge } = bridgeAnswering(info);
    window.scrutineer = bridge;
    try {
      await expect(apiForWindow(window).call('app.info', {})).resolves.toEqual(info);
    } finally {
      delete window.scrutineer;
    }
  });
});

// The loopback web host serves the real contract: these calls go over real HTTP to real services
// and a real store, and check that bad callers get a clear refusal and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { startWebHost, type RunningWebHost } from '../../electron/webhost/server';
import { makeTempDir } from '../support/temp-store';

const token = 'test-token-0123456789';
let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;
let host: RunningWebHost;
let origin: string;

async function call(method: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  temp = makeTempDir();
  const rendererDir = path.join(temp.dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Scrutineer</title>',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("ok");');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'outside the renderer');
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'web');
  host = await startWebHost({ ...session, rendererDir, token, port: 0 });
  origin = `http://127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host.close();
  session.close();
  temp.remove();
});

describe('the loopback web host', () => {
  it('prints a URL on 127.0.0.1 that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${token}`);
  });

  it('answers a well-formed call with the result from the store', async () => {
    const { status, body } = await call('meetings.list', {});
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, result: [] });
  });

  it('saves a question and returns it through the same contract', async () => {
    const { body } = await call('questions.create', { text: 'Why did re-referrals rise?' });
    expect(body.ok).toBe(true);
    const listed = await call('questions.list', {});
    expect(listed.body.result).toEqual([
      expect.objectContaining({ text: 'Why did re-referrals rise?' }),
    ]);
  });

  it('rejects a malformed call with a readable error and no change to the store', async () => {
    const { status, body } = await call('questions.create', { text: 42, extra: true });
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(JSON.stringify(body)).toMatch(/questions\.create was called with bad arguments/);
    const listed = await call('questions.list', {});
    expect(listed.body.result).toHaveLength(1);
  });

  it('rejects a body that is not JSON', async () => {
    const { status, body } = await call('meetings.list', '{not json');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/not valid JSON/);
  });

  it('names an unknown method instead of crashing', async () => {
    const { status, body } = await call('store.dropEverything', {});
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: { message: expect.stringMatching(/no method "store\.dropEverything"/) },
    });
  });

  it('refuses a call without this run’s token', async () => {
    const { status, body } = await call('meetings.list', {}, { Authorization: 'Bearer guessed' });
    expect(status).toBe(401);
    expect(body).toMatchObject({ ok: false });
  });

  it('refuses a call that is not sent as JSON, so a plain web form cannot post to it', async () => {
    const { status } = await call('meetings.list', 'a=1', { 'Content-Type': 'text/plain' });
    expect(status).toBe(415);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: host.port, path: '/', headers: { Host: 'evil.example:80' } },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(421);
  });

  it('serves the UI with a strict content security policy', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Scrutineer</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval/);
    const script = await fetch(`${origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/.hidden',
  ])('never serves a file outside the UI folder (%s)', async (requestPath) => {
    const http = await import('node:http');
    const { status, text } = await new Promise<{ status: number; text: string }>(
      (resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port: host.port, path: requestPath },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        request.on('error', reject);
        request.end();
      },
    );
    expect(status).toBe(404);
    expect(text).not.toContain('outside the renderer');
  });

  it('streams progress events to a client holding the token', async () => {
    const controller = new AbortController();
    const response = await fetch(`${origin}/api/events?token=${token}`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    await reader.read(); // the ": connected" comment
    session.bus.publish({
      type: 'progress',
      task: 'import',
      done: 1,
      total: 3,
      message: 'Reading page 1',
    });
    const { value } = await reader.read();
    const line = new TextDecoder().decode(value);
    expect(JSON.parse(line.replace(/^data: /, '').trim())).toMatchObject({
      task: 'import',
      done: 1,
    });
    controller.abort();
  });

  it('refuses the event stream without the token', async () => {
    const response = await fetch(`${origin}/api/events?token=wrong`);
    expect(response.status).toBe(401);
  });
});

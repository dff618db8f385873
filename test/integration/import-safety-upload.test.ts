// The browser UI uploads packs to the loopback web host: a pack of several megabytes must import,
// and an upload over the import's own limit must be refused with a 413 and a message the UI can
// show, never a reset connection.
import path from 'node:path';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { startWebHost, type RunningWebHost } from '../../electron/webhost/server';
import { largePackText } from '../support/large-pack';
import { makeTempDir } from '../support/temp-store';

const token = 'upload-token-0123456789';
let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;

beforeEach(async () => {
  temp = makeTempDir();
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'web');
});
afterEach(() => {
  session.close();
  temp.remove();
});

async function withHost<T>(
  limits: { maxUploadBytes?: number },
  work: (origin: string) => Promise<T>,
): Promise<T> {
  const host: RunningWebHost = await startWebHost({
    ...session,
    ...limits,
    rendererDir: temp.dir,
    token,
    port: 0,
  });
  try {
    return await work(`http://127.0.0.1:${host.port}`);
  } finally {
    await host.close();
  }
}

async function upload(origin: string, files: { name: string; text: string }[]) {
  const body = JSON.stringify({
    files: files.map(({ name, text }) => ({
      name,
      dataBase64: Buffer.from(text).toString('base64'),
    })),
  });
  const response = await fetch(`${origin}/api/import.files`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('uploading packs to the web host', () => {
  it('imports a 6 MB pack sent as the UI sends it', async () => {
    const text = largePackText(6);
    expect(text.length).toBeGreaterThan(6 * 1024 * 1024);
    const { status, body } = await withHost({}, (origin) =>
      upload(origin, [{ name: 'long-pack.txt', text }]),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      result: [expect.objectContaining({ file: 'long-pack.txt', status: 'imported' })],
    });
  }, 60_000);

  it('answers an upload over the limit with a 413 and a message, not a reset connection', async () => {
    const text = largePackText(3);
    const { status, body } = await withHost({ maxUploadBytes: 2 * 1024 * 1024 }, (origin) =>
      upload(origin, [{ name: 'too-big.txt', text }]),
    );
    expect(status).toBe(413);
    expect(body).toEqual({
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: expect.stringMatching(/^These files are too large to import in one go: .*2 MB/),
      },
    });
    const documents = session.store.db.prepare('SELECT count(*) AS n FROM document').get();
    expect(documents).toEqual({ n: 0 });
  });
});

// A member can stop an import: the file being read changes nothing, the files after it are
// reported as not imported, and the store is exactly as before.
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import {
  openAppSession,
  samplePackPath,
  type AppSession,
} from '../../electron/services/app-session';
import { makeTempDir } from '../support/temp-store';

jest.setTimeout(30_000);
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

const upload = (file: string) => ({
  name: path.basename(file),
  dataBase64: fs.readFileSync(file).toString('base64'),
});

describe('cancelling an import', () => {
  it('stops the import under way and imports nothing after it', async () => {
    const files = [
      upload(path.resolve(__dirname, '../fixtures/packs/long.pdf')),
      upload(samplePackPath),
    ];
    const running = dispatch(session.handlers, 'import.files', { files });
    await expect(dispatch(session.handlers, 'import.cancel', {})).resolves.toEqual({
      ok: true,
      result: { cancelled: true },
    });
    const envelope = await running;
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    const results = envelope.result as { file: string; status: string; error: string | null }[];
    expect(results.map((result) => result.status)).toEqual(['failed', 'failed']);
    expect(results[0]!.error).toMatch(/long\.pdf.*cancel/i);
    expect(results[1]!.error).toBe(
      'sample-agenda-pack.txt was not imported: the import was cancelled.',
    );
    expect(session.store.db.prepare('SELECT count(*) AS n FROM document').get()).toEqual({ n: 0 });
  });

  it('says so when there is no import to cancel', async () => {
    await expect(dispatch(session.handlers, 'import.cancel', {})).resolves.toEqual({
      ok: true,
      result: { cancelled: false },
    });
  });

  it('refuses a second import while one is under way', async () => {
    const first = dispatch(session.handlers, 'import.sample', {});
    const second = await dispatch(session.handlers, 'import.sample', {});
    expect(second).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already under way/) },
    });
    await first;
  });
});

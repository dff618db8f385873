// Which store the desktop app opens: a --db argument wins, then SCRUTINEER_DB, then the default
// file in the app's user-data folder, so a member's data is where they expect it.
import path from 'node:path';
import { storeLocation } from '../../electron/main/store-location';

const base = { env: {}, userDataDir: '/home/member/.config/Scrutineer', cwd: '/work' };

describe('choosing the store file', () => {
  it('uses --db <file> from the command line', () => {
    const argv = ['/usr/bin/electron', '.', '--db', '/data/council.db'];
    expect(storeLocation({ ...base, argv })).toBe('/data/council.db');
  });

  it('uses --db=<file> from the command line, relative to the working folder', () => {
    const argv = ['scrutineer', '--db=papers/council.db'];
    expect(storeLocation({ ...base, argv })).toBe(path.resolve('/work', 'papers/council.db'));
  });

  it('prefers the command line over SCRUTINEER_DB', () => {
    const env = { SCRUTINEER_DB: '/env/store.db' };
    expect(storeLocation({ ...base, env, argv: ['app', '--db', '/cli/store.db'] })).toBe(
      '/cli/store.db',
    );
  });

  it('falls back to SCRUTINEER_DB', () => {
    const env = { SCRUTINEER_DB: '/env/store.db' };
    expect(storeLocation({ ...base, env, argv: ['app'] })).toBe('/env/store.db');
  });

  it('ignores a --db with no file after it', () => {
    const env = { SCRUTINEER_DB: '/env/store.db' };
    expect(storeLocation({ ...base, env, argv: ['app', '--db', '--inspect'] })).toBe(
      '/env/store.db',
    );
    expect(storeLocation({ ...base, argv: ['app', '--db='] })).toBe(
      path.join(base.userDataDir, 'scrutineer.db'),
    );
  });

  it('opens scrutineer.db in the user-data folder when nothing names a store', () => {
    expect(storeLocation({ ...base, env: { SCRUTINEER_DB: '' }, argv: ['app'] })).toBe(
      path.join(base.userDataDir, 'scrutineer.db'),
    );
  });
});

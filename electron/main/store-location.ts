// Which store the desktop app opens: `--db <file>` or `--db=<file>` on the command line, else the
// SCRUTINEER_DB environment variable, else scrutineer.db in the app's own user-data folder.
import path from 'node:path';

export interface StoreLocationInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  cwd: string;
}

export const storeEnvVariable = 'SCRUTINEER_DB';
export const defaultStoreName = 'scrutineer.db';

function fromArgv(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
    if (arg === '--db') {
      const next = argv[index + 1];
      return next === undefined || next.startsWith('--') ? undefined : next;
    }
  }
  return undefined;
}

/** The absolute path of the store to open. Relative paths are taken from the working folder. */
export function storeLocation({ argv, env, userDataDir, cwd }: StoreLocationInputs): string {
  const chosen = fromArgv(argv) || env[storeEnvVariable];
  return chosen ? path.resolve(cwd, chosen) : path.join(userDataDir, defaultStoreName);
}

// `npm run dev:web -- --db <file> --port <n>`: opens a store and serves the built renderer with
// the contract on 127.0.0.1, printing the URL (with this run's token) for a browser or a test.
import { messageOf } from '../../shared/error-message';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppSession } from '../services/app-session';
import { startWebHost } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '0' } },
  });
  if (!values.db) throw new Error('Give the store to serve: --db <file>.');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const rendererDir = path.resolve(__dirname, '../../dist/renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      `The UI has not been built (${rendererDir} has no index.html): run npm run build:renderer.`,
    );
  }
  const session = await openAppSession(path.resolve(values.db), 'web');
  const token = randomBytes(24).toString('base64url');
  const host = await startWebHost({ ...session, rendererDir, token, port });
  process.stdout.write(`Scrutineer is serving ${session.store.path} at ${host.url}\n`);
  const stop = (): void => {
    host.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`scrutineer web host: ${messageOf(error)}\n`);
  process.exit(1);
});

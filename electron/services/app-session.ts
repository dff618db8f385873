// Opens a store and everything that serves it (handlers, event bus) in one step, for each entry
// point: the Electron main process, the loopback web host and the command line.
import { openStore, type OpenedStore, type OpenStoreOptions } from '../../db/store';
import { createHandlers, localToday } from './handlers';
import type { Handlers } from './dispatch';
import { EventBus } from './events';
import { createImportRunner, type ImportRunner } from './import/one-import-at-a-time';
import path from 'node:path';
import packageJson from '../../package.json';

export interface AppSession {
  store: OpenedStore;
  handlers: Handlers;
  bus: EventBus;
  /** One import at a time, whether the page, File › Import or an opened file started it. */
  imports: ImportRunner;
  close: () => void;
}

export const appVersion: string = packageJson.version;

/** The sample pack written by us: assets/ sits two folders up from here and from dist/electron. */
export const samplePackPath = path.resolve(__dirname, '../../assets/sample/sample-agenda-pack.txt');

export async function openAppSession(
  storePath: string,
  host: 'desktop' | 'web',
  storeOptions: OpenStoreOptions = {},
): Promise<AppSession> {
  const store = await openStore(storePath, storeOptions);
  const bus = new EventBus();
  const imports = createImportRunner({ db: store.db, bus, today: () => localToday() });
  const handlers = createHandlers({
    db: store.db,
    storePath: store.path,
    host,
    version: appVersion,
    bus,
    samplePackPath,
    imports,
  });
  return { store, handlers, bus, imports, close: () => store.db.close() };
}

// Opens a store in its own process and prints what happened, so a test running as root can check
// what an ordinary user is told (root may write to any file, read-only or not).
import { openStore } from '../../db/store';

openStore(process.argv[2] ?? '').then(
  (store) => {
    store.db.close();
    process.stdout.write('opened\n');
  },
  (error: unknown) => process.stdout.write(`${error instanceof Error ? error.message : error}\n`),
);

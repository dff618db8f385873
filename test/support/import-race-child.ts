// One side of a race for the import-concurrency test: imports one file into a store in its own
// process, says "read" on stdout once the file is read (the write comes next), then prints its
// results as JSON.
import { openStore } from '../../db/store';
import { importFiles } from '../../electron/services/import/import-files';

async function main(): Promise<void> {
  const [storePath, file] = process.argv.slice(2);
  if (!storePath || !file) throw new Error('usage: import-race-child <store> <file>');
  const store = await openStore(storePath);
  let said = false;
  const results = await importFiles(store.db, [file], {
    today: '2026-11-22',
    onProgress: () => {
      if (!said) process.stdout.write('read\n');
      said = true;
    },
  });
  store.db.close();
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

// Keeps a long batch import's memory flat. Each pack leaves megabytes of short-lived strings and
// statement wrappers behind; V8 lets its heap grow well past what is live before it collects,
// so a folder of thousands of packs climbed by a few megabytes every few dozen files (339 MB
// peak over 2,097 packs, with 22 MB live). A full collection every few packs costs a few
// milliseconds against a few hundred of importing and holds the peak where one pack puts it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How many files a batch imports between collections. */
export const FILES_PER_COLLECTION = 10;

let collect: (() => void) | null = null;

/** V8's own full collection, exposed once for this process (the app and CLI start without it). */
function fullCollection(): () => void {
  if (!collect) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
  }
  return collect;
}

/**
 * Called as each file of a batch lands: every FILES_PER_COLLECTION files, collects garbage.
 * `run` is the collection to use (V8's full collection unless a test gives its own).
 */
export function afterBatchFile(filesDone: number, run?: () => void): void {
  if (filesDone > 0 && filesDone % FILES_PER_COLLECTION === 0) (run ?? fullCollection())();
}

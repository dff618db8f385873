// One import at a time in an app session, however it was started (the page's import button, the
// sample pack, File › Import, a pack opened from the file manager): a second is refused with a
// message the member can act on, the one under way can be cancelled from the page, its progress
// reaches the page, and the scorecard is recomputed once it is done.
import type Database from 'better-sqlite3';
import { refreshScorecard } from '../../../db/scorecard-cache';
import { UserFacingError } from '../dispatch';
import type { EventBus } from '../events';
import { scorecard } from '../indicator-service';
import { publishImportProgress, type ImportOptions } from './import-files';

export const importUnderWay =
  'An import is already under way. Wait for it to finish, or cancel it.';

export interface ImportRunner {
  /** Runs the import with the session's progress, cancel signal and date; refused while one runs. */
  run<T>(work: (options: ImportOptions) => Promise<T>): Promise<T>;
  /** Throws the refusal if an import is under way (before asking the member to pick files). */
  refuseIfBusy(): void;
  /** Cancels the import under way; false when there was none. */
  cancel(): boolean;
}

export function createImportRunner(context: {
  db: Database.Database;
  bus: EventBus;
  today: () => string;
}): ImportRunner {
  let running: AbortController | null = null;
  const refuseIfBusy = (): void => {
    if (running) throw new UserFacingError(importUnderWay);
  };
  return {
    refuseIfBusy,
    async run(work) {
      refuseIfBusy();
      const controller = new AbortController();
      running = controller;
      try {
        const done = await work({
          today: context.today(),
          onProgress: publishImportProgress(context.bus),
          signal: controller.signal,
        });
        // Computed now, while the member waits on the import, not when they next open the scorecard.
        refreshScorecard(context.db, () => scorecard(context.db));
        return done;
      } finally {
        running = null;
      }
    },
    cancel() {
      const was = running;
      was?.abort();
      return was !== null;
    },
  };
}

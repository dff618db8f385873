// The contract methods for briefings: a preview (the laid-out blocks the screen draws), an export
// in one format with progress events, and cancelling the export under way.
import type Database from 'better-sqlite3';
import { layoutBriefing } from '../../../shared/briefing/layout';
import type { Method } from '../../../shared/contract';
import { UserFacingError, type Handlers } from '../dispatch';
import type { EventBus } from '../events';
import { BriefingError, collectBriefing } from './collect-briefing';
import { exportBriefing, zipFiles } from './export-briefing';

type BriefingMethod = Extract<Method, `briefing.${string}`>;

const readable = <T>(work: () => T): T => {
  try {
    return work();
  } catch (error) {
    if (error instanceof BriefingError) throw new UserFacingError(error.message);
    throw error;
  }
};

export function briefingHandlers(
  db: Database.Database,
  today: () => string,
  bus: EventBus,
): Pick<Handlers, BriefingMethod> {
  let running: AbortController | null = null;
  return {
    'briefing.preview': ({ meetingId, items, memberName }) =>
      readable(() =>
        layoutBriefing(collectBriefing(db, { meetingId, items, memberName, today: today() })),
      ),
    'briefing.export': async ({ meetingId, items, memberName, format }) => {
      if (running)
        throw new UserFacingError(
          'A briefing is already being written. Wait for it, or cancel it.',
        );
      const controller = new AbortController();
      running = controller;
      const progress = (done: number, total: number, message: string) =>
        bus.publish({ type: 'progress', task: 'briefing', done, total, message });
      try {
        const result = await exportBriefing(
          db,
          { meetingId, items, memberName, today: today(), format },
          { onProgress: progress, signal: controller.signal },
        );
        const main = result.files[0]!;
        if (result.files.length === 1)
          return {
            fileName: main.name,
            mimeType: result.mimeType,
            dataBase64: main.bytes.toString('base64'),
          };
        // Markdown and its chart pictures travel together as one zip.
        return {
          fileName: main.name.replace(/\.md$/, '-markdown.zip'),
          mimeType: 'application/zip',
          dataBase64: (await zipFiles(result.files)).toString('base64'),
        };
      } catch (error) {
        if (controller.signal.aborted)
          throw new UserFacingError('The briefing was cancelled. Nothing was saved.');
        if (error instanceof BriefingError) throw new UserFacingError(error.message);
        throw error;
      } finally {
        running = null;
      }
    },
    'briefing.cancel': () => {
      const was = running;
      was?.abort();
      return { cancelled: was !== null };
    },
  };
}

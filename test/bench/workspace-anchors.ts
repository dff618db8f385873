// How long finding every anchor again takes after a revised pack, the work added to each import:
// the sample pack's meeting with N questions anchored to its paragraphs, re-anchored once with
// nothing moved and once after the report is renumbered. Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../db/store';
import { reanchorMemberWork, resolveTarget } from '../../db/workspace-anchors';
import { insertQuestion } from '../../db/workspace-questions';
import { importFiles } from '../../electron/services/import/import-files';
import { samplePackPath } from '../../electron/services/app-session';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-bench-anchors-'));
  try {
    for (const count of [100, 1000, 5000]) {
      const store = await openStore(path.join(dir, `store-${count}.db`));
      await importFiles(store.db, [samplePackPath], { today: '2026-11-22' });
      const paragraphs = store.db
        .prepare(
          `SELECT p.id, r.meeting_id AS meetingId, length(p.text) AS length FROM report_paragraph p
             JOIN report r ON r.id = p.report_id`,
        )
        .all() as { id: number; meetingId: number; length: number }[];
      store.db.transaction(() => {
        for (let n = 0; n < count; n++) {
          const paragraph = paragraphs[n % paragraphs.length]!;
          const start = n % Math.max(1, paragraph.length - 20);
          const anchor = resolveTarget(store.db, paragraph.meetingId, {
            kind: 'paragraph',
            paragraphId: paragraph.id,
            start,
            end: start + 20,
          });
          insertQuestion(store.db, {
            meetingId: paragraph.meetingId,
            text: `Question ${n}`,
            anchor,
          });
        }
      })();
      const started = performance.now();
      const result = store.db.transaction(() => reanchorMemberWork(store.db))();
      const ms = performance.now() - started;
      console.log(
        `${String(count).padStart(5)} anchored questions: re-anchored in ${ms.toFixed(0)} ms ` +
          `(${((ms / count) * 1000).toFixed(0)} µs each); found ${result.found}, changed ${result.changed}`,
      );
      store.db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();

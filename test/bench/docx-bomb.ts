// Measures how a Word zip bomb is refused (npm run bench:docx-bomb): a .docx built here whose
// document.xml unpacks to 1 GB, read in this fresh process; prints the time to the refusal and the
// process's peak memory against its memory before reading.
import { docxPages } from '../../electron/services/import/extract/docx/docx-pages';
import { docxBomb } from '../support/zip-bomb';

async function main(): Promise<void> {
  const megabytes = Number(process.argv[2] ?? 1024);
  const bomb = docxBomb(megabytes);
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await docxPages(bomb, 'bomb.docx').then(
    (pages) => `read ${pages.length} page(s)`,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
  process.stdout.write(
    [
      `Word zip bomb: ${mb(bomb.length)} .docx whose document.xml unpacks to ${megabytes} MB`,
      `  outcome: ${outcome}`,
      `  time to refusal: ${ms.toFixed(0)} ms`,
      `  peak memory (RSS): ${mb(peak)} (before reading: ${mb(before)}; growth ${mb(peak - before)})`,
      '',
    ].join('\n'),
  );
}

void main();

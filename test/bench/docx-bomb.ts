// Measures how hostile Word files are refused (npm run bench:docx-bomb), each in a fresh process so
// its peak memory is its own: a 2 MB .docx whose document.xml unpacks to 1 GB of text, a small
// .docx of dense markup just over the element limit (refused before parsing), and one just under
// it (the most a Word file within the limits can cost). Prints time and peak memory for each.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { docxPages } from '../../electron/services/import/extract/docx/docx-pages';
import { docxLimits } from '../../electron/services/import/extract/docx/limited-zip';
import { docxBomb, docxOf } from '../support/zip-bomb';

/** Three elements. */
const paragraph = '<w:p><w:r><w:t>Item</w:t></w:r></w:p>';
const kinds: Record<string, { label: string; build: () => Buffer }> = {
  gigabyte: {
    label: 'document.xml of 1 GB of repeated text',
    build: () => docxBomb(1024),
  },
  'dense-over': {
    label: 'dense markup just over the element limit',
    build: () => docxOf(paragraph.repeat(Math.round(docxLimits.maxXmlElements / 3) + 1000)),
  },
  'dense-under': {
    label: 'dense markup just under the element limit (read in full)',
    build: () => docxOf(paragraph.repeat(Math.round(docxLimits.maxXmlElements / 3) - 1000)),
  },
};

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

async function measure(kind: string): Promise<void> {
  const { label, build } = kinds[kind]!;
  const docx = build();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await docxPages(docx, `${kind}.docx`).then(
    (pages) => `read ${pages.length} page(s)`,
    (error: unknown) =>
      error instanceof Error ? error.message.split(' (the limit')[0] : String(error),
  );
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    [
      `${mb(docx.length)} .docx, ${label}`,
      `  outcome: ${outcome}`,
      `  time: ${ms.toFixed(0)} ms; peak RSS ${mb(peak)} (${mb(before)} before reading, growth ${mb(peak - before)})`,
      '',
    ].join('\n'),
  );
}

const one = process.argv.indexOf('--one');
if (one !== -1) {
  void measure(process.argv[one + 1] ?? 'gigabyte');
} else {
  const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
  for (const kind of Object.keys(kinds)) {
    spawnSync(tsx, [__filename, '--one', kind], { stdio: 'inherit' });
  }
}

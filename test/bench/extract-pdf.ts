// Measures PDF extraction speed on a deterministic 200-page pack (npx tsx test/bench/extract-pdf.ts):
// our extractor with 1 and 2 workers against poppler's pdftotext -layout, with peak memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { printPdf } from '../fixtures/packs/make-fixtures';

const pageCount = 200;
const runs = 3;

/** Each page: a heading, numbered paragraphs and a five-column indicator table. */
function benchHtml(): string {
  const sections = Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    const paragraphs = Array.from(
      { length: 6 },
      (_, number) =>
        `<p>${page}.${number + 1} The committee considered item ${page} on waste, housing and ` +
        `planning performance, asking officers to explain variance ${(page * 7 + number) % 97}% ` +
        `against the target agreed at budget council in February.</p>`,
    ).join('');
    const rows = Array.from(
      { length: 8 },
      (_, row) =>
        `<tr><td>Indicator ${page}-${row}</td><td>${(page + row) % 100}%</td>` +
        `<td>${(page * 3 + row) % 100}.${row}%</td><td>${(page * 5 + row) % 100}</td>` +
        `<td>${['Red', 'Amber', 'Green'][(page + row) % 3]}</td></tr>`,
    ).join('');
    return `<section><h2>Report ${page}</h2>${paragraphs}<table>${rows}</table></section>`;
  });
  return `<html><head><style>
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
    section { break-after: page; } table { border-collapse: collapse; width: 100%; }
    td { border: 1px solid #444; padding: 3pt 6pt; }
  </style></head><body>${sections.join('')}</body></html>`;
}

interface Measure {
  pages: number;
  ms: number;
  maxRssKb: number;
}

/** One variant in a fresh process, so peak RSS (which includes worker threads) is its own. */
async function measureHere(file: string, workers: number): Promise<Measure> {
  let best = Number.POSITIVE_INFINITY;
  let pages = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const document = await extractDocument(file, { pdfWorkers: workers });
    best = Math.min(best, performance.now() - started);
    pages = document.pages.length;
  }
  return { pages, ms: best, maxRssKb: process.resourceUsage().maxRSS };
}

function measureInChild(file: string, workers: number): Measure {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, __filename, '--measure', file, String(workers)],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Measure;
}

function measurePdftotext(file: string): Measure {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
    best = Math.min(best, performance.now() - started);
  }
  return { pages: pageCount, ms: best, maxRssKb: 0 };
}

async function main(): Promise<void> {
  const [flag, file, workers] = process.argv.slice(2);
  if (flag === '--measure' && file) {
    console.log(JSON.stringify(await measureHere(file, Number(workers))));
    return;
  }
  const folder = path.join(tmpdir(), 'scrutineer-bench');
  mkdirSync(folder, { recursive: true });
  const pdf = path.join(folder, `pack-${pageCount}.pdf`);
  if (!existsSync(pdf)) await printPdf(benchHtml(), pdf, true);

  const poppler = measurePdftotext(pdf);
  const results: [string, Measure][] = [
    ['scrutineer, 1 worker', measureInChild(pdf, 1)],
    ['scrutineer, 2 workers', measureInChild(pdf, 2)],
    ['pdftotext -layout', poppler],
  ];
  console.log(`${pdf}: best of ${runs} runs`);
  for (const [name, measure] of results) {
    const rate = (measure.pages / measure.ms) * 1000;
    const ratio = measure.ms / poppler.ms;
    const memory = measure.maxRssKb
      ? `, peak RSS ${Math.round(measure.maxRssKb / 1024)} MB (process and its worker threads)`
      : '';
    console.log(
      `${name.padEnd(24)} ${measure.pages} pages, ${Math.round(measure.ms)} ms, ` +
        `${rate.toFixed(0)} pages/s, ${ratio.toFixed(1)}× pdftotext${memory}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

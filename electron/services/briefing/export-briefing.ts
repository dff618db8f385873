// Runs one briefing export: collect from the store, lay out, draw the charts, write the chosen
// format. Reports progress step by step and stops at the next step when cancelled; the CLI and
// both app hosts call this same function.
import type Database from 'better-sqlite3';
import JSZip from 'jszip';
import { layoutBriefing } from '../../../shared/briefing/layout';
import type { BriefingFormat } from '../../../shared/briefing/types';
import { collectBriefing, type BriefingRequest } from './collect-briefing';
import { writeHtml } from './write-html';
import { writeMarkdown } from './write-markdown';

export interface ExportedFile {
  name: string;
  bytes: Buffer;
}

export interface BriefingExport {
  /** The briefing itself, then any pictures that go beside it (Markdown's charts). */
  files: ExportedFile[];
  mimeType: string;
  title: string;
}

export interface ExportOptions {
  onProgress?: (done: number, total: number, message: string) => void;
  signal?: AbortSignal;
}

export const mimeTypes: Record<BriefingFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  md: 'text/markdown',
};

/** A file name from the meeting: "briefing-2022-06-07.docx". */
export function briefingFileName(date: string, format: BriefingFormat): string {
  return `briefing-${date}.${format}`;
}

export async function exportBriefing(
  db: Database.Database,
  request: BriefingRequest & { format: BriefingFormat; baseName?: string },
  options: ExportOptions = {},
): Promise<BriefingExport> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const briefing = collectBriefing(db, request);
  const chartCount = briefing.items.reduce((n, item) => n + item.indicators.length, 0);
  const total = chartCount + 2;
  onProgress?.(1, total, 'Gathered the papers, questions and actions');
  const layout = layoutBriefing(briefing);
  // The chart rasteriser and the Word and PDF writers load only when a briefing is made, so the
  // command line and the app start without them.
  const { renderCharts } = await import('./chart-images');
  const charts = await renderCharts(
    briefing,
    (done, all) => onProgress?.(1 + done, total, `Drew chart ${done} of ${all}`),
    signal,
  );
  signal?.throwIfAborted();
  const fileName = request.baseName ?? briefingFileName(briefing.cover.date, request.format);
  const stem = fileName.replace(/\.[^.]+$/, '');
  let files: ExportedFile[];
  switch (request.format) {
    case 'docx': {
      const { writeDocx } = await import('./write-docx');
      files = [{ name: fileName, bytes: await writeDocx(layout, charts) }];
      break;
    }
    case 'pdf': {
      const { writePdf } = await import('./write-pdf');
      files = [{ name: fileName, bytes: await writePdf(layout, charts) }];
      break;
    }
    case 'html':
      files = [{ name: fileName, bytes: Buffer.from(writeHtml(layout, charts), 'utf8') }];
      break;
    case 'md': {
      const markdown = writeMarkdown(layout, charts, stem);
      files = [
        { name: fileName, bytes: Buffer.from(markdown.text, 'utf8') },
        ...markdown.images.map((image) => ({ name: image.name, bytes: image.png })),
      ];
      break;
    }
  }
  signal?.throwIfAborted();
  onProgress?.(total, total, `Wrote ${fileName}`);
  return { files, mimeType: mimeTypes[request.format], title: briefing.title };
}

/** Markdown with its pictures as one download: the .md and its PNGs in a zip. */
export async function zipFiles(files: ExportedFile[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

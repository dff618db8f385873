// Drives pdf-worker.mjs (MuPDF) in worker_threads and lays out each page's structured text as it
// arrives: one worker opens the PDF, a long pack is shared with a second so both cores read pages,
// and cancelling, a page limit, a time limit or a run of text-less opening pages stop every worker.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentPage } from '../../../../../shared/document-blocks';
import { extractionError, ExtractionError } from '../extraction-error';
import { pageBlocks, type PdfBlock } from './page-blocks';
import type { StructuredPage } from './page-lines';
import { styleDocument } from './pdf-styles';

/** Where the worker script lives: next to this file in the source tree, next to the bundle in dist. */
// In the packaged app the worker (and mupdf) are unpacked beside app.asar, where a worker thread can
// load them; everywhere else it sits next to this file or its bundle.
export const pdfWorkerFile = path
  .join(__dirname, 'pdf-worker.mjs')
  .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

/**
 * Packs longer than this are shared between two workers, which take pages from one counter. On a
 * shorter pack a second worker costs more to start (loading MuPDF takes about 0.1 s) than it saves.
 */
export const pagesWorthASecondWorker = 40;

/** The most pages a PDF may have: council packs run to hundreds, never thousands. */
export const defaultMaxPages = 5000;

/** This many text-less pages at the start mean a scanned document: stop rather than read on. */
export const blankPagesMeanScanned = 20;

/** The longest a PDF may take to read before it is refused (a pathological or hostile file). */
export const defaultTimeLimitMs = 5 * 60 * 1000;

/** Control characters, U+FFFD and private-use code points: what glyphs without a text mapping give. */
const unmapped = /[\p{Cc}\p{Co}\ufffd]/gu;

/**
 * Whether a page's text is mostly glyph codes rather than letters, as when a damaged or cut-short
 * file has lost the font tables that map glyphs to text.
 */
function isGarbled(blocks: PdfBlock[]): boolean {
  const text = blocks
    .flatMap((block) => block.lines)
    .join('')
    .replace(/\s+/g, '');
  return text.length > 0 && (text.match(unmapped)?.length ?? 0) > 0.3 * text.length;
}

/**
 * The page count a PDF states in its page tree (the largest /Count), or 0 when the tree is inside
 * a compressed object stream. Only decides when to start the second worker, so a stale or missing
 * figure costs speed, never text.
 */
function statedPageCount(data: ArrayBuffer): number {
  const bytes = Buffer.from(data);
  let largest = 0;
  for (let at = bytes.indexOf('/Count'); at >= 0; at = bytes.indexOf('/Count', at + 6)) {
    const digits = /^\s*(\d{1,6})/.exec(bytes.toString('latin1', at + 6, at + 20));
    largest = Math.max(largest, Number(digits?.[1] ?? 0));
  }
  return largest;
}

export interface PdfReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { page: number; pages: number }) => void;
  /** 1 or 2; defaults to 2 for long documents. */
  workers?: number;
  maxPages?: number;
  timeLimitMs?: number;
}

export interface PdfPages {
  pages: DocumentPage[];
  /** Pages (1-based) that had no text at all. */
  pagesWithoutText: number[];
  /** Pages (1-based) MuPDF could not read; they are left empty. */
  damagedPages: number[];
  /** What MuPDF repaired while reading (a broken cross-reference table, a cut-short stream). */
  problems: string[];
}

type WorkerMessage =
  | { type: 'opened'; pages: number; problems: string[] }
  | {
      type: 'page';
      page: number;
      width: number;
      height: number;
      json: string;
      problem?: string;
      error?: string;
    }
  | { type: 'done' }
  | {
      type: 'failed';
      reason: 'password' | 'damaged' | 'too-many-pages' | 'no-text';
      message: string;
      pages?: number;
    };

function failureFor(
  fileName: string,
  message: Extract<WorkerMessage, { type: 'failed' }>,
  maxPages: number,
): ExtractionError {
  switch (message.reason) {
    case 'password':
      return extractionError('password', fileName);
    case 'no-text':
      return extractionError('no-text', fileName);
    case 'too-many-pages':
      return extractionError('too-many-pages', fileName, { size: message.pages, limit: maxPages });
    default:
      return /xref|startxref|trailer|no objects found|truncated|eof/i.test(message.message)
        ? extractionError('truncated', fileName)
        : extractionError('damaged', fileName, { reason: message.message.replace(/^Error: /, '') });
  }
}

/** Reads every page's blocks; the buffer is handed to the first worker (it is detached). */
export function readPdfPages(
  data: ArrayBuffer,
  fileName: string,
  options: PdfReadOptions = {},
): Promise<PdfPages> {
  const { signal, onProgress } = options;
  const maxPages = options.maxPages ?? defaultMaxPages;
  return new Promise<PdfPages>((resolve, reject) => {
    if (signal?.aborted) {
      reject(extractionError('cancelled', fileName));
      return;
    }
    const workers = new Set<Worker>();
    const finished = new Set<Worker>();
    const blocks: PdfBlock[][] = [];
    const pagesWithoutText: number[] = [];
    const damagedPages: number[] = [];
    const problems = new Set<string>();
    let pageCount = 0;
    let pagesRead = 0;
    let running = 0;
    let settled = false;

    const finish = (error?: ExtractionError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      for (const worker of workers) void worker.terminate();
      if (error) {
        reject(error);
        return;
      }
      const byNumber = (a: number, b: number) => a - b;
      resolve({
        pages: styleDocument(blocks).map((pageBlocks, index) => ({
          number: index + 1,
          blocks: pageBlocks,
        })),
        pagesWithoutText: pagesWithoutText.sort(byNumber),
        damagedPages: damagedPages.sort(byNumber),
        problems: [...problems],
      });
    };
    const cancel = () => finish(extractionError('cancelled', fileName));
    signal?.addEventListener('abort', cancel, { once: true });
    const timeLimitMs = options.timeLimitMs ?? defaultTimeLimitMs;
    const timer = setTimeout(
      () => finish(extractionError('too-slow', fileName, { limit: timeLimitMs })),
      timeLimitMs,
    );

    /**
     * Whether the first pages read (taken in order from the start, by one worker or two) all had
     * no text: a scanned document, refused before its other pages are read.
     */
    const opensBlank = () =>
      pageCount > blankPagesMeanScanned &&
      pagesRead >= blankPagesMeanScanned &&
      pagesWithoutText.length === pagesRead;

    const nextPage = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const start = (buffer: ArrayBuffer) => {
      const worker = new Worker(pdfWorkerFile, {
        workerData: { data: buffer, nextPage, maxPages, blankPagesMeanScanned },
        transferList: [buffer],
      });
      workers.add(worker);
      running += 1;
      worker.on('message', (message: WorkerMessage) => onMessage(worker, message));
      worker.on('error', (error: Error) =>
        finish(extractionError('unreadable', fileName, { reason: error.message })),
      );
      worker.on('exit', () => {
        workers.delete(worker);
        if (finished.has(worker)) return;
        finish(extractionError('unreadable', fileName, { reason: 'the PDF reader stopped' }));
      });
    };

    const onMessage = (worker: Worker, message: WorkerMessage) => {
      if (settled) return;
      switch (message.type) {
        case 'opened':
          pageCount = message.pages;
          message.problems.forEach((problem) => problems.add(problem));
          if (spare && pageCount > pagesWorthASecondWorker) start(spare);
          spare = null;
          if (pageCount === 0) finish();
          return;
        case 'page': {
          const read =
            message.json === ''
              ? []
              : pageBlocks(JSON.parse(message.json) as StructuredPage, message.width);
          const garbled = isGarbled(read);
          const page = garbled ? [] : read;
          blocks[message.page - 1] = page;
          if (message.problem !== undefined) problems.add(message.problem);
          if (message.error !== undefined || garbled) damagedPages.push(message.page);
          else if (page.length === 0) pagesWithoutText.push(message.page);
          pagesRead += 1;
          onProgress?.({ page: pagesRead, pages: pageCount });
          if (opensBlank()) finish(extractionError('no-text', fileName));
          // Every page is in: a second worker still loading MuPDF has nothing left to read.
          else if (pagesRead === pageCount) finish();
          return;
        }
        case 'done': {
          finished.add(worker);
          running -= 1;
          if (running === 0) finish();
          return;
        }
        case 'failed':
          finish(failureFor(fileName, message, maxPages));
      }
    };

    // A long pack gets its second worker at once when its page tree says how long it is, and
    // otherwise as soon as the first worker has opened it and counted its pages.
    let spare: ArrayBuffer | null = options.workers === 1 ? null : data.slice(0);
    if (spare && statedPageCount(data) > pagesWorthASecondWorker) {
      start(spare);
      spare = null;
    }
    start(data);
  });
}

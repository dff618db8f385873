// Drives pdf-worker.mjs in worker_threads: one worker opens the PDF, and a long pack is split with a
// second worker so both cores read pages; cancelling terminates every worker at once.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractionError, ExtractionError } from '../extraction-error';
import { itemsFromGeometry, pageLines } from './page-lines';

/** Where the worker script lives: next to this file in the source tree, next to the bundle in dist. */
// In the packaged app the worker (and pdfjs-dist) are unpacked beside app.asar, where a worker
// thread can load them; everywhere else it sits next to this file or its bundle.
export const pdfWorkerFile = path
  .join(__dirname, 'pdf-worker.mjs')
  .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

/**
 * Packs longer than this are shared between two workers, which take pages from one counter. On a
 * shorter pack a second worker costs more to start (loading pdfjs takes 0.2–0.3 s) than it saves.
 */
export const pagesWorthASecondWorker = 40;

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
}

export interface PdfPages {
  pages: string[];
  /** Pages (1-based) that had no text at all. */
  pagesWithoutText: number[];
  /** Pages (1-based) pdfjs could not read; they are left empty. */
  damagedPages: number[];
}

type WorkerMessage =
  | { type: 'opened'; pages: number }
  | {
      type: 'page';
      page: number;
      width: number;
      texts: string[];
      geometry: Float64Array;
      error?: string;
    }
  | { type: 'done' }
  | { type: 'failed'; name: string; message: string };

function failureFor(fileName: string, name: string, message: string): ExtractionError {
  if (name === 'PasswordException') return extractionError('password', fileName);
  if (name === 'InvalidPDFException' || /xref|startxref|Invalid PDF structure/i.test(message)) {
    return extractionError('truncated', fileName);
  }
  return extractionError('unreadable', fileName, { reason: message });
}

/** Reads every page's text lines; the buffer is handed to the first worker (it is detached). */
export function readPdfPages(
  data: ArrayBuffer,
  fileName: string,
  options: PdfReadOptions = {},
): Promise<PdfPages> {
  const { signal, onProgress } = options;
  return new Promise<PdfPages>((resolve, reject) => {
    if (signal?.aborted) {
      reject(extractionError('cancelled', fileName));
      return;
    }
    const workers = new Set<Worker>();
    const finished = new Set<Worker>();
    const pages: string[] = [];
    const pagesWithoutText: number[] = [];
    const damagedPages: number[] = [];
    let pageCount = 0;
    let pagesRead = 0;
    let running = 0;
    let settled = false;

    const finish = (error?: ExtractionError) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      for (const worker of workers) void worker.terminate();
      if (error) {
        reject(error);
        return;
      }
      const byNumber = (a: number, b: number) => a - b;
      resolve({
        pages,
        pagesWithoutText: pagesWithoutText.sort(byNumber),
        damagedPages: damagedPages.sort(byNumber),
      });
    };
    const cancel = () => finish(extractionError('cancelled', fileName));
    signal?.addEventListener('abort', cancel, { once: true });

    const nextPage = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const start = (buffer: ArrayBuffer) => {
      const worker = new Worker(pdfWorkerFile, {
        workerData: { data: buffer, nextPage },
        transferList: [buffer],
      });
      workers.add(worker);
      running += 1;
      worker.on('message', (message: WorkerMessage) => onMessage(worker, message));
      worker.on('error', (error: Error) => finish(failureFor(fileName, error.name, error.message)));
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
          if (spare && pageCount > pagesWorthASecondWorker) start(spare);
          spare = null;
          return;
        case 'page': {
          const { horizontal, other } = itemsFromGeometry(message.texts, message.geometry);
          const lines = [...pageLines(horizontal, message.width), ...other.filter(Boolean)];
          pages[message.page - 1] = lines.join('\n');
          if (message.error !== undefined) damagedPages.push(message.page);
          else if (lines.length === 0) pagesWithoutText.push(message.page);
          pagesRead += 1;
          onProgress?.({ page: pagesRead, pages: pageCount });
          // Every page is in: a second worker still loading pdfjs has nothing left to read.
          if (pagesRead === pageCount) finish();
          return;
        }
        case 'done': {
          finished.add(worker);
          running -= 1;
          if (running === 0) finish();
          return;
        }
        case 'failed':
          finish(failureFor(fileName, message.name, message.message));
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

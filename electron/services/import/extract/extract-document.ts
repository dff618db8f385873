// The one entry point the import flow calls: reads an agenda-pack file (PDF, Word, text or
// Markdown), checks it, and returns it in the one document model (pages of blocks) with each
// page's text derived from the blocks for the line-based readers.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { pageText, type DocumentPage } from '../../../../shared/document-blocks';
import { docxPages } from './docx/docx-pages';
import { ExtractionError, extractionError } from './extraction-error';
import { readPdfPages } from './pdf/pdf-pages';
import { plainTextPages } from './plain-text';
import { textBlocks } from './text-blocks';
import {
  extensionOf,
  formatFor,
  sniffContent,
  textFormatFor,
  type DocumentFormat,
} from './sniff-format';

export interface ExtractedDocument {
  file: string;
  fileName: string;
  sha256: string;
  byteSize: number;
  format: DocumentFormat;
  /** Each page as blocks (paragraphs, table rows) with boxes and style hints. */
  documentPages: DocumentPage[];
  /** Each page's text (`pageText` of its blocks), lines separated by '\n'; pages[0] is page 1. */
  pages: string[];
  warnings: string[];
}

export interface ExtractOptions {
  signal?: AbortSignal;
  /** After each page is read: `page` counts pages done so far (1, 2, ... pages). */
  onProgress?: (progress: { page: number; pages: number }) => void;
  maxBytes?: number;
  /** PDF workers: 1, or 2 (the default) to share packs over 40 pages across both cores. */
  pdfWorkers?: number;
  /** The most pages a PDF may have (defaults to 5,000). */
  maxPages?: number;
  /** The longest a PDF may take to read, in milliseconds (defaults to five minutes). */
  timeLimitMs?: number;
}

export const defaultMaxBytes = 200 * 1024 * 1024;

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}

async function readWhole(file: string, fileName: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (info.size === 0) throw extractionError('empty', fileName);
    if (info.size > maxBytes)
      throw extractionError('too-large', fileName, { size: info.size, limit: maxBytes });
    const handle = await open(file, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw extractionError('unreadable', fileName, { reason: describeFsError(error) });
  }
}

function pageList(pages: number[]): string {
  return pages.length > 10
    ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more`
    : pages.join(', ');
}

export async function extractDocument(
  file: string,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const fileName = path.basename(file);
  if (options.signal?.aborted) throw extractionError('cancelled', fileName);
  const bytes = await readWhole(file, fileName, options.maxBytes ?? defaultMaxBytes);
  if (bytes.byteLength === 0) throw extractionError('empty', fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { file, fileName, sha256, byteSize: bytes.byteLength };
  const warnings: string[] = [];
  const kind = formatFor(fileName, sniffContent(bytes));

  if (kind === 'pdf') {
    const data = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const result = await readPdfPages(data, fileName, {
      signal: options.signal,
      onProgress: options.onProgress,
      workers: options.pdfWorkers,
      maxPages: options.maxPages,
      timeLimitMs: options.timeLimitMs,
    });
    if (result.damagedPages.length === result.pages.length) {
      if (result.problems.some((problem) => /xref|trailer|eof/i.test(problem))) {
        throw extractionError('truncated', fileName);
      }
      throw extractionError('damaged', fileName, { reason: result.problems[0] });
    }
    if (result.pages.length === 0 || result.pagesWithoutText.length === result.pages.length) {
      throw extractionError('no-text', fileName);
    }
    if (result.problems.length > 0) {
      const read = result.pages.length - result.damagedPages.length;
      warnings.push(
        `${fileName} is damaged (${result.problems[0]}); ${read} of ${result.pages.length} page${result.pages.length > 1 ? 's were' : ' was'} read: download the pack again to be sure nothing is missing`,
      );
    }
    if (result.damagedPages.length > 0) {
      warnings.push(
        `${fileName}: page${result.damagedPages.length > 1 ? 's' : ''} ${pageList(result.damagedPages)} could not be read (damaged?); those pages are left empty`,
      );
    }
    if (result.pagesWithoutText.length > 0) {
      warnings.push(
        `${fileName}: no text on page${result.pagesWithoutText.length > 1 ? 's' : ''} ${pageList(result.pagesWithoutText)} (scanned images?); those pages are left empty`,
      );
    }
    const pages = result.pages.map(pageText);
    return { ...base, format: 'pdf', documentPages: result.pages, pages, warnings };
  }

  const documentPages: DocumentPage[] =
    kind === 'zip'
      ? await docxPages(bytes, fileName).catch((error: unknown) => {
          const notWord = error instanceof ExtractionError && error.code === 'not-docx';
          throw notWord && extensionOf(fileName) !== 'docx'
            ? extractionError('unsupported', fileName)
            : error;
        })
      : plainTextPages(bytes, fileName).map((text, index) => ({
          number: index + 1,
          blocks: textBlocks(text),
        }));
  if (options.signal?.aborted) throw extractionError('cancelled', fileName);
  const pages = documentPages.map(pageText);
  if (pages.every((page) => page.trim() === '')) throw extractionError('empty', fileName);
  pages.forEach((_, index) => options.onProgress?.({ page: index + 1, pages: pages.length }));
  const format = kind === 'zip' ? 'docx' : textFormatFor(fileName);
  return { ...base, format, documentPages, pages, warnings };
}

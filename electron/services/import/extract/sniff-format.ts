// Decides what a file really is from its first bytes, because packs arrive misnamed (a .pdf that
// is an HTML error page, a .doc renamed .docx); the extension only chooses text or Markdown.
import { extractionError } from './extraction-error';

export type DocumentFormat = 'pdf' | 'docx' | 'text' | 'markdown';

/** What the content looks like; 'zip' still needs its word/document.xml checked. */
export type SniffedContent = 'pdf' | 'zip' | 'ole' | 'binary' | 'text';

const pdfMagic = Buffer.from('%PDF-');
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniffContent(bytes: Uint8Array): SniffedContent {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.indexOf(pdfMagic) !== -1) return 'pdf';
  if (head.subarray(0, 4).equals(zipMagic)) return 'zip';
  if (head.subarray(0, 8).equals(oleMagic)) return 'ole';
  if (utf16Of(head)) return 'text';
  return head.includes(0) ? 'binary' : 'text';
}

/**
 * UTF-16 as Windows Notepad's "Unicode" saves it: by its byte-order mark, or, without one, by the
 * NUL high byte of most characters falling on odd (little-endian) or even (big-endian) offsets.
 */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, Math.min(bytes.byteLength, 1024) & ~1);
  if (head.byteLength < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < head.byteLength; index += 2) {
    if (head[index] === 0) evenNuls += 1;
    if (head[index + 1] === 0) oddNuls += 1;
  }
  const pairs = head.byteLength / 2;
  if (oddNuls >= pairs * 0.6 && evenNuls === 0) return 'utf-16le';
  if (evenNuls >= pairs * 0.6 && oddNuls === 0) return 'utf-16be';
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Refuses content that contradicts its extension, and formats we cannot read at all. */
export function formatFor(fileName: string, content: SniffedContent): 'pdf' | 'zip' | 'text' {
  const extension = extensionOf(fileName);
  if (content === 'pdf' || content === 'zip') return content;
  if (extension === 'pdf') throw extractionError('not-pdf', fileName);
  if (extension === 'docx') throw extractionError('not-docx', fileName);
  if (content === 'binary' && textFormats.has(extension)) {
    throw extractionError('not-text', fileName, { reason: nulReason() });
  }
  if (content !== 'text') throw extractionError('unsupported', fileName);
  return 'text';
}

const textFormats = new Set(['txt', 'text', 'md', 'markdown']);

/** Why a text file holding NUL bytes is refused: text never has them; binaries and damage do. */
export function nulReason(line?: number): string {
  const where = line === undefined ? '' : ` on line ${line}`;
  return `it holds NUL bytes${where}, which text never has, so it is a binary file or a damaged copy`;
}

export function textFormatFor(fileName: string): 'text' | 'markdown' {
  return ['md', 'markdown'].includes(extensionOf(fileName)) ? 'markdown' : 'text';
}

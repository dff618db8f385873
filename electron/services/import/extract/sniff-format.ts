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
  return head.includes(0) ? 'binary' : 'text';
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
  if (content !== 'text') throw extractionError('unsupported', fileName);
  return 'text';
}

export function textFormatFor(fileName: string): 'text' | 'markdown' {
  return ['md', 'markdown'].includes(extensionOf(fileName)) ? 'markdown' : 'text';
}

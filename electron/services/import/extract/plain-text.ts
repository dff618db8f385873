// Reads text and Markdown packs as UTF-8 (with or without a byte-order mark) or as UTF-16 (as
// Windows Notepad's "Unicode" saves it), strictly, so a mis-encoded file is refused by name rather
// than imported with garbled pound signs and dashes, and a file holding NUL bytes anywhere is
// refused as not text; form feeds mark page breaks.
import { extractionError } from './extraction-error';
import { nulReason, utf16Of } from './sniff-format';

export function plainTextPages(bytes: Uint8Array, fileName: string): string[] {
  const utf16 = utf16Of(bytes);
  let text: string;
  try {
    // A BOM is consumed by the decoder (ignoreBOM: false), whichever encoding carries it.
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (utf16) {
      throw extractionError('invalid-utf8', fileName, {
        reason: 'it looks like UTF-16 but is cut short or damaged',
      });
    }
    throw extractionError('invalid-utf8', fileName, { reason: invalidByteReason(bytes) });
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    throw extractionError('not-text', fileName, { reason: nulReason(line) });
  }
  const normalised = text.replace(/\r\n?/g, '\n');
  return normalised.split('\f').map((page) => page.replace(/^\n/, '').replace(/\n$/, ''));
}

/** Finds the first byte that breaks UTF-8, so the message can point at it. */
function invalidByteReason(bytes: Uint8Array): string | undefined {
  let low = 0;
  let high = bytes.byteLength;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  const line = bytes.subarray(0, low).filter((byte) => byte === 0x0a).length + 1;
  return `bad byte on line ${line}`;
}

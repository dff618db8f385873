// Reads text and Markdown packs strictly as UTF-8, so a mis-encoded file is refused by name rather
// than imported with garbled pound signs and dashes; form feeds mark page breaks.
import { extractionError } from './extraction-error';

export function plainTextPages(bytes: Uint8Array, fileName: string): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw extractionError('invalid-utf8', fileName, { reason: invalidByteReason(bytes) });
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

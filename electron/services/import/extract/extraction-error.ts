// The one error type extraction throws: a code the import flow can branch on and a message that
// names the file and tells a councillor what to do next, never a stack trace.
export type ExtractionErrorCode =
  | 'empty'
  | 'not-pdf'
  | 'not-docx'
  | 'truncated'
  | 'password'
  | 'no-text'
  | 'invalid-utf8'
  | 'not-text'
  | 'over-limit'
  | 'too-large'
  | 'too-many-pages'
  | 'damaged'
  | 'too-slow'
  | 'unsupported'
  | 'cancelled'
  | 'unreadable';

export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';

  constructor(
    readonly code: ExtractionErrorCode,
    readonly fileName: string,
    message: string,
  ) {
    super(message);
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function duration(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} minutes`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}

/** Builds the error for a code with the standard advice for that failure. */
export function extractionError(
  code: ExtractionErrorCode,
  fileName: string,
  detail: { size?: number; limit?: number; reason?: string; limitName?: string } = {},
): ExtractionError {
  const messages: Record<ExtractionErrorCode, string> = {
    empty: `${fileName} is empty: download the agenda pack again and import the new copy`,
    'not-pdf': `${fileName} is named as a PDF but is not one: download the pack again, or open it and save it as PDF`,
    'not-docx': `${fileName} is named as a Word document but is not one: open it in Word and save it as .docx`,
    truncated: `${fileName} is incomplete or damaged (the PDF is cut short): download the pack again and import the new copy`,
    password: `${fileName} is password-protected: open it, save a copy without a password, and import that`,
    'no-text': `${fileName} has no text to read (it looks scanned, as images only): ask the council for a text PDF, or run it through OCR first`,
    'invalid-utf8': `${fileName} is not UTF-8 text${detail.reason ? ` (${detail.reason})` : ''}: open it in a text editor, save it with UTF-8 encoding, and import that`,
    'not-text': `${fileName} is not plain text (${detail.reason ?? 'it holds NUL bytes'}): open it in a text editor, save it as UTF-8 text, and import that`,
    'over-limit': `${fileName} was refused: ${detail.reason ?? 'it is too big once unpacked'} (the limit is ${detail.limitName ?? 'reached'}). It may be damaged or built to exhaust memory; open it in Word, save a fresh copy as .docx, and import that`,
    'too-large': `${fileName} is too large to import (${megabytes(detail.size ?? 0)}; the limit is ${megabytes(detail.limit ?? 0)}): split the pack into smaller files`,
    'too-many-pages': `${fileName} has too many pages to import (${detail.size ?? 0}; the limit is ${detail.limit ?? 0}): split the pack into smaller files`,
    damaged: `${fileName} is damaged${detail.reason ? ` (${detail.reason})` : ''} and no page could be read: download the pack again and import the new copy`,
    'too-slow': `${fileName} took too long to read (the limit is ${duration(detail.limit ?? 0)}), so it was stopped: it may be damaged; download the pack again, or split it into smaller files`,
    unsupported: `${fileName} is not a format Scrutineer can read: import a PDF, Word (.docx), text or Markdown file`,
    cancelled: `Reading ${fileName} was cancelled`,
    unreadable: `${fileName} could not be read${detail.reason ? ` (${detail.reason})` : ''}: check the file exists and you have permission to open it`,
  };
  return new ExtractionError(code, fileName, messages[code]);
}

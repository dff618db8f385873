// Turns files the member chose or dropped into what import.files carries: each file's bytes as
// base64, encoded in chunks so a 50 MB pack neither overflows the stack nor builds one huge string.
import type { Args, Result } from '../../shared/contract';

export type Upload = Args<'import.files'>['files'][number];
export type ImportResult = Result<'import.files'>[number];

/** The kinds of file an agenda pack comes as, for the file picker's accept list. */
export const packExtensions = ['.pdf', '.docx', '.txt', '.md'] as const;
export const packAccept = packExtensions.join(',');

/** One import carries at most 50 files, up to 200 MB in all (the import's own limit for a file). */
export const maxFilesPerImport = 50;
export const maxImportBytes = 200 * 1024 * 1024;

/** A multiple of 3, so each chunk's base64 ends without padding and the chunks join cleanly. */
const chunkBytes = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + chunkBytes))));
  }
  return parts.join('');
}

export async function toUpload(file: File): Promise<Upload> {
  return { name: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

function refused(file: string, error: string): ImportResult {
  return { file, status: 'failed', meetings: [], counts: null, warnings: [], error };
}

/**
 * Splits chosen files into those worth sending and those refused here, with the reason, so the
 * member sees every file they chose in the report.
 */
export function sortChosenFiles(files: readonly File[]): {
  accepted: File[];
  refused: ImportResult[];
} {
  const accepted: File[] = [];
  const refusals: ImportResult[] = [];
  let acceptedBytes = 0;
  for (const file of files) {
    const name = file.name.toLowerCase();
    if (!packExtensions.some((extension) => name.endsWith(extension))) {
      refusals.push(
        refused(
          file.name,
          `${file.name} is not a PDF, Word (.docx), text or Markdown file, so it was not imported.`,
        ),
      );
    } else if (file.size > maxImportBytes) {
      refusals.push(
        refused(file.name, `${file.name} is larger than 200 MB, so it was not imported.`),
      );
    } else if (accepted.length >= maxFilesPerImport) {
      refusals.push(
        refused(
          file.name,
          `Up to ${maxFilesPerImport} files can be imported at once; import ${file.name} next time.`,
        ),
      );
    } else if (acceptedBytes + file.size > maxImportBytes) {
      refusals.push(
        refused(
          file.name,
          `One import can take up to 200 MB of files, and ${file.name} would go over that; import it next time.`,
        ),
      );
    } else {
      accepted.push(file);
      acceptedBytes += file.size;
    }
  }
  return { accepted, refused: refusals };
}

// Agenda packs opened with Scrutineer from the file manager (Windows and Linux pass them on the
// command line, to this instance or to a second one) or dropped on the macOS dock icon (open-file).
// They are imported one batch at a time, and held until the store is open if they come early.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The types Scrutineer registers for (electron-builder.yml fileAssociations). */
export const associatedExtensions = ['.pdf', '.docx'];

/** A command-line argument as a path: Linux file managers may pass file:// URLs (Exec=… %U). */
function asPath(arg: string, cwd: string): string | null {
  if (!arg.startsWith('file://')) return path.resolve(cwd, arg);
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * The agenda packs named on a command line: arguments ending .pdf or .docx (paths, taken from the
 * working folder they were given in, or file:// URLs). Flags, the store after --db, and the
 * program itself are not packs.
 */
export function packFilesIn(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (let index = 1; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--db') {
      index += 1;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const file = asPath(arg, cwd);
    if (file !== null && associatedExtensions.includes(path.extname(file).toLowerCase())) {
      files.push(file);
    }
  }
  return files;
}

export type ImportPaths = (files: string[]) => Promise<void>;

/** Collects opened files until the importer is ready, then imports each batch in turn. */
export class OpenFileQueue {
  private importer: ImportPaths | null = null;
  private waiting: string[] = [];
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Files the system asked Scrutineer to open. */
  open(files: readonly string[]): void {
    if (files.length === 0) return;
    if (this.importer === null) {
      this.waiting.push(...files);
      return;
    }
    this.enqueue(this.importer, [...files]);
  }

  /** The store is open: imports what came early, and everything after as it comes. */
  ready(importer: ImportPaths): void {
    this.importer = importer;
    const early = this.waiting;
    this.waiting = [];
    if (early.length > 0) this.enqueue(importer, early);
  }

  /** Resolves once every batch handed over so far has been imported (or has failed). */
  idle(): Promise<void> {
    return this.chain;
  }

  private enqueue(importer: ImportPaths, files: string[]): void {
    this.chain = this.chain.then(() => importer(files)).catch(this.onError);
  }
}

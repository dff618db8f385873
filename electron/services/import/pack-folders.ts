// Finds the packs in what the member named: files are taken as named, folders are walked for
// pack-like files. A walk never follows a symbolic link (so it cannot leave the folder, loop, or
// reach a file twice), and an entry it cannot read becomes that entry's own failure or note,
// so one bad entry never stops the rest of the batch.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** A file to import, or an entry of a folder that could not be, with the reason. */
export interface FoundPath {
  file: string;
  /** Why this entry was not imported: a failure, or a note for a link that was not followed. */
  problem: { kind: 'failed' | 'skipped'; reason: string } | null;
}

const packExtensions = new Set(['.pdf', '.docx', '.txt', '.md', '.markdown', '.text']);

function isPackName(name: string): boolean {
  return packExtensions.has(path.extname(name).toLowerCase());
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ELOOP') return 'it is a symbolic link that loops back on itself';
  if (code === 'ENOENT') return 'it is no longer there (moved or deleted)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Files named directly are always tried; folders contribute the pack-like files inside them. */
export function findPackFiles(paths: string[]): FoundPath[] {
  const found: FoundPath[] = [];
  for (const given of paths) {
    let root: string | null = null;
    try {
      if (statSync(given).isDirectory()) root = realpathSync(given);
    } catch {
      // A missing or unreadable path is reported by the import itself, with its name.
    }
    if (root === null) found.push({ file: given, problem: null });
    else walk(given, root, new Set(), found);
  }
  return found;
}

function walk(folder: string, root: string, seen: Set<string>, found: FoundPath[]): void {
  let entries: Dirent[];
  try {
    // Folders are known by device and inode, so a folder reached twice is walked once.
    const { dev, ino } = statSync(folder);
    if (seen.has(`${dev}:${ino}`)) return;
    seen.add(`${dev}:${ino}`);
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    found.push({
      file: folder,
      problem: { kind: 'failed', reason: `the folder could not be read (${describe(error)})` },
    });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      linkEntry(full, root, found);
    } else if (entry.isDirectory()) {
      walk(full, root, seen, found);
    } else if (entry.isFile()) {
      if (isPackName(entry.name)) found.push({ file: full, problem: null });
    } else if (isPackName(entry.name)) {
      // A socket, a device, or an entry whose type the file system would not say.
      let isFile = false;
      try {
        isFile = lstatSync(full).isFile();
      } catch (error) {
        found.push({ file: full, problem: { kind: 'failed', reason: describe(error) } });
        continue;
      }
      if (isFile) found.push({ file: full, problem: null });
    }
  }
}

/**
 * A link inside a walked folder is never followed: one that leads back into the folder reaches
 * nothing the walk does not reach by itself; one that leads out of it, or nowhere, is reported.
 */
function linkEntry(link: string, root: string, found: FoundPath[]): void {
  let target: string;
  let isFolder: boolean;
  try {
    target = realpathSync(link);
    isFolder = statSync(target).isDirectory();
  } catch (error) {
    if (isPackName(link) || (error as NodeJS.ErrnoException).code === 'ELOOP') {
      found.push({ file: link, problem: { kind: 'failed', reason: describe(error) } });
    }
    return;
  }
  if (isInside(target, root) || (!isFolder && !isPackName(target) && !isPackName(link))) return;
  found.push({
    file: link,
    problem: {
      kind: 'skipped',
      reason: `it is a link to ${target}, outside the folder being imported, so it was not followed; import that ${isFolder ? 'folder' : 'file'} by name if it is wanted`,
    },
  });
}

// Says in plain words why a store path cannot be used before SQLite is asked to open it, because
// SQLite's own errors mislead: a folder gives a raw EISDIR and a read-only store reads as "not a
// Scrutineer store".
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Why the store at `storePath` (absolute) cannot be opened for writing, or null when it can. */
export function unusableStorePath(storePath: string): string | null {
  const folder = path.dirname(storePath);
  let isFolder: boolean;
  try {
    isFolder = statSync(storePath).isDirectory();
  } catch {
    // No store yet: it is created, which needs a folder we may write in.
    return writable(folder)
      ? null
      : `${storePath} cannot be created: its folder ${folder} is read-only. Choose a folder you can write to.`;
  }
  if (isFolder) {
    return `${storePath} is a folder, not a store file: name the store file inside it, for example ${path.join(storePath, 'scrutineer.db')}.`;
  }
  try {
    accessSync(storePath, constants.R_OK);
  } catch {
    return `${storePath} cannot be opened: you do not have permission to read it.`;
  }
  if (!writable(storePath)) {
    return `${storePath} is read-only, and Scrutineer must be able to write to its store. Make the file writable (or copy it somewhere you can write) and open it again.`;
  }
  if (!writable(folder)) {
    return `${storePath} is in a read-only folder (${folder}), and Scrutineer keeps working files beside its store. Move the store to a folder you can write to.`;
  }
  return null;
}

function writable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

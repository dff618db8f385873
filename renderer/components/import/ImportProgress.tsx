// While an import runs: one bar per file, named by the file, moved by the app's progress events
// and indeterminate until the first one arrives. A batch of more than a few files (a council's
// archive folder) gets one bar for the batch and a bar for the file being read, not hundreds.
import type { FileProgress } from '../../import/import-state';

/** More files than this and the batch gets one bar instead of a bar per file. */
const BARS_PER_FILE_UP_TO = 5;

export function ImportProgress({
  files,
  batch,
  onCancel,
}: {
  files: FileProgress[];
  batch?: { done: number; total: number };
  onCancel: () => void;
}) {
  const oneBar = batch !== undefined && batch.total > BARS_PER_FILE_UP_TO;
  const current = files.filter((progress) => progress.done !== progress.total).at(-1);
  const shown = oneBar ? (current ? [current] : []) : files;
  return (
    <section className="import-progress" aria-labelledby="import-progress-heading">
      <h2 id="import-progress-heading">Importing</h2>
      {files.length === 0 && <p>Starting…</p>}
      {oneBar && (
        <p className="progress-batch">
          <span id="import-batch-label">
            {batch.done} of {batch.total} files imported
          </span>
          <progress aria-labelledby="import-batch-label" value={batch.done} max={batch.total} />
        </p>
      )}
      <ul className="progress-list">
        {shown.map((progress) => (
          <li key={progress.file}>
            <span className="progress-file" aria-hidden="true">
              {progress.file}
            </span>
            {progress.done === null || progress.total === null ? (
              <progress aria-label={progress.file} />
            ) : (
              <progress aria-label={progress.file} value={progress.done} max={progress.total} />
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </section>
  );
}

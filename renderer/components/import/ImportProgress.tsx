// While an import runs: one bar per file, named by the file, moved by the app's progress events
// and indeterminate until the first one arrives.
import type { FileProgress } from '../../import/import-state';

export function ImportProgress({
  files,
  onCancel,
}: {
  files: FileProgress[];
  onCancel: () => void;
}) {
  return (
    <section className="import-progress" aria-labelledby="import-progress-heading">
      <h2 id="import-progress-heading">Importing</h2>
      {files.length === 0 && <p>Starting…</p>}
      <ul className="progress-list">
        {files.map((progress) => (
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

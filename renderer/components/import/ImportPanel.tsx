// The import's place at the top of the page: the polite live region (always present, so screen
// readers hear each change), the progress bars while running, then the report or the failure.
import { useImporter } from '../../import/import-context';
import { ErrorAlert } from '../Loaded';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';

export function ImportPanel({ onDismiss }: { onDismiss: () => void }) {
  const { state, announcement, cancel, dismiss } = useImporter();
  const close = (): void => {
    dismiss();
    onDismiss();
  };
  return (
    <>
      <div className="import-announcement" aria-live="polite">
        {announcement}
      </div>
      {state.phase === 'running' && (
        <ImportProgress files={state.files} batch={state.batch} onCancel={cancel} />
      )}
      {state.phase === 'reported' && (
        <ImportReport results={state.results} meetings={state.meetings} onDismiss={close} />
      )}
      {state.phase === 'failed' && (
        <section className="import-report" aria-labelledby="import-report-heading">
          <h2 id="import-report-heading">Import report</h2>
          <ErrorAlert message={state.message} />
          <button type="button" className="button button-secondary" onClick={close}>
            Close the report
          </button>
        </section>
      )}
    </>
  );
}

// The exceptions in the performance figures this meeting's papers carry, read as questions a
// member could ask at it; shown only when there are some.
import { useCall } from '../../hooks/use-call';
import { ExceptionList } from '../indicators/ExceptionList';
import { ErrorAlert } from '../Loaded';

export function PerformanceQuestions({
  meetingId,
  refreshKey,
}: {
  meetingId: number;
  refreshKey: number;
}) {
  const { state, reload } = useCall('indicators.exceptions', { meetingId }, refreshKey);
  if (state.status === 'loading') return null;
  if (state.status === 'failed') {
    return (
      <ErrorAlert
        message={`The performance questions for this meeting could not be loaded. ${state.message}`}
        onRetry={reload}
      />
    );
  }
  if (state.data.length === 0) return null;
  return (
    <section aria-labelledby="performance-questions" className="meeting-part">
      <h2 id="performance-questions" tabIndex={-1}>
        Performance questions for this meeting
      </h2>
      <p className="hint">
        Points the performance figures in these papers raise, each with its evidence.
      </p>
      <ExceptionList exceptions={state.data} meetingId={meetingId} linkIndicators />
    </section>
  );
}
